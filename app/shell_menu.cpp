// Shell: the menu bar, keyboard shortcuts (the same ones the menus show), the help windows and
// the confirmation before Revert throws edits away.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <filesystem>

#include "palette.h"
#include "shell.h"

namespace chanscope {
namespace {

// Every shortcut once, as the menus show it and the help window lists it. Key names are as
// printed on the keys; mouse actions and descriptions are words in the interface's language.
struct Shortcut {
  const char* keys;
  const char* UiText::*keys_word;  // instead of `keys` when set
  const char* UiText::*what;
};
constexpr Shortcut kShortcuts[] = {
    {"Space", nullptr, &UiText::key_run},
    {"Right", nullptr, &UiText::key_step},
    {"Down", nullptr, &UiText::key_step_line},
    {"Left", nullptr, &UiText::key_step_back},
    {"R", nullptr, &UiText::restart},
    {"Ctrl+O", nullptr, &UiText::key_open},
    {"Ctrl+Shift+S", nullptr, &UiText::key_save_as},
    {"Ctrl+= / Ctrl+-", nullptr, &UiText::key_zoom},
    {"Ctrl+0", nullptr, &UiText::zoom_reset},
    {"F5", nullptr, &UiText::presentation},
    {"F1", nullptr, &UiText::key_help},
    {"Ctrl+Q", nullptr, &UiText::quit},
    {nullptr, &UiText::gutter_click, &UiText::key_breakpoint},
    {nullptr, &UiText::double_click_code, &UiText::key_edit},
};

bool Pressed(int key, bool repeat = false) { return ImGui::IsKeyPressed(key, repeat); }

// The Revert confirmation, opened and asked for outside any window (one ID for both).
constexpr const char* kRevertPopup = "##revert";

}  // namespace

void Shell::HandleShortcuts() {
  const ImGuiIO& io = ImGui::GetIO();
  const bool ctrl = io.KeyCtrl;
  // Keys that edit text never run the program: no shortcut fires while typing, nor behind an
  // open menu or dialog (they are the ones answering keys then).
  const bool popup = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
  if (!io.WantTextInput && !ctrl && !popup) {
    if (Pressed(GLFW_KEY_SPACE)) TogglePlay();
    if (Pressed(GLFW_KEY_RIGHT, true)) StepForward();
    if (Pressed(GLFW_KEY_DOWN, true)) StepLine();
    if (Pressed(GLFW_KEY_LEFT, true)) StepBack();
    if (Pressed(GLFW_KEY_R)) Restart();
    if (Pressed(GLFW_KEY_F5)) settings_.presentation = !settings_.presentation;
    if (Pressed(GLFW_KEY_F1)) show_shortcuts_ = !show_shortcuts_;
  }
  if (!ctrl) return;
  if (Pressed(GLFW_KEY_EQUAL) || Pressed(GLFW_KEY_KP_ADD)) SetUiScale(settings_.ui_scale * kScaleStepUp);
  if (Pressed(GLFW_KEY_MINUS) || Pressed(GLFW_KEY_KP_SUBTRACT))
    SetUiScale(settings_.ui_scale / kScaleStepUp);
  if (Pressed(GLFW_KEY_0)) SetUiScale(1.0f);
  if (Pressed(GLFW_KEY_O)) file_dialog_.Show(FileDialog::Mode::kOpen, document_.path.parent_path());
  if (Pressed(GLFW_KEY_S) && io.KeyShift)
    file_dialog_.Show(FileDialog::Mode::kSaveAs, std::filesystem::current_path(), document_.file_name);
  if (Pressed(GLFW_KEY_Q)) quit_ = true;
}

void Shell::DrawMenuBar() {
  if (!ImGui::BeginMainMenuBar()) return;
  DrawFileMenu();
  DrawRunMenu();
  DrawViewMenu();
  DrawHelpMenu();
  ImGui::EndMainMenuBar();
}

void Shell::DrawFileMenu() {
  const UiText& t = ui();
  if (!ImGui::BeginMenu(t.file)) return;
  if (ImGui::MenuItem(t.open, "Ctrl+O"))
    file_dialog_.Show(FileDialog::Mode::kOpen, document_.path.parent_path());
  if (ImGui::MenuItem(t.save_as, "Ctrl+Shift+S"))
    file_dialog_.Show(FileDialog::Mode::kSaveAs, std::filesystem::current_path(), document_.file_name);
  if (ImGui::MenuItem(t.revert, nullptr, false, document_.text != document_.original))
    confirm_revert_ = true;
  ImGui::Separator();
  if (ImGui::MenuItem(t.quit, "Ctrl+Q")) quit_ = true;
  ImGui::EndMenu();
}

void Shell::DrawRunMenu() {
  const UiText& t = ui();
  if (!ImGui::BeginMenu(t.run_menu)) return;
  if (ImGui::MenuItem(run_.playing() ? t.pause : t.run, "Space")) TogglePlay();
  if (ImGui::MenuItem(t.step, "Right")) StepForward();
  if (ImGui::MenuItem(t.step_line, "Down")) StepLine();
  if (ImGui::MenuItem(t.step_back, "Left", false, run_.playback().step() > 0)) StepBack();
  if (ImGui::MenuItem(t.restart, "R")) Restart();
  ImGui::EndMenu();
}

void Shell::DrawViewMenu() {
  const UiText& t = ui();
  if (!ImGui::BeginMenu(t.view)) return;
  if (ImGui::BeginMenu(t.panels)) {
    PanelVisibility& p = settings_.panels;
    ImGui::MenuItem(t.lessons, nullptr, &p.lesson);
    ImGui::MenuItem(t.code, nullptr, &p.code);
    ImGui::MenuItem(t.stage, nullptr, &p.stage);
    ImGui::MenuItem(t.inspector, nullptr, &p.inspector);
    ImGui::MenuItem(t.timeline, nullptr, &p.timeline);
    ImGui::MenuItem(t.console, nullptr, &p.console);
    ImGui::EndMenu();
  }
  if (ImGui::MenuItem(t.reset_layout)) ResetLayout();
  ImGui::Separator();
  if (ImGui::BeginMenu(t.language)) {
    if (ImGui::MenuItem("English", nullptr, settings_.language == "en")) settings_.language = "en";
    // Without NanumGothic, Hangul would be boxes: Korean is offered only with the font.
    if (ImGui::MenuItem("\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4", nullptr, settings_.language == "ko",
                        fonts_.has_korean))  // 한국어
      settings_.language = "ko";
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(t.theme)) {
    if (ImGui::MenuItem(t.theme_dark, nullptr, settings_.theme == "dark")) settings_.theme = "dark";
    if (ImGui::MenuItem(t.theme_light, nullptr, settings_.theme == "light")) settings_.theme = "light";
    ImGui::EndMenu();
  }
  ImGui::Separator();
  if (ImGui::MenuItem(t.zoom_in, "Ctrl+=")) SetUiScale(settings_.ui_scale * kScaleStepUp);
  if (ImGui::MenuItem(t.zoom_out, "Ctrl+-")) SetUiScale(settings_.ui_scale / kScaleStepUp);
  if (ImGui::MenuItem(t.zoom_reset, "Ctrl+0")) SetUiScale(1.0f);
  ImGui::MenuItem(t.presentation, "F5", &settings_.presentation);
  ImGui::EndMenu();
}

void Shell::DrawHelpMenu() {
  const UiText& t = ui();
  if (!ImGui::BeginMenu(t.help)) return;
  if (ImGui::MenuItem(t.shortcuts, "F1")) show_shortcuts_ = true;
  if (ImGui::MenuItem(t.about)) show_about_ = true;
  ImGui::EndMenu();
}

void Shell::DrawHelpWindows() {
  const UiText& t = ui();
  if (show_shortcuts_) {
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (ImGui::Begin(t.shortcuts, &show_shortcuts_,
                     ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) {
      if (ImGui::BeginTable("shortcuts", 2, ImGuiTableFlags_RowBg)) {
        for (const Shortcut& s : kShortcuts) {
          ImGui::TableNextRow();
          ImGui::TableNextColumn();
          ImGui::TextColored(palette::ToVec4(palette::kAccentHover), "%s", s.keys ? s.keys : t.*s.keys_word);
          ImGui::TableNextColumn();
          ImGui::TextUnformatted(t.*s.what);
        }
        ImGui::EndTable();
      }
      ImGui::TextColored(palette::ToVec4(palette::kTextDim), "%s", t.shortcuts_off);
    }
    ImGui::End();
  }
  if (show_about_) {
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (ImGui::Begin(t.about, &show_about_,
                     ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) {
      ImGui::PushFont(fonts_.heading);
      ImGui::TextUnformatted("Chanscope");
      ImGui::PopFont();
      ImGui::TextUnformatted(t.about_text);
      ImGui::TextColored(palette::ToVec4(palette::kTextDim),
                         "Dear ImGui %s, GLFW, libcmark, nlohmann-json, CLI11, FreeType, NanumGothic",
                         IMGUI_VERSION);
    }
    ImGui::End();
  }
}

bool Shell::ConfirmingRevert() const { return ImGui::IsPopupOpen(kRevertPopup); }

void Shell::DrawConfirmRevert() {
  if (confirm_revert_) {
    ImGui::OpenPopup(kRevertPopup);
    confirm_revert_ = false;
  }
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (!ImGui::BeginPopupModal(kRevertPopup, nullptr,
                              ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar))
    return;
  ImGui::TextUnformatted(ui().revert);
  ImGui::TextColored(palette::ToVec4(palette::kTextDim), ui().revert_text,
                     edits_.PathOf(document_.edit_key + ".reverted").string().c_str());
  // Enter confirms (the edits are kept, as the text says), Escape cancels.
  if (ImGui::Button(ui().revert) || ImGui::IsKeyPressed(GLFW_KEY_ENTER) ||
      ImGui::IsKeyPressed(GLFW_KEY_KP_ENTER)) {
    Revert();
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button(ui().cancel) || ImGui::IsKeyPressed(GLFW_KEY_ESCAPE)) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

}  // namespace chanscope
