// LessonPanel: the text is parsed once per lesson and language, then drawn every frame.
#include "lesson_panel.h"

#include <imgui.h>

#include <algorithm>
#include <span>

#include "lesson_chart_view.h"
#include "markdown_view.h"
#include "palette.h"
#include "text_views.h"

namespace chanscope {
namespace {

// Index of `lesson` in the catalog's list order, for "3 / 12".
std::size_t IndexOf(const Catalog& catalog, const Lesson* lesson) {
  for (std::size_t i = 0; i < catalog.lessons.size(); ++i)
    if (&catalog.lessons[i] == lesson) return i;
  return 0;
}

// The popup list: sections in order, their lessons below, finished ones ticked.
const Lesson* DrawLessonList(const Catalog& catalog, const Lesson* current,
                             const std::set<std::string>& completed, std::string_view language) {
  const Lesson* picked = nullptr;
  for (const Section& section : catalog.sections) {
    ImGui::TextColored(palette::ToVec4(palette::kTextDim), "%s", section.title.In(language).c_str());
    for (std::size_t index : section.lessons) {
      const Lesson& lesson = catalog.lessons[index];
      const bool done = completed.contains(lesson.id);
      const std::string label = std::string(done ? "\xE2\x97\x8F " : "\xE2\x97\x8B ") +  // ● ○
                                lesson.title.In(language) + "##" + lesson.id;
      ImGui::PushStyleColor(ImGuiCol_Text,
                            palette::ToVec4(done ? palette::kStateRunning : palette::kText));
      if (ImGui::Selectable(label.c_str(), &lesson == current)) picked = &lesson;
      ImGui::PopStyleColor();
    }
    ImGui::Spacing();
  }
  return picked;
}

}  // namespace

void LessonPanel::Load(const Lesson& lesson, std::string_view language) {
  if (loaded_id_ != lesson.id) choice_ = -1;
  loaded_id_ = lesson.id;
  loaded_language_ = language;
  blocks_ = ParseMarkdown(LoadLessonText(lesson, language));
}

LessonPanel::Result LessonPanel::Draw(const Catalog& catalog, const Lesson* lesson,
                                      const std::set<std::string>& completed, bool answered,
                                      std::string_view output, std::string_view language,
                                      const Fonts& fonts, const UiText& ui) {
  Result result = DrawHeader(catalog, lesson, completed, language, fonts, ui);
  if (!lesson) return result;
  if (lesson->id != loaded_id_ || language != loaded_language_) Load(*lesson, language);

  ImGui::BeginChild("lesson_text", ImVec2(0, 0), false);
  // The first paragraph introduces; the question comes right after it, before the details.
  const std::span<const Block> all(blocks_);
  const std::size_t intro = std::min<std::size_t>(1, all.size());
  DrawMarkdown(all.first(intro), fonts);
  if (lesson->predict) DrawPrediction(*lesson->predict, answered, language, fonts, ui);
  if (lesson->chart) {
    // The bars change only when the output does: match its lines then (a regular expression
    // per line), not every frame (a comparison of bytes).
    if (lesson->id != chart_lesson_ || output != chart_output_) {
      chart_bars_ = ChartBars(*lesson->chart, output);
      chart_lesson_ = lesson->id;
      chart_output_ = output;
    }
    DrawLessonChart(*lesson->chart, chart_bars_, language, ui);
  }
  DrawMarkdown(all.subspan(intro), fonts);
  ImGui::Spacing();
  if (const Lesson* next = catalog.Next(lesson->id)) {
    const std::string label = std::string(ui.next_lesson) + ": " + next->title.In(language);
    if (ImGui::Button(label.c_str())) result.open = next;
  }
  ImGui::EndChild();
  return result;
}

LessonPanel::Result LessonPanel::DrawHeader(const Catalog& catalog, const Lesson* lesson,
                                            const std::set<std::string>& completed,
                                            std::string_view language, const Fonts& fonts,
                                            const UiText& ui) {
  Result result;
  if (ImGui::Button(ui.lesson_list)) ImGui::OpenPopup("lesson_list");
  if (ImGui::BeginPopup("lesson_list")) {
    if (const Lesson* picked = DrawLessonList(catalog, lesson, completed, language)) {
      result.open = picked;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
  if (!lesson) return result;
  const std::size_t index = IndexOf(catalog, lesson);
  ImGui::SameLine();
  ImGui::BeginDisabled(index == 0);
  if (ImGui::ArrowButton("previous", ImGuiDir_Left)) result.open = &catalog.lessons[index - 1];
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(index + 1 >= catalog.lessons.size());
  if (ImGui::ArrowButton("next", ImGuiDir_Right)) result.open = &catalog.lessons[index + 1];
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::TextColored(palette::ToVec4(palette::kTextDim), "%zu / %zu", index + 1,
                     catalog.lessons.size());
  if (completed.contains(lesson->id)) {
    // "● Completed", or the dot alone (the word on hover) where the panel is narrow.
    ImGui::SameLine();
    const std::string dot = "\xE2\x97\x8F";
    TextOrShorter(palette::kStateRunning, dot + " " + ui.completed, dot, ui.completed);
  }
  ImGui::PushFont(fonts.heading);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextColored(palette::ToVec4(palette::kText), "%s", lesson->title.In(language).c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  ImGui::Separator();
  return result;
}

void LessonPanel::DrawPrediction(const Prediction& predict, bool answered,
                                 std::string_view language, const Fonts& fonts, const UiText& ui) {
  // The box is drawn behind its contents once their size is known (draw list channels).
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->ChannelsSplit(2);
  draw->ChannelsSetCurrent(1);
  const float pad = ImGui::GetStyle().FramePadding.x * 1.5f;
  const ImVec2 top_left = ImGui::GetCursorScreenPos();
  ImGui::SetCursorScreenPos(ImVec2(top_left.x + pad, top_left.y + pad));
  ImGui::BeginGroup();
  ImGui::PushStyleColor(ImGuiCol_FrameBg, palette::ToVec4(palette::kPanelActive));
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - 2 * pad);
  ImGui::PushFont(fonts.bold);
  ImGui::TextColored(palette::ToVec4(palette::kAccentHover), "%s", ui.predict);
  ImGui::PopFont();
  ImGui::TextUnformatted(predict.question.In(language).c_str());
  for (int i = 0; i < static_cast<int>(predict.choices.size()); ++i) {
    const bool right = i == predict.answer;
    if (answered)
      ImGui::PushStyleColor(ImGuiCol_Text, palette::ToVec4(right ? palette::kStateRunning
                                                                 : palette::kTextDim));
    // The radio button without a label, then the choice's text wrapped beside it (ImGui
    // does not wrap labels); a click on either picks it.
    const std::string id = "##choice" + std::to_string(i);
    if (ImGui::RadioButton(id.c_str(), choice_ == i)) choice_ = i;
    ImGui::SameLine();
    ImGui::TextWrapped("%s", predict.choices[i].In(language).c_str());
    if (ImGui::IsItemClicked()) choice_ = i;
    if (answered) ImGui::PopStyleColor();
  }
  if (!answered) {
    ImGui::TextColored(palette::ToVec4(palette::kTextDim), "%s", ui.predict_hint);
  } else {
    ImGui::Spacing();
    ImGui::TextColored(palette::ToVec4(palette::kStateRunning), "%s: %s", ui.answer_is,
                       predict.choices[predict.answer].In(language).c_str());
    ImGui::TextUnformatted(predict.explain.In(language).c_str());
  }
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::EndGroup();
  const float right = top_left.x + ImGui::GetContentRegionAvail().x;
  const ImVec2 bottom_right(right, ImGui::GetItemRectMax().y + pad);
  draw->ChannelsSetCurrent(0);
  draw->AddRectFilled(top_left, bottom_right, palette::ToU32(palette::kPanelRaised), 6.0f);
  draw->AddRect(top_left, bottom_right, palette::ToU32(palette::WithAlpha(palette::kAccent, 0x90)), 6.0f);
  draw->ChannelsMerge();
  ImGui::SetCursorScreenPos(ImVec2(top_left.x, bottom_right.y));
  ImGui::Dummy(ImVec2(0, ImGui::GetStyle().ItemSpacing.y * 2));
}

}  // namespace chanscope
