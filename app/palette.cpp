// The palette's two themes and how they map onto Dear ImGui's style slots.
#include "palette.h"

namespace chanscope::palette {

// Calm dark: blue-grey surfaces, soft state colours that stay apart for colour-blind eyes
// (green/amber/coral/violet/grey differ in lightness as well as hue).
const Palette kDarkPalette{
    .background{0x17, 0x1a, 0x21}, .panel{0x1e, 0x22, 0x2b}, .panel_raised{0x27, 0x2c, 0x37},
    .panel_hover{0x31, 0x38, 0x46}, .panel_active{0x3b, 0x44, 0x55}, .border{0x34, 0x3a, 0x47},
    .text{0xd8, 0xdc, 0xe4}, .text_dim{0x8b, 0x93, 0xa3}, .text_faint{0x5c, 0x64, 0x73},
    .accent{0x5b, 0x9b, 0xd5}, .accent_hover{0x6f, 0xad, 0xe3}, .accent_active{0x48, 0x86, 0xc0},
    .running{0x6b, 0xc4, 0x8a}, .runnable{0xe0, 0xb8, 0x5c}, .blocked{0xd9, 0x7b, 0x6c},
    .sleeping{0x9a, 0x8c, 0xe0}, .finished{0x6a, 0x71, 0x7e},
    .channel{0x9d, 0x8c, 0xd6}, .value{0x7f, 0xc8, 0xd0}, .clock{0xb5, 0xc0, 0xd4},
    .warning{0xe6, 0xa4, 0x5a}, .error{0xe0, 0x6c, 0x75},
    .stage{0x1a, 0x1e, 0x26}, .grid{0x24, 0x29, 0x33}, .arrow{0x5c, 0x66, 0x78},
    .sync{0xc9, 0xa2, 0x6b},
    .goroutine{{{0x5b, 0x9b, 0xd5}, {0xe0, 0x8a, 0x5c}, {0x6b, 0xc4, 0x8a}, {0xc7, 0x7d, 0xd1},
                {0xd6, 0xc2, 0x5a}, {0x5c, 0xc2, 0xc2}, {0xe0, 0x72, 0x8f}, {0x8f, 0xb0, 0x5a},
                {0x9d, 0x8c, 0xd6}, {0xd9, 0x9e, 0x6c}, {0x6c, 0xa8, 0xd9}, {0xb8, 0x8a, 0x6a}}},
};

// Light: paper surfaces, the same hues darkened so they read on white.
const Palette kLightPalette{
    .background{0xe9, 0xec, 0xf1}, .panel{0xf7, 0xf8, 0xfa}, .panel_raised{0xe4, 0xe8, 0xee},
    .panel_hover{0xd7, 0xdd, 0xe6}, .panel_active{0xc8, 0xd0, 0xdc}, .border{0xc3, 0xca, 0xd5},
    .text{0x1f, 0x24, 0x2d}, .text_dim{0x55, 0x5e, 0x6c}, .text_faint{0x8d, 0x95, 0xa2},
    .accent{0x2f, 0x6f, 0xb0}, .accent_hover{0x3b, 0x80, 0xc4}, .accent_active{0x25, 0x5d, 0x96},
    .running{0x2e, 0x8b, 0x4f}, .runnable{0xb0, 0x80, 0x10}, .blocked{0xc0, 0x4a, 0x38},
    .sleeping{0x6a, 0x55, 0xc0}, .finished{0x8d, 0x95, 0xa2},
    .channel{0x6a, 0x55, 0xb0}, .value{0x1c, 0x84, 0x90}, .clock{0x3a, 0x46, 0x5c},
    .warning{0xb3, 0x6b, 0x12}, .error{0xc0, 0x3a, 0x48},
    .stage{0xfb, 0xfc, 0xfd}, .grid{0xea, 0xed, 0xf2}, .arrow{0x9a, 0xa3, 0xb2},
    .sync{0x9a, 0x6a, 0x1e},
    .goroutine{{{0x2f, 0x6f, 0xb0}, {0xc0, 0x5c, 0x2a}, {0x2e, 0x8b, 0x4f}, {0x96, 0x4c, 0xa3},
                {0x9c, 0x85, 0x10}, {0x1c, 0x84, 0x84}, {0xb8, 0x3b, 0x5e}, {0x5a, 0x7a, 0x22},
                {0x6a, 0x55, 0xb0}, {0xa8, 0x66, 0x30}, {0x3a, 0x78, 0xa8}, {0x85, 0x5a, 0x3a}}},
};

Palette current = kDarkPalette;
namespace {
Theme current_theme = Theme::kDark;
}  // namespace

Theme CurrentTheme() { return current_theme; }

Colour StateColour(GoState state) {
  switch (state) {
    case GoState::kRunning: return current.running;
    case GoState::kRunnable: return current.runnable;
    case GoState::kBlocked: return current.blocked;
    case GoState::kSleeping: return current.sleeping;
    case GoState::kFinished: return current.finished;
  }
  return current.finished;
}

void UseTheme(Theme theme, ImGuiStyle& style) {
  current_theme = theme;
  current = theme == Theme::kLight ? kLightPalette : kDarkPalette;
  ApplyTheme(style);
}

void ApplyTheme(ImGuiStyle& style) {
  if (CurrentTheme() == Theme::kLight) {
    ImGui::StyleColorsLight(&style);
  } else {
    ImGui::StyleColorsDark(&style);
  }
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
