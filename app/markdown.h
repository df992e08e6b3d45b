// Lesson markdown (CommonMark, parsed by libcmark) to plain blocks of styled spans for drawing.
// No ImGui here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace chanscope {

struct Span {
  std::string text;
  bool emphasis = false;
  bool strong = false;
  bool code = false;  // a code span: drawn in the code font
  bool link = false;  // links show as text (the address is not followed)
  friend bool operator==(const Span&, const Span&) = default;
};

enum class BlockKind { kHeading, kParagraph, kCodeBlock, kListItem, kQuote, kRule };

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  int level = 0;       // heading level (1-6); list nesting depth (1 = top level) for items
  std::string bullet;  // list items: "•" or "3." on an item's first paragraph, else ""
  std::vector<Span> spans;  // headings, paragraphs, list items, quotes
  std::string code;         // code blocks: the literal text, without the final newline
};

std::vector<Block> ParseMarkdown(std::string_view text);

}  // namespace chanscope
