// Draws ChannelRow facts: a header line, the ring buffer as boxes, the send and receive queues
// as goroutine chips (coloured as waiting goroutines, first to be served on the left).
#include "channel_view.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "palette.h"

namespace chanscope {
namespace {

constexpr float kSlotWidth = 44.0f;
constexpr float kChipGap = 6.0f;

// A rounded box with centred text; advances the cursor like an item.
void Box(const char* text, palette::Colour fill, palette::Colour outline, palette::Colour ink,
         float min_width) {
  const ImVec2 text_size = ImGui::CalcTextSize(text);
  const ImVec2 pad(8.0f, 3.0f);
  const ImVec2 size(std::max(min_width, text_size.x + 2 * pad.x), text_size.y + 2 * pad.y);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const ImVec2 q(p.x + size.x, p.y + size.y);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(p, q, palette::ToU32(fill), 4.0f);
  draw->AddRect(p, q, palette::ToU32(outline), 4.0f);
  draw->AddText(ImVec2(p.x + (size.x - text_size.x) * 0.5f, p.y + pad.y), palette::ToU32(ink),
                text);
  ImGui::Dummy(size);
}

void DrawBuffer(const ChannelRow& c) {
  if (c.capacity == 0) {
    ImGui::TextColored(palette::ToVec4(palette::kTextDim), "unbuffered: values pass hand to hand");
    return;
  }
  for (std::uint32_t i = 0; i < c.capacity; ++i) {
    if (i > 0) ImGui::SameLine(0, 4.0f);
    if (i < c.buffered.size()) {
      char value[24];
      std::snprintf(value, sizeof value, "%lld", static_cast<long long>(c.buffered[i]));
      Box(value, palette::WithAlpha(palette::kValue, 0x40), palette::kValue, palette::kText,
          kSlotWidth);
    } else {
      Box(" ", palette::kPanel, palette::kBorder, palette::kTextFaint, kSlotWidth);
    }
  }
}

void DrawQueue(const char* label, const std::vector<std::int64_t>& goroutines) {
  ImGui::TextColored(palette::ToVec4(palette::kTextDim), "%s", label);
  if (goroutines.empty()) {
    ImGui::SameLine();
    ImGui::TextColored(palette::ToVec4(palette::kTextFaint), "none");
    return;
  }
  for (std::int64_t id : goroutines) {
    ImGui::SameLine(0, kChipGap);
    char label[24];
    std::snprintf(label, sizeof label, "G%lld", static_cast<long long>(id));
    Box(label, palette::WithAlpha(palette::kStateWaiting, 0x38), palette::kStateWaiting,
        palette::kText, 0.0f);
  }
}

void DrawChannel(const ChannelRow& c, const Fonts& fonts) {
  ImGui::PushFont(fonts.mono);
  ImGui::TextColored(palette::ToVec4(palette::kChannel), "%s", c.name.c_str());
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::TextColored(palette::ToVec4(palette::kTextDim), "chan int  len %zu / cap %u%s",
                     c.buffered.size(), c.capacity, c.closed ? "  closed" : "");
  DrawBuffer(c);
  DrawQueue("receivers waiting:", c.receivers);
  DrawQueue("senders waiting:  ", c.senders);
}

}  // namespace

void DrawChannels(const std::vector<ChannelRow>& channels, const Fonts& fonts) {
  if (channels.empty()) {
    ImGui::TextColored(palette::ToVec4(palette::kTextFaint), "no channels yet");
    return;
  }
  for (const ChannelRow& c : channels) {
    ImGui::PushID(static_cast<int>(c.id));
    DrawChannel(c, fonts);
    ImGui::PopID();
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
  }
}

}  // namespace chanscope
