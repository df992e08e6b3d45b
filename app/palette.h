// The one named palette: a calm dark theme. Every colour the app draws comes from here.
#pragma once

#include <imgui.h>

#include <cstdint>

namespace chanscope::palette {

// An sRGB colour as bytes, so the palette stays constexpr (ImVec4 is not in ImGui 1.86).
struct Colour {
  std::uint8_t r, g, b, a = 255;
};

constexpr ImU32 ToU32(Colour c) { return IM_COL32(c.r, c.g, c.b, c.a); }
inline ImVec4 ToVec4(Colour c) {
  return ImVec4(c.r / 255.f, c.g / 255.f, c.b / 255.f, c.a / 255.f);
}
constexpr Colour WithAlpha(Colour c, std::uint8_t a) { return {c.r, c.g, c.b, a}; }

// --- Surfaces, from the back of the window to the front --------------------------------------
inline constexpr Colour kBackground{0x17, 0x1a, 0x21};   // behind every panel
inline constexpr Colour kPanel{0x1e, 0x22, 0x2b};        // window bodies
inline constexpr Colour kPanelRaised{0x27, 0x2c, 0x37};  // frames, headers, table rows
inline constexpr Colour kPanelHover{0x31, 0x38, 0x46};   // hovered frames and headers
inline constexpr Colour kPanelActive{0x3b, 0x44, 0x55};  // pressed frames and headers
inline constexpr Colour kBorder{0x34, 0x3a, 0x47};       // separators and outlines

// --- Text ----------------------------------------------------------------------------------------
inline constexpr Colour kText{0xd8, 0xdc, 0xe4};       // body text
inline constexpr Colour kTextDim{0x8b, 0x93, 0xa3};    // labels, secondary facts
inline constexpr Colour kTextFaint{0x5c, 0x64, 0x73};  // disabled, old trace lines

// --- Accent: the one colour for "this is interactive" ----------------------------------------
inline constexpr Colour kAccent{0x5b, 0x9b, 0xd5};  // buttons, checkmarks, sliders
inline constexpr Colour kAccentHover{0x6f, 0xad, 0xe3};
inline constexpr Colour kAccentActive{0x48, 0x86, 0xc0};

// --- Goroutine states: the same four colours in every view ----------------------------------
inline constexpr Colour kStateRunning{0x6b, 0xc4, 0x8a};   // green: on a processor now
inline constexpr Colour kStateRunnable{0xe0, 0xb8, 0x5c};  // amber: ready, waiting its turn
inline constexpr Colour kStateWaiting{0xd9, 0x7b, 0x6c};   // coral: parked on chan, lock, timer
inline constexpr Colour kStateDead{0x6a, 0x71, 0x7e};      // grey: returned

// --- Channels and values --------------------------------------------------------------------
inline constexpr Colour kChannel{0x9d, 0x8c, 0xd6};  // channel names and buffer slots
inline constexpr Colour kValue{0x7f, 0xc8, 0xd0};    // values in flight or in a buffer
inline constexpr Colour kClock{0xb5, 0xc0, 0xd4};    // the virtual clock readout
inline constexpr Colour kWarning{0xe6, 0xa4, 0x5a};  // environment notices (no font, ...)
inline constexpr Colour kError{0xe0, 0x6c, 0x75};    // panics, deadlocks

// Applies the palette to ImGui's style (window, frame, button, header, table colours).
void ApplyTheme(ImGuiStyle& style);

}  // namespace chanscope::palette
