// Walks libcmark's tree once: block nodes open a Block, inline nodes append Spans to it.
#include "markdown.h"

#include <cmark.h>

#include <memory>
#include <utility>

namespace chanscope {
namespace {

struct NodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};

// The walk's state: the blocks so far and the inline styles open at this point.
class Builder {
 public:
  void Enter(cmark_node* node);
  void Exit(cmark_node* node);
  std::vector<Block> Take() { return std::move(blocks_); }

 private:
  Block& Open(BlockKind kind) {
    blocks_.push_back(Block{kind, 0, {}, {}, {}});
    return blocks_.back();
  }
  void AddText(std::string_view text, bool code = false);
  std::string NextBullet(cmark_node* item);

  std::vector<Block> blocks_;
  int emphasis_ = 0, strong_ = 0, link_ = 0;
  int list_depth_ = 0;
  int quote_depth_ = 0;
  std::string pending_bullet_;  // for the first paragraph of the list item just entered
};

std::string Builder::NextBullet(cmark_node* item) {
  cmark_node* list = cmark_node_parent(item);
  if (cmark_node_get_list_type(list) != CMARK_ORDERED_LIST) return "\xE2\x80\xA2";  // •
  int number = cmark_node_get_list_start(list);
  for (cmark_node* n = cmark_node_first_child(list); n && n != item; n = cmark_node_next(n))
    ++number;
  return std::to_string(number) + ".";
}

void Builder::AddText(std::string_view text, bool code) {
  if (blocks_.empty()) Open(BlockKind::kParagraph);
  Span span{std::string(text), emphasis_ > 0, strong_ > 0, code, link_ > 0};
  std::vector<Span>& spans = blocks_.back().spans;
  // Adjacent text in the same style is one span (cmark splits text at entities and quotes).
  if (!spans.empty()) {
    Span& last = spans.back();
    if (last.emphasis == span.emphasis && last.strong == span.strong && last.code == span.code &&
        last.link == span.link) {
      last.text += span.text;
      return;
    }
  }
  spans.push_back(std::move(span));
}

void Builder::Enter(cmark_node* node) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_HEADING: Open(BlockKind::kHeading).level = cmark_node_get_heading_level(node); break;
    case CMARK_NODE_PARAGRAPH: {
      const BlockKind kind = list_depth_ > 0   ? BlockKind::kListItem
                             : quote_depth_ > 0 ? BlockKind::kQuote
                                                : BlockKind::kParagraph;
      Block& block = Open(kind);
      block.level = list_depth_;
      block.bullet = std::exchange(pending_bullet_, {});
      break;
    }
    case CMARK_NODE_CODE_BLOCK: {
      std::string code = cmark_node_get_literal(node);
      if (code.ends_with('\n')) code.pop_back();
      Open(BlockKind::kCodeBlock).code = std::move(code);
      break;
    }
    case CMARK_NODE_THEMATIC_BREAK: Open(BlockKind::kRule); break;
    case CMARK_NODE_LIST: ++list_depth_; break;
    case CMARK_NODE_ITEM: pending_bullet_ = NextBullet(node); break;
    case CMARK_NODE_BLOCK_QUOTE: ++quote_depth_; break;
    case CMARK_NODE_TEXT: AddText(cmark_node_get_literal(node)); break;
    case CMARK_NODE_CODE: AddText(cmark_node_get_literal(node), true); break;
    case CMARK_NODE_SOFTBREAK: AddText(" "); break;
    case CMARK_NODE_LINEBREAK: AddText("\n"); break;
    case CMARK_NODE_EMPH: ++emphasis_; break;
    case CMARK_NODE_STRONG: ++strong_; break;
    case CMARK_NODE_LINK: ++link_; break;
    case CMARK_NODE_HTML_INLINE: AddText(cmark_node_get_literal(node)); break;
    default: break;
  }
}

void Builder::Exit(cmark_node* node) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_LIST: --list_depth_; break;
    case CMARK_NODE_BLOCK_QUOTE: --quote_depth_; break;
    case CMARK_NODE_EMPH: --emphasis_; break;
    case CMARK_NODE_STRONG: --strong_; break;
    case CMARK_NODE_LINK: --link_; break;
    default: break;
  }
}

}  // namespace

std::vector<Block> ParseMarkdown(std::string_view text) {
  std::unique_ptr<cmark_node, NodeDeleter> document(
      cmark_parse_document(text.data(), text.size(), CMARK_OPT_SMART));
  Builder builder;
  cmark_iter* iter = cmark_iter_new(document.get());
  for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (event == CMARK_EVENT_ENTER) builder.Enter(node);
    else builder.Exit(node);
  }
  cmark_iter_free(iter);
  return builder.Take();
}

}  // namespace chanscope
