// The lesson panel: the lesson list grouped by section, the lesson's title and text, and the
// "predict, then watch" question, revealed once the program has run.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "fonts.h"
#include "lesson_catalog.h"
#include "lesson_chart.h"
#include "markdown.h"
#include "ui_text.h"

namespace chanscope {

class LessonPanel {
 public:
  // What the learner asked for in this frame.
  struct Result {
    const Lesson* open = nullptr;  // another lesson was picked
  };

  // Draws `lesson` (null: the list only). `answered` says whether the program has run to its end
  // since the lesson was opened, which reveals the prediction's answer; `output` (what the run
  // has printed so far) fills the lesson's chart, when it has one.
  Result Draw(const Catalog& catalog, const Lesson* lesson, const std::set<std::string>& completed,
              bool answered, std::string_view output, std::string_view language, const Fonts& fonts,
              const UiText& ui);

 private:
  void Load(const Lesson& lesson, std::string_view language);
  Result DrawHeader(const Catalog& catalog, const Lesson* lesson,
                    const std::set<std::string>& completed, std::string_view language,
                    const Fonts& fonts, const UiText& ui);
  void DrawPrediction(const Prediction& predict, bool answered, std::string_view language,
                      const Fonts& fonts, const UiText& ui);

  std::string loaded_id_;        // the lesson whose text is in blocks_
  std::string loaded_language_;  // ... and in which language
  std::vector<Block> blocks_;
  int choice_ = -1;  // the learner's prediction, -1 before choosing
  // The lesson chart's bars, for this lesson and this output.
  std::vector<ChartBar> chart_bars_;
  std::string chart_lesson_;
  std::string chart_output_;
};

}  // namespace chanscope
