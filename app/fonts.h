// Finds the app's fonts through fontconfig and loads them into Dear ImGui's atlas.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>

namespace chanscope {

// The fonts the views use; each falls back to ImGui's built-in font when its file is missing.
struct Fonts {
  ImFont* ui = nullptr;    // NanumGothic: UI text, English and Korean
  ImFont* mono = nullptr;  // NanumGothicCoding: code, trace lines, values
};

// The file of the font whose family is exactly `family`, or "" when fontconfig has none.
std::string FindFontFile(std::string_view family);

// Loads the UI and code fonts with Korean glyph ranges through FreeType.
// Prints one line on stderr for each missing font and uses the default font instead.
Fonts LoadFonts(ImGuiIO& io, float ui_size_pixels, float mono_size_pixels);

}  // namespace chanscope
