// Shortening a line of text with "…" to fit a width, however the caller measures text (ImGui's
// font at its size, or the stage's world units).
#pragma once

#include <string>
#include <string_view>

namespace chanscope {

// `text`, or its longest start that fits `width` with "…" after it. `measure(s)` is the width
// of s. Never cuts a UTF-8 sequence in half.
template <typename Measure>
std::string FitText(std::string text, float width, Measure measure) {
  if (measure(std::string_view(text)) <= width) return text;
  while (!text.empty() && measure(std::string_view(text + "…")) > width) {
    // The last character: its continuation bytes (10xxxxxx), then the byte that leads them.
    while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) text.pop_back();
    if (!text.empty()) text.pop_back();
  }
  return text + "…";
}

}  // namespace chanscope
