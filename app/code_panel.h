// The code panel: the program with Go colouring, line numbers, breakpoints in the gutter, a
// marker per live goroutine at its line, compile errors at their line, and an Edit mode.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

#include "fonts.h"
#include "go_highlight.h"
#include "lang/diagnostic.h"
#include "run_controller.h"
#include "ui_text.h"

namespace chanscope {

class CodePanel {
 public:
  // What happened in this frame's Draw, for the shell to act on.
  struct Result {
    bool text_changed = false;  // the learner typed: autosave, and rebuild before the next run
  };

  // Draws `text` (editable in Edit mode). `run` gives breakpoints, markers and diagnostics.
  Result Draw(std::string& text, RunController& run, const Fonts& fonts, const UiText& ui);

  // Scrolls to `line` and flashes it (console links, errors).
  void ShowLine(int line);
  bool editing() const { return editing_; }
  void SetEditing(bool editing);
  // Edit mode with the keyboard in the editor at `line`:`col` of `text` (1-based, bytes, as
  // diagnostics count): where Run found an error.
  void EditAt(std::string_view text, int line, int col);

 private:
  void DrawToolbar(RunController& run, const UiText& ui);
  void DrawView(const std::string& text, RunController& run, const Fonts& fonts);
  Result DrawEditor(std::string& text, const Fonts& fonts);
  // Starts Edit mode with the keyboard in the editor and the cursor at byte `cursor`.
  void StartEditing(int cursor);
  // One line's coloured runs, starting at `at` (screen position).
  void DrawLine(std::string_view line, const std::vector<CodeRun>& runs, ImVec2 at);

  bool editing_ = false;
  // Where the cursor goes once the editor has the keyboard (it takes it a frame after asking);
  // -1 when nothing is pending.
  int pending_cursor_ = -1;
  bool focus_requested_ = false;
  std::string highlighted_text_;  // the text `highlight_` was computed from
  std::vector<std::vector<CodeRun>> highlight_;
  int scroll_to_line_ = 0;  // 0: none pending
  int followed_line_ = 0;   // the newest event's line last brought into view
  int flash_line_ = 0;
  float flash_left_ = 0;  // seconds the flash still shows
};

}  // namespace chanscope
