// FileDialog: a modal popup listing one directory; double-click a folder to enter it, a file
// to choose it.
#include "file_dialog.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "palette.h"

namespace chanscope {
namespace {

namespace fs = std::filesystem;
constexpr const char* kPopup = "##file_dialog";

}  // namespace

void FileDialog::Show(Mode mode, fs::path dir, std::string name) {
  mode_ = mode;
  show_ = true;
  name_ = std::move(name);
  replace_.clear();
  Enter(std::move(dir));
}

void FileDialog::Enter(fs::path dir) {
  std::error_code error;
  dir_ = fs::weakly_canonical(dir, error);
  entries_.clear();
  error_.clear();
  for (fs::directory_iterator it(dir_, error), end; !error && it != end; it.increment(error)) {
    const std::string name = it->path().filename().string();
    if (name.starts_with('.')) continue;
    const bool directory = it->is_directory(error);
    if (directory || it->path().extension() == ".go") entries_.push_back({name, directory});
  }
  if (error) error_ = dir_.string() + ": " + error.message();
  std::sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
    return a.directory != b.directory ? a.directory : a.name < b.name;
  });
}

std::optional<fs::path> FileDialog::Draw(const UiText& ui) {
  if (show_) {
    ImGui::OpenPopup(kPopup);
    show_ = false;
  }
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowSize(ImVec2(viewport->WorkSize.x * 0.5f, viewport->WorkSize.y * 0.7f),
                           ImGuiCond_Appearing);
  ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f,
                                 viewport->WorkPos.y + viewport->WorkSize.y * 0.5f),
                          ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  std::optional<fs::path> chosen;
  if (!ImGui::BeginPopupModal(kPopup, nullptr, ImGuiWindowFlags_NoTitleBar)) return chosen;
  ImGui::TextUnformatted(mode_ == Mode::kOpen ? ui.open_title : ui.key_save_as);
  if (ImGui::Button(ui.up)) Enter(dir_.parent_path());
  ImGui::SameLine();
  ImGui::TextColored(palette::ToVec4(palette::kTextDim), "%s", dir_.string().c_str());
  if (!error_.empty()) ImGui::TextColored(palette::ToVec4(palette::kError), "%s", error_.c_str());

  const float footer = ImGui::GetFrameHeightWithSpacing() * 2;
  ImGui::BeginChild("entries", ImVec2(0, -footer), true);
  DrawEntries(chosen);
  ImGui::EndChild();

  ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 12);
  // The name field has the keyboard from the start: type a name, Enter.
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  const bool entered = ImGui::InputText("##name", &name_, ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  const bool confirm = ImGui::Button(mode_ == Mode::kOpen ? ui.open_button : ui.save_button) || entered;
  ImGui::SameLine();
  if (ImGui::Button(ui.cancel) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
    ImGui::CloseCurrentPopup();
  if (confirm && !name_.empty()) {
    fs::path file = dir_ / name_;
    if (mode_ == Mode::kSaveAs && file.extension() != ".go") file += ".go";
    std::error_code error;
    if (fs::is_directory(file, error)) {
      Enter(file);
      name_.clear();
    } else if (mode_ == Mode::kSaveAs && fs::exists(file, error)) {
      replace_ = file;  // never overwrite without asking
    } else if (mode_ == Mode::kSaveAs || fs::exists(file, error)) {
      chosen = file;
    }
  }
  if (DrawConfirmReplace(chosen, ui) || chosen) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
  return chosen;
}

void FileDialog::DrawEntries(std::optional<fs::path>& chosen) {
  for (const Entry& entry : entries_) {
    const std::string label = entry.directory ? entry.name + "/" : entry.name;
    ImGui::PushStyleColor(ImGuiCol_Text,
                          palette::ToVec4(entry.directory ? palette::kAccentHover : palette::kText));
    const bool clicked = ImGui::Selectable(label.c_str(), !entry.directory && entry.name == name_,
                                           ImGuiSelectableFlags_AllowDoubleClick);
    ImGui::PopStyleColor();
    if (!clicked) continue;
    const bool twice = ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left);
    if (entry.directory && twice) {
      Enter(dir_ / entry.name);
      return;  // entries_ changed under the loop
    }
    if (!entry.directory) {
      name_ = entry.name;
      if (twice && mode_ == Mode::kOpen) chosen = dir_ / entry.name;
      if (twice && mode_ == Mode::kSaveAs) replace_ = dir_ / entry.name;
    }
  }
}

bool FileDialog::DrawConfirmReplace(std::optional<fs::path>& chosen, const UiText& ui) {
  if (replace_.empty()) return false;
  ImGui::Separator();
  ImGui::TextColored(palette::ToVec4(palette::kWarning), "%s",
                     Fill(ui.replace_question, {replace_.filename().string()}).c_str());
  ImGui::SameLine();
  if (ImGui::Button(ui.replace)) {
    chosen = replace_;
    replace_.clear();
    return true;
  }
  ImGui::SameLine();
  if (ImGui::Button(ui.keep)) replace_.clear();
  return false;
}

}  // namespace chanscope
