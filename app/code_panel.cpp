// CodePanel: a read-only view drawn line by line (colours, gutter, markers), and an Edit mode
// on ImGui's multi-line text input, which already does selection, undo and the clipboard.
#include "code_panel.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <map>

#include "palette.h"

namespace chanscope {
namespace {

constexpr float kFlashSeconds = 1.2f;

palette::Colour KindColour(CodeKind kind) {
  switch (kind) {
    case CodeKind::kKeyword: return palette::kChannel;
    case CodeKind::kType: return palette::kValue;
    case CodeKind::kBuiltin: return palette::kAccentHover;
    case CodeKind::kString: return palette::kStateRunnable;
    case CodeKind::kNumber: return palette::kStateRunnable;
    case CodeKind::kComment: return palette::kTextFaint;
    case CodeKind::kOperator: return palette::kTextDim;
    case CodeKind::kPlain: return palette::kText;
  }
  return palette::kText;
}

// A live goroutine's marker colour. TODO(h-guistage): the palette's per-goroutine colours.
palette::Colour MarkerColour(const GoroutineAt& g) { return palette::GoroutineColour(g.colour); }

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  for (std::size_t start = 0;;) {
    const std::size_t end = text.find('\n', start);
    lines.push_back(text.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) return lines;
    start = end + 1;
  }
}

// Byte offset of the start of line `line` (1-based) in `lines`, joined by newlines.
int LineStart(const std::vector<std::string_view>& lines, int line) {
  int offset = 0;
  for (int i = 0; i + 1 < line && i < static_cast<int>(lines.size()); ++i)
    offset += static_cast<int>(lines[i].size()) + 1;
  return offset;
}

// Puts the cursor where StartEditing asked, on the first frame the editor has the keyboard.
int PlaceCursor(ImGuiInputTextCallbackData* data) {
  int& pending = *static_cast<int*>(data->UserData);
  if (pending < 0) return 0;
  data->CursorPos = data->SelectionStart = data->SelectionEnd = std::min(pending, data->BufTextLen);
  pending = -1;
  return 0;
}

}  // namespace

void CodePanel::SetEditing(bool editing) {
  if (editing && !editing_) StartEditing(0);
  if (!editing) pending_cursor_ = -1;
  editing_ = editing;
}

void CodePanel::EditAt(std::string_view text, int line, int col) {
  StartEditing(LineStart(SplitLines(text), line) + std::max(0, col - 1));
}

void CodePanel::StartEditing(int cursor) {
  editing_ = true;
  pending_cursor_ = cursor;
  focus_requested_ = false;
}

void CodePanel::ShowLine(int line) {
  scroll_to_line_ = line;
  flash_line_ = line;
  flash_left_ = kFlashSeconds;
  editing_ = false;
}

CodePanel::Result CodePanel::Draw(std::string& text, RunController& run, const Fonts& fonts,
                                  const UiText& ui) {
  DrawToolbar(run, ui);
  if (editing_) return DrawEditor(text, fonts);
  DrawView(text, run, fonts);
  return {};
}

void CodePanel::DrawToolbar(RunController& run, const UiText& ui) {
  if (ImGui::Button(editing_ ? ui.done_editing : ui.edit)) SetEditing(!editing_);
  ImGui::SameLine();
  // The last build's first error stays in sight while it is being fixed.
  if (!run.compiled()) {
    const lang::Diagnostic& first = run.diagnostics().front();
    ImGui::TextColored(palette::ToVec4(palette::kError), "%d:%d: %s", first.line, first.col,
                       first.message.c_str());
  } else if (editing_) {
    ImGui::TextColored(palette::ToVec4(palette::kTextDim), "%s", ui.editing_hint);
  } else {
    ImGui::TextColored(palette::ToVec4(palette::kTextFaint), "%s", run.file_name().c_str());
  }
}

CodePanel::Result CodePanel::DrawEditor(std::string& text, const Fonts& fonts) {
  ImGui::PushFont(fonts.mono);
  const std::string before = text;
  // Typing can start at once: the editor asks for the keyboard when Edit mode begins.
  if (pending_cursor_ >= 0 && !focus_requested_) {
    ImGui::SetKeyboardFocusHere();
    focus_requested_ = true;
  }
  const ImGuiInputTextFlags place = pending_cursor_ >= 0 ? ImGuiInputTextFlags_CallbackAlways : 0;
  ImGui::InputTextMultiline("##code", &text, ImGui::GetContentRegionAvail(),
                            ImGuiInputTextFlags_AllowTabInput | place, PlaceCursor, &pending_cursor_);
  ImGui::PopFont();
  return Result{text != before};
}

void CodePanel::DrawView(const std::string& text, RunController& run, const Fonts& fonts) {
  if (text != highlighted_text_ || highlight_.empty()) {
    highlighted_text_ = text;
    highlight_ = HighlightGo(text);
  }
  const std::vector<std::string_view> lines = SplitLines(text);
  ImGui::BeginChild("code_view", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
  ImGui::PushFont(fonts.mono);
  const float line_h = ImGui::GetFontSize() + 4.0f;
  const float char_w = ImGui::CalcTextSize("0").x;
  // The gutter: a breakpoint dot, the line number, then a bar per goroutine on that line.
  constexpr int kMaxBars = 4;  // more goroutines on a line still show as chips after the text
  const float bar_step = std::max(3.0f, line_h * 0.22f);
  const float gutter_w = line_h + char_w * 4 + 8.0f + bar_step * kMaxBars;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float bars_x = origin.x + line_h + char_w * 4 + 4.0f;
  ImDrawList* draw = ImGui::GetWindowDrawList();

  const bool jumped = scroll_to_line_ > 0;
  if (jumped) {
    ImGui::SetScrollY(std::max(0.0f, (scroll_to_line_ - 1) * line_h - ImGui::GetWindowHeight() / 3));
    scroll_to_line_ = 0;
  }
  flash_left_ = std::max(0.0f, flash_left_ - ImGui::GetIO().DeltaTime);

  // Facts per line: goroutines there, errors there.
  std::map<int, std::vector<GoroutineAt>> goroutines_at;
  for (const GoroutineAt& g : run.GoroutineLines()) goroutines_at[g.line].push_back(g);
  std::map<int, std::string> errors_at;
  for (const lang::Diagnostic& d : run.diagnostics())
    if (!errors_at.contains(d.line)) errors_at[d.line] = d.message;
  const int event_line = run.CurrentLine();
  // The line of the newest event stays in view as the program moves (unless a link asked for
  // another line this frame).
  if (event_line != followed_line_ && event_line > 0 && !jumped) {
    followed_line_ = event_line;
    const float top = (event_line - 1) * line_h;
    if (top < ImGui::GetScrollY() || top + line_h > ImGui::GetScrollY() + ImGui::GetWindowHeight() - line_h)
      ImGui::SetScrollY(std::max(0.0f, top - ImGui::GetWindowHeight() / 3));
  }

  const float scroll = ImGui::GetScrollY();
  const int first = std::max(0, static_cast<int>(scroll / line_h) - 1);
  const int last = std::min<int>(lines.size(), first + ImGui::GetWindowHeight() / line_h + 3);
  const float full_w = std::max(ImGui::GetWindowWidth(), ImGui::GetContentRegionAvail().x);
  for (int i = first; i < last; ++i) {
    const int number = i + 1;
    const float y = origin.y + i * line_h;
    const ImVec2 row_min(origin.x, y), row_max(origin.x + full_w + ImGui::GetScrollX(), y + line_h);
    if (errors_at.contains(number))
      draw->AddRectFilled(row_min, row_max, palette::ToU32(palette::WithAlpha(palette::kError, 0x38)));
    else if (number == event_line)
      draw->AddRectFilled(row_min, row_max, palette::ToU32(palette::WithAlpha(palette::kAccent, 0x30)));
    if (number == flash_line_ && flash_left_ > 0)
      draw->AddRectFilled(row_min, row_max,
                          palette::ToU32(palette::WithAlpha(palette::kAccentHover,
                                                            static_cast<std::uint8_t>(0x70 * flash_left_ / kFlashSeconds))));
    // Gutter: breakpoint, line number.
    const ImVec2 dot(origin.x + line_h * 0.5f, y + line_h * 0.5f);
    if (run.breakpoints().contains(number))
      draw->AddCircleFilled(dot, line_h * 0.3f, palette::ToU32(palette::kError));
    char label[16];
    std::snprintf(label, sizeof label, "%4d", number);
    draw->AddText(ImVec2(origin.x + line_h, y + 2), palette::ToU32(palette::kTextFaint), label);
    // Goroutine markers: a bar in the gutter's edge per goroutine, and their ids after the text.
    const float text_x = origin.x + gutter_w;
    const auto here = goroutines_at.find(number);
    if (here != goroutines_at.end()) {
      float bar_x = bars_x;
      for (std::size_t k = 0; k < here->second.size() && k < kMaxBars; ++k) {
        draw->AddRectFilled(ImVec2(bar_x, y + 2), ImVec2(bar_x + bar_step - 1, y + line_h - 2),
                            palette::ToU32(MarkerColour(here->second[k])), 1.5f);
        bar_x += bar_step;
      }
    }
    static const std::vector<CodeRun> kNoRuns;
    DrawLine(lines[i], i < static_cast<int>(highlight_.size()) ? highlight_[i] : kNoRuns,
             ImVec2(text_x, y + 2));
    float after_x = text_x + ImGui::CalcTextSize(lines[i].data(), lines[i].data() + lines[i].size()).x +
                    char_w * 2;
    if (here != goroutines_at.end()) {
      // As many ids as fit in view, then how many more: a thousand goroutines on one line
      // would otherwise draw a thousand badges nobody can scroll to.
      const float view_right = ImGui::GetWindowPos().x + ImGui::GetWindowWidth();
      const std::vector<GoroutineAt>& at_line = here->second;
      for (std::size_t k = 0; k < at_line.size(); ++k) {
        const GoroutineAt& g = at_line[k];
        char id[24];
        std::snprintf(id, sizeof id, "G%lld", static_cast<long long>(g.id));
        const ImVec2 size = ImGui::CalcTextSize(id);
        if (after_x + size.x + char_w * 6 > view_right && k + 1 < at_line.size()) {
          std::snprintf(id, sizeof id, "+%zu", at_line.size() - k);
          draw->AddText(ImVec2(after_x, y + 2), palette::ToU32(palette::kTextDim), id);
          break;
        }
        draw->AddRectFilled(ImVec2(after_x - 3, y + 1), ImVec2(after_x + size.x + 3, y + line_h - 1),
                            palette::ToU32(palette::WithAlpha(MarkerColour(g), 0x40)), 3.0f);
        draw->AddText(ImVec2(after_x, y + 2), palette::ToU32(MarkerColour(g)), id);
        after_x += size.x + char_w * 1.5f;
      }
    }
    if (const auto error = errors_at.find(number); error != errors_at.end())
      draw->AddText(ImVec2(after_x, y + 2), palette::ToU32(palette::kError),
                    ("\xE2\x86\x90 " + error->second).c_str());  // ← message
  }
  // Reserve the whole text's size, so the scroll bars know it.
  std::size_t longest = 0;
  for (std::string_view line : lines) longest = std::max(longest, line.size());
  ImGui::Dummy(ImVec2(gutter_w + char_w * (longest + 40), line_h * lines.size() + line_h));

  // Clicks: the gutter toggles a breakpoint; a double click on the text starts editing.
  if (ImGui::IsWindowHovered()) {
    const ImVec2 mouse = ImGui::GetMousePos();
    const int line = static_cast<int>((mouse.y - origin.y) / line_h) + 1;
    if (line >= 1 && line <= static_cast<int>(lines.size())) {
      if (mouse.x < origin.x + gutter_w) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (!run.breakpoints().contains(line))
          draw->AddCircle(ImVec2(origin.x + line_h * 0.5f, origin.y + (line - 0.5f) * line_h),
                          line_h * 0.3f, palette::ToU32(palette::kTextFaint));
        if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
          run.ToggleBreakpoint(line);
        }
      } else if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
        StartEditing(LineStart(lines, line));  // the cursor starts on the line clicked
      }
    }
  }
  ImGui::PopFont();
  ImGui::EndChild();
}

void CodePanel::DrawLine(std::string_view line, const std::vector<CodeRun>& runs, ImVec2 at) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  for (const CodeRun& run : runs) {
    if (run.end > static_cast<int>(line.size())) break;
    const char* begin = line.data() + run.begin;
    const char* end = line.data() + run.end;
    draw->AddText(at, palette::ToU32(KindColour(run.kind)), begin, end);
    at.x += ImGui::CalcTextSize(begin, end).x;
  }
}

}  // namespace chanscope
