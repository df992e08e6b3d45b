// Font discovery (fontconfig) and loading (ImGui + FreeType, Korean glyph ranges).
#include "fonts.h"

#include <fontconfig/fontconfig.h>
#include <imgui_freetype.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>

namespace chanscope {
namespace {

struct PatternDeleter {
  void operator()(FcPattern* p) const { FcPatternDestroy(p); }
};
using PatternPtr = std::unique_ptr<FcPattern, PatternDeleter>;

// fontconfig always answers with its best match; accept it only if a family name is exact.
bool HasFamily(FcPattern* match, std::string_view family) {
  FcChar8* name = nullptr;
  for (int i = 0; FcPatternGetString(match, FC_FAMILY, i, &name) == FcResultMatch; ++i) {
    if (family == reinterpret_cast<const char*>(name)) return true;
  }
  return false;
}

constexpr float kUiSize = 17.0f;  // pixels at scale 1: readable on a 1600x900 window
constexpr float kHeadingSize = 21.0f;
constexpr float kMonoSize = 16.0f;

// Korean, plus the punctuation and symbols lessons and the UI use: typographic quotes and dashes
// (cmark's smart punctuation), arrows, bullets, box shapes and check marks.
const ImWchar* GlyphRanges(ImGuiIO& io) {
  static ImVector<ImWchar> ranges;
  if (ranges.empty()) {
    static constexpr ImWchar kSymbols[] = {0x2000, 0x206F, 0x2190, 0x21FF, 0x2200, 0x22FF,
                                           0x2500, 0x25FF, 0x2600, 0x27BF, 0};
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(io.Fonts->GetGlyphRangesKorean());
    builder.AddRanges(kSymbols);
    builder.BuildRanges(&ranges);
  }
  return ranges.Data;
}

ImFont* LoadOne(ImGuiIO& io, std::string_view family, float size_pixels, std::string& notice) {
  const std::string file = FindFontFile(family);
  if (file.empty()) {
    if (notice.empty())
      notice = "Font " + std::string(family) +
               " not found (install fonts-nanum): Korean is unavailable, using the default font";
    return nullptr;
  }
  ImFontConfig config;
  config.OversampleH = 1;  // FreeType hints the glyphs; oversampling only costs atlas space
  return io.Fonts->AddFontFromFileTTF(file.c_str(), std::round(size_pixels), &config,
                                      GlyphRanges(io));
}

}  // namespace

std::string FindFontFile(std::string_view family) {
  if (!FcInit()) return {};
  const std::string name(family);
  PatternPtr pattern(FcNameParse(reinterpret_cast<const FcChar8*>(name.c_str())));
  if (!pattern) return {};
  FcConfigSubstitute(nullptr, pattern.get(), FcMatchPattern);
  FcDefaultSubstitute(pattern.get());

  FcResult result = FcResultNoMatch;
  PatternPtr match(FcFontMatch(nullptr, pattern.get(), &result));
  if (!match || result != FcResultMatch || !HasFamily(match.get(), family.substr(0, family.find(':'))))
    return {};

  FcChar8* file = nullptr;
  if (FcPatternGetString(match.get(), FC_FILE, 0, &file) != FcResultMatch) return {};
  return reinterpret_cast<const char*>(file);
}

Fonts LoadFonts(ImGuiIO& io, float scale) {
  io.Fonts->Clear();
  io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
  io.Fonts->FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;

  Fonts fonts;
  fonts.ui = LoadOne(io, "NanumGothic", kUiSize * scale, fonts.notice);
  fonts.has_korean = fonts.ui != nullptr;
  fonts.bold = LoadOne(io, "NanumGothic:bold", kUiSize * scale, fonts.notice);
  fonts.heading = LoadOne(io, "NanumGothic:bold", kHeadingSize * scale, fonts.notice);
  fonts.mono = LoadOne(io, "NanumGothicCoding", kMonoSize * scale, fonts.notice);
  if (!fonts.ui || !fonts.bold || !fonts.heading || !fonts.mono) {
    ImFontConfig config;
    config.SizePixels = std::round(13.0f * scale);  // the built-in font, drawn at the UI scale
    ImFont* fallback = io.Fonts->AddFontDefault(&config);
    for (ImFont** font : {&fonts.ui, &fonts.bold, &fonts.heading, &fonts.mono})
      if (!*font) *font = fallback;
  }
  if (!fonts.notice.empty()) std::fprintf(stderr, "chanscope: %s\n", fonts.notice.c_str());
  io.FontDefault = fonts.ui;
  return fonts;
}

}  // namespace chanscope
