// The one named palette: a calm dark theme and a light one. Every colour the app draws comes
// from here; views name colours by role (palette::kText, palette::StateColour(...)), and
// switching the theme changes what every role means at once.
#pragma once

#include <imgui.h>

#include <array>
#include <cstdint>

#include "stage_model.h"

namespace chanscope::palette {

// An sRGB colour as bytes.
struct Colour {
  std::uint8_t r, g, b, a = 255;
};

constexpr ImU32 ToU32(Colour c) { return IM_COL32(c.r, c.g, c.b, c.a); }
inline ImVec4 ToVec4(Colour c) {
  return ImVec4(c.r / 255.f, c.g / 255.f, c.b / 255.f, c.a / 255.f);
}
constexpr Colour WithAlpha(Colour c, std::uint8_t a) { return {c.r, c.g, c.b, a}; }
// c moved towards `to` by t in [0, 1] (fading finished goroutines into the background).
constexpr Colour Mix(Colour c, Colour to, float t) {
  auto lerp = [t](std::uint8_t x, std::uint8_t y) {
    return static_cast<std::uint8_t>(static_cast<float>(x) + (static_cast<float>(y) - x) * t);
  };
  return {lerp(c.r, to.r), lerp(c.g, to.g), lerp(c.b, to.b), lerp(c.a, to.a)};
}

// Every role the app colours. One instance per theme.
struct Palette {
  // Surfaces, from the back of the window to the front.
  Colour background, panel, panel_raised, panel_hover, panel_active, border;
  // Text.
  Colour text, text_dim, text_faint;
  // The one colour for "this is interactive".
  Colour accent, accent_hover, accent_active;
  // Goroutine states, the same in every view.
  Colour running, runnable, blocked, sleeping, finished;
  // Channels, values and notices.
  Colour channel, value, clock, warning, error;
  // The stage: its floor, grid lines, go-statement arrows, sync objects.
  Colour stage, grid, arrow, sync;
  // Each goroutine's own colour, kept for its whole life (index = GoroutineCard::colour).
  std::array<Colour, kGoroutineColours> goroutine;
};

enum class Theme : std::uint8_t { kDark, kLight };

extern const Palette kDarkPalette;
extern const Palette kLightPalette;
// The palette in use; the role names below refer into it.
extern Palette current;
Theme CurrentTheme();

// Switches every role to `theme` and applies it to ImGui's style.
void UseTheme(Theme theme, ImGuiStyle& style);
// Applies the current palette to ImGui's style (window, frame, button, header, table colours).
void ApplyTheme(ImGuiStyle& style);

// --- Role names, always meaning the current theme's colour ---------------------------------
inline const Colour& kBackground = current.background;
inline const Colour& kPanel = current.panel;
inline const Colour& kPanelRaised = current.panel_raised;
inline const Colour& kPanelHover = current.panel_hover;
inline const Colour& kPanelActive = current.panel_active;
inline const Colour& kBorder = current.border;
inline const Colour& kText = current.text;
inline const Colour& kTextDim = current.text_dim;
inline const Colour& kTextFaint = current.text_faint;
inline const Colour& kAccent = current.accent;
inline const Colour& kAccentHover = current.accent_hover;
inline const Colour& kAccentActive = current.accent_active;
inline const Colour& kStateRunning = current.running;
inline const Colour& kStateRunnable = current.runnable;
inline const Colour& kStateWaiting = current.blocked;  // blocked on a channel, lock, ...
inline const Colour& kStateSleeping = current.sleeping;
inline const Colour& kStateDead = current.finished;
inline const Colour& kChannel = current.channel;
inline const Colour& kValue = current.value;
inline const Colour& kClock = current.clock;
inline const Colour& kWarning = current.warning;
inline const Colour& kError = current.error;

// A goroutine state's colour, the same in every view.
Colour StateColour(GoState state);
// A goroutine's own colour.
inline Colour GoroutineColour(int index) {
  return current.goroutine[static_cast<std::size_t>(index) % current.goroutine.size()];
}

}  // namespace chanscope::palette
