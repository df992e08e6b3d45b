// Text views: the recent trace events, and a line of text that gives way where it does not fit.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "fonts.h"
#include "palette.h"

namespace chanscope {

// Trace lines, oldest first: older lines fade, the newest is highlighted.
void DrawTraceLines(const std::vector<std::string>& lines, const Fonts& fonts);
// `text` where it fits the rest of the line, else `shorter` with `whole` as its tooltip (a
// narrow panel, Korean's wider words).
void TextOrShorter(palette::Colour colour, const std::string& text, const std::string& shorter,
                   const std::string& whole);

}  // namespace chanscope
