// The application shell: menu bar, toolbar, the panel layout, lessons, the program document
// (open, edit, autosave, revert, save as), preferences, shortcuts, fonts at the UI scale.
#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "app_options.h"
#include "code_panel.h"
#include "console_log.h"
#include "edit_store.h"
#include "file_dialog.h"
#include "fonts.h"
#include "inspector_view.h"
#include "lesson_catalog.h"
#include "lesson_panel.h"
#include "run_controller.h"
#include "settings.h"
#include "shell_layout.h"
#include "stage_view.h"
#include "timeline_view.h"

struct GLFWwindow;

namespace chanscope {

// The program in the code panel: a lesson's main.go or a .go file opened from disk.
struct Document {
  const Lesson* lesson = nullptr;  // null for a file opened from disk
  std::filesystem::path path;      // where the original text came from
  std::string file_name;           // the name diagnostics and dumps use: "main.go"
  std::string original;            // the text on disk; Revert restores it
  std::string text;                // what the editor holds; autosaved while it differs
  std::string edit_key;            // EditStore key
  bool needs_build = false;        // edited since the program was last built
};

class Shell {
 public:
  Shell(const AppOptions& options, GLFWwindow* window);
  ~Shell();
  Shell(const Shell&) = delete;
  Shell& operator=(const Shell&) = delete;

  // Call before ImGui::NewFrame: rebuilds fonts and style when the scale, theme, presentation
  // mode or the monitor's content scale changed.
  void BeforeFrame();
  // One frame: shortcuts, the program's slice of work, then every panel.
  void Frame(float seconds);
  // Opens a .go file (File > Open, a file dropped on the window, the command line).
  void OpenFile(const std::filesystem::path& file);

  bool quit_requested() const { return quit_; }
  // Set when the command line asked for something that does not exist (an unknown --lesson).
  const std::string& startup_error() const { return startup_error_; }
  // One line for automated runs: what is open and how far it got, e.g.
  // "program=15-channel-unbuffered/main.go events=50 state=running diagnostics=0".
  std::string Summary() const;
  // Several lines for tests that drive the window (--status-file): the summary, then
  // "playing=0 editing=1 typing=1 popups=0 revert=0 unbuilt=1 edited=1 line=12 stopped=1
  // lang=en" (menus and dialogs open, a submenu counting one more; the Revert confirmation
  // open; the code panel's current line; stopped before it), one "error FILE:LINE:COL: MESSAGE" line per
  // diagnostic, "output:" and the program's output so far.
  std::string Status() const;
  RunController& run() { return run_; }

 private:
  // --- Documents (shell.cpp) ---
  void OpenLesson(const Lesson& lesson);
  void LoadDocument(Document document);
  // Builds the editor's text and starts a fresh run (an edit keeps the breakpoints).
  void BuildDocument(RunController::Breakpoints breakpoints = RunController::Breakpoints::kKeep);
  void OnTextEdited();
  void Revert();
  void SaveAs(const std::filesystem::path& file);
  void SaveSettings() const;
  core::Config RunConfig() const;

  // --- Commands, shared by menus, toolbar and shortcuts (shell.cpp) ---
  void TogglePlay();
  void StepForward();
  void StepLine();
  void StepBack();
  void Restart();
  void SetUiScale(float scale);
  void ResetLayout();

  // --- Menus, shortcuts, help (shell_menu.cpp) ---
  void HandleShortcuts();
  void DrawMenuBar();
  void DrawFileMenu();
  void DrawRunMenu();
  void DrawViewMenu();
  void DrawHelpMenu();
  void DrawHelpWindows();
  void DrawConfirmRevert();
  bool ConfirmingRevert() const;  // outside any window, as between frames

  // --- Panels (shell_panels.cpp) ---
  void DrawToolbar();
  void DrawRunSettings();
  void DrawStatus();
  std::string CodeTitle() const;
  void DrawPanels(const ShellLayout& layout);
  void DrawSplitters(const ShellLayout& layout);
  void DrawStage();
  void DrawInspector();
  void DrawTimeline();

  const UiText& ui() const;

  AppOptions options_;
  GLFWwindow* window_;
  bool persistent_;  // false in automated runs: no saved preferences or edits read or written
  Settings settings_;
  std::set<std::string> completed_;
  Catalog catalog_;
  EditStore edits_;
  ConsoleLog console_;
  RunController run_{console_};
  Document document_;

  // Run settings the toolbar edits.
  std::uint64_t seed_ = 1;
  int procs_ = 1;
  core::Policy policy_ = core::Policy::kGo;

  // Views.
  Fonts fonts_;
  CodePanel code_panel_;
  LessonPanel lesson_panel_;
  FileDialog file_dialog_;
  StageViewState stage_view_;
  InspectorViewState inspector_view_;
  TimelineViewState timeline_view_;
  std::uint64_t runs_at_open_ = 0;  // run_.runs_finished() when the lesson was opened

  // Style and fonts as last applied, to notice changes.
  float applied_scale_ = 0;
  std::string applied_theme_;
  bool applied_presentation_ = false;

  int toolbar_rows_ = 1;  // 2 when the toolbar's settings wrapped below its buttons
  std::string startup_error_;
  std::string notice_;  // one line under the toolbar: a missing font, a file that failed to open
  bool show_shortcuts_ = false;
  bool show_about_ = false;
  bool confirm_revert_ = false;
  bool quit_ = false;
};

}  // namespace chanscope
