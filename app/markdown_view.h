// Draws parsed lesson markdown: word-wrapped styled text, headings, lists and code blocks.
#pragma once

#include <span>

#include "fonts.h"
#include "markdown.h"

namespace chanscope {

// Draws `blocks` in the current window at the cursor, wrapping at the content region's width.
void DrawMarkdown(std::span<const Block> blocks, const Fonts& fonts);

}  // namespace chanscope
