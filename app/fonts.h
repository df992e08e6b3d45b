// Finds the app's fonts through fontconfig and loads them into Dear ImGui's atlas at the UI
// scale (rebuilt, never stretched, when the scale changes).
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>

namespace chanscope {

// The fonts the views use; each falls back to ImGui's built-in font when its file is missing.
struct Fonts {
  ImFont* ui = nullptr;       // NanumGothic: UI text, English and Korean
  ImFont* bold = nullptr;     // NanumGothic Bold: strong text in lessons
  ImFont* heading = nullptr;  // NanumGothic Bold, larger: lesson headings and titles
  ImFont* mono = nullptr;     // NanumGothicCoding: code, console, values
  bool has_korean = false;    // false: Hangul would show as boxes; the UI stays in English
  std::string notice;         // one line about a missing font, empty when all were found
};

// The file of the font whose family is exactly `family` ("NanumGothic:bold" selects a style),
// or "" when fontconfig has none.
std::string FindFontFile(std::string_view family);

// Clears the atlas and loads every font at `scale` times its normal size, with Korean glyphs
// through FreeType. The caller rebuilds the font texture afterwards.
Fonts LoadFonts(ImGuiIO& io, float scale);

}  // namespace chanscope
