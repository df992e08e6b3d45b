// DrawMarkdown: spans are broken into words and laid out by hand, because ImGui's own wrapping
// cannot mix fonts and colours within one paragraph.
#include "markdown_view.h"

#include <imgui.h>

#include <algorithm>

#include "palette.h"

namespace chanscope {
namespace {

// Lays out runs of text left to right, wrapping at `right_`, and reserves their height.
class Writer {
 public:
  Writer(float indent) {
    const ImVec2 cursor = ImGui::GetCursorScreenPos();
    left_ = cursor.x + indent;
    right_ = cursor.x + ImGui::GetContentRegionAvail().x;
    pen_ = ImVec2(left_, cursor.y);
    top_ = cursor.y;
  }

  void Write(std::string_view text, ImFont* font, ImU32 colour, bool code, bool underline);
  void Finish() {
    NewLine();
    ImGui::Dummy(ImVec2(right_ - left_, pen_.y - top_));
  }
  float left() const { return left_; }
  float top() const { return top_; }

 private:
  void NewLine() {
    if (line_height_ > 0) pen_.y += line_height_ + 2.0f;
    pen_.x = left_;
    line_height_ = 0;
  }
  void Word(std::string_view word, ImFont* font, ImU32 colour, bool code, bool underline);

  float left_ = 0, right_ = 0, top_ = 0;
  ImVec2 pen_;
  float line_height_ = 0;
};

void Writer::Write(std::string_view text, ImFont* font, ImU32 colour, bool code, bool underline) {
  while (!text.empty()) {
    if (text.front() == '\n') {
      NewLine();
      text.remove_prefix(1);
      continue;
    }
    // A word and the spaces after it go together, so lines never start with a space.
    std::size_t end = text.find_first_of(" \n");
    if (end == std::string_view::npos) end = text.size();
    while (end < text.size() && text[end] == ' ') ++end;
    Word(text.substr(0, end), font, colour, code, underline);
    text.remove_prefix(end);
  }
}

void Writer::Word(std::string_view word, ImFont* font, ImU32 colour, bool code, bool underline) {
  const float size = font->FontSize;
  const std::string_view ink = word.substr(0, word.find_last_not_of(' ') + 1);
  const float ink_width = font->CalcTextSizeA(size, FLT_MAX, 0, ink.data(), ink.data() + ink.size()).x;
  const float width = font->CalcTextSizeA(size, FLT_MAX, 0, word.data(), word.data() + word.size()).x;
  if (pen_.x > left_ && pen_.x + ink_width > right_) NewLine();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float baseline_shift = std::max(0.0f, (line_height_ - size) * 0.5f);
  const ImVec2 at(pen_.x, pen_.y + baseline_shift);
  if (code)
    draw->AddRectFilled(ImVec2(at.x - 2, at.y), ImVec2(at.x + ink_width + 2, at.y + size),
                        palette::ToU32(palette::kPanelRaised), 3.0f);
  draw->AddText(font, size, at, colour, ink.data(), ink.data() + ink.size());
  if (underline)
    draw->AddLine(ImVec2(at.x, at.y + size), ImVec2(at.x + ink_width, at.y + size), colour);
  pen_.x += width;
  line_height_ = std::max(line_height_, size);
}

void DrawSpans(const std::vector<Span>& spans, const Fonts& fonts, float indent, ImFont* base,
               palette::Colour base_colour) {
  Writer writer(indent);
  for (const Span& span : spans) {
    ImFont* font = span.code ? fonts.mono : span.strong ? fonts.bold : base;
    palette::Colour colour = span.code       ? palette::kValue
                             : span.link     ? palette::kAccent
                             : span.emphasis ? palette::kAccentHover
                                             : base_colour;
    writer.Write(span.text, font, palette::ToU32(colour), span.code, span.link);
  }
  writer.Finish();
}

void DrawCodeBlock(const std::string& code, const Fonts& fonts) {
  ImGui::PushFont(fonts.mono);
  const ImVec2 size = ImGui::CalcTextSize(code.c_str());
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float pad = 6.0f;
  const float width = std::max(size.x, ImGui::GetContentRegionAvail().x - 2 * pad);
  ImGui::GetWindowDrawList()->AddRectFilled(
      at, ImVec2(at.x + width + 2 * pad, at.y + size.y + 2 * pad),
      palette::ToU32(palette::kPanelRaised), 4.0f);
  ImGui::SetCursorScreenPos(ImVec2(at.x + pad, at.y + pad));
  ImGui::PushStyleColor(ImGuiCol_Text, palette::ToVec4(palette::kValue));
  ImGui::TextUnformatted(code.c_str(), code.c_str() + code.size());
  ImGui::PopStyleColor();
  ImGui::Dummy(ImVec2(0, pad));
  ImGui::PopFont();
}

void DrawListItem(const Block& block, const Fonts& fonts) {
  const float indent = ImGui::GetFontSize() * 1.4f * static_cast<float>(block.level);
  if (!block.bullet.empty()) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float bullet_x = at.x + indent - ImGui::CalcTextSize(block.bullet.c_str()).x - 6.0f;
    ImGui::GetWindowDrawList()->AddText(ImVec2(bullet_x, at.y),
                                        palette::ToU32(palette::kTextDim), block.bullet.c_str());
  }
  DrawSpans(block.spans, fonts, indent, fonts.ui, palette::kText);
}

}  // namespace

void DrawMarkdown(std::span<const Block> blocks, const Fonts& fonts) {
  const float paragraph_gap = ImGui::GetFontSize() * 0.45f;
  for (const Block& block : blocks) {
    switch (block.kind) {
      case BlockKind::kHeading:
        ImGui::Dummy(ImVec2(0, paragraph_gap));
        DrawSpans(block.spans, fonts, 0, block.level <= 2 ? fonts.heading : fonts.bold,
                  palette::kAccentHover);
        break;
      case BlockKind::kParagraph: DrawSpans(block.spans, fonts, 0, fonts.ui, palette::kText); break;
      case BlockKind::kQuote:
        DrawSpans(block.spans, fonts, ImGui::GetFontSize(), fonts.ui, palette::kTextDim);
        break;
      case BlockKind::kListItem: DrawListItem(block, fonts); break;
      case BlockKind::kCodeBlock: DrawCodeBlock(block.code, fonts); break;
      case BlockKind::kRule: ImGui::Separator(); break;
    }
    if (block.kind != BlockKind::kListItem) ImGui::Dummy(ImVec2(0, paragraph_gap));
  }
}

}  // namespace chanscope
