// Font discovery (fontconfig) and loading (ImGui + FreeType, Korean glyph ranges).
#include "fonts.h"

#include <fontconfig/fontconfig.h>
#include <imgui_freetype.h>

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

ImFont* LoadOne(ImGuiIO& io, std::string_view family, float size_pixels) {
  const std::string file = FindFontFile(family);
  if (file.empty()) {
    std::fprintf(stderr,
                 "chanscope: font %.*s not found (install fonts-nanum); using the default font\n",
                 static_cast<int>(family.size()), family.data());
    return nullptr;
  }
  ImFontConfig config;
  config.OversampleH = 1;  // FreeType hints the glyphs; oversampling only costs atlas space
  return io.Fonts->AddFontFromFileTTF(file.c_str(), size_pixels, &config,
                                      io.Fonts->GetGlyphRangesKorean());
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
  if (!match || result != FcResultMatch || !HasFamily(match.get(), family)) return {};

  FcChar8* file = nullptr;
  if (FcPatternGetString(match.get(), FC_FILE, 0, &file) != FcResultMatch) return {};
  return reinterpret_cast<const char*>(file);
}

Fonts LoadFonts(ImGuiIO& io, float ui_size_pixels, float mono_size_pixels) {
  io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
  io.Fonts->FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;

  Fonts fonts;
  fonts.ui = LoadOne(io, "NanumGothic", ui_size_pixels);
  fonts.mono = LoadOne(io, "NanumGothicCoding", mono_size_pixels);
  if (!fonts.ui || !fonts.mono) {
    ImFont* fallback = io.Fonts->AddFontDefault();
    if (!fonts.ui) fonts.ui = fallback;
    if (!fonts.mono) fonts.mono = fallback;
  }
  io.FontDefault = fonts.ui;
  return fonts;
}

}  // namespace chanscope
