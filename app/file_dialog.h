// File > Open and File > Save As: a small modal directory browser for .go files.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "ui_text.h"

namespace chanscope {

class FileDialog {
 public:
  enum class Mode { kOpen, kSaveAs };

  // Shows the dialog from the next Draw on, browsing `dir`; Save As proposes `name`.
  void Show(Mode mode, std::filesystem::path dir, std::string name = {});
  // Draws it while shown. Returns the chosen file once; Save As has already asked before
  // replacing an existing file.
  std::optional<std::filesystem::path> Draw(const UiText& ui);
  Mode mode() const { return mode_; }

 private:
  void Enter(std::filesystem::path dir);
  void DrawEntries(std::optional<std::filesystem::path>& chosen);
  bool DrawConfirmReplace(std::optional<std::filesystem::path>& chosen, const UiText& ui);

  struct Entry {
    std::string name;
    bool directory = false;
  };

  Mode mode_ = Mode::kOpen;
  bool show_ = false;  // open the popup on the next Draw
  std::filesystem::path dir_;
  std::vector<Entry> entries_;  // sub-directories, then .go files, each sorted by name
  std::string name_;            // the file name field
  std::string error_;           // one line: the directory could not be read
  std::filesystem::path replace_;  // Save As onto this existing file, once confirmed
};

}  // namespace chanscope
