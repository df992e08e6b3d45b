// Maps the named palette onto Dear ImGui's style slots.
#include "palette.h"

namespace chanscope::palette {

void ApplyTheme(ImGuiStyle& style) {
  ImGui::StyleColorsDark(&style);
  style.WindowRounding = 6.0f;
  style.ChildRounding = 4.0f;
  style.FrameRounding = 4.0f;
  style.GrabRounding = 4.0f;
  style.TabRounding = 4.0f;
  style.WindowPadding = ImVec2(12, 10);
  style.FramePadding = ImVec2(8, 4);
  style.ItemSpacing = ImVec2(8, 6);
  style.CellPadding = ImVec2(6, 3);
  style.WindowBorderSize = 1.0f;

  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = ToVec4(kText);
  c[ImGuiCol_TextDisabled] = ToVec4(kTextFaint);
  c[ImGuiCol_WindowBg] = ToVec4(kPanel);
  c[ImGuiCol_ChildBg] = ToVec4(WithAlpha(kPanel, 0));
  c[ImGuiCol_PopupBg] = ToVec4(kPanelRaised);
  c[ImGuiCol_Border] = ToVec4(kBorder);
  c[ImGuiCol_FrameBg] = ToVec4(kPanelRaised);
  c[ImGuiCol_FrameBgHovered] = ToVec4(kPanelHover);
  c[ImGuiCol_FrameBgActive] = ToVec4(kPanelActive);
  c[ImGuiCol_TitleBg] = ToVec4(kBackground);
  c[ImGuiCol_TitleBgActive] = ToVec4(kPanelRaised);
  c[ImGuiCol_TitleBgCollapsed] = ToVec4(kBackground);
  c[ImGuiCol_MenuBarBg] = ToVec4(kPanelRaised);
  c[ImGuiCol_ScrollbarBg] = ToVec4(kPanel);
  c[ImGuiCol_ScrollbarGrab] = ToVec4(kPanelHover);
  c[ImGuiCol_ScrollbarGrabHovered] = ToVec4(kPanelActive);
  c[ImGuiCol_ScrollbarGrabActive] = ToVec4(kAccentActive);
  c[ImGuiCol_CheckMark] = ToVec4(kAccent);
  c[ImGuiCol_SliderGrab] = ToVec4(kAccent);
  c[ImGuiCol_SliderGrabActive] = ToVec4(kAccentActive);
  c[ImGuiCol_Button] = ToVec4(WithAlpha(kAccent, 0x55));
  c[ImGuiCol_ButtonHovered] = ToVec4(kAccentHover);
  c[ImGuiCol_ButtonActive] = ToVec4(kAccentActive);
  c[ImGuiCol_Header] = ToVec4(kPanelRaised);
  c[ImGuiCol_HeaderHovered] = ToVec4(kPanelHover);
  c[ImGuiCol_HeaderActive] = ToVec4(kPanelActive);
  c[ImGuiCol_Separator] = ToVec4(kBorder);
  c[ImGuiCol_TableHeaderBg] = ToVec4(kPanelRaised);
  c[ImGuiCol_TableBorderStrong] = ToVec4(kBorder);
  c[ImGuiCol_TableBorderLight] = ToVec4(WithAlpha(kBorder, 0x80));
  c[ImGuiCol_TableRowBg] = ToVec4(WithAlpha(kPanel, 0));
  c[ImGuiCol_TableRowBgAlt] = ToVec4(WithAlpha(kPanelRaised, 0x60));
  c[ImGuiCol_Tab] = ToVec4(kPanelRaised);
  c[ImGuiCol_TabHovered] = ToVec4(kPanelHover);
  c[ImGuiCol_TabActive] = ToVec4(kPanelActive);
  c[ImGuiCol_PlotHistogram] = ToVec4(kAccent);
}

}  // namespace chanscope::palette
