// The lessons: folders in the format of lessons/README.md, built-in and the user's own, grouped
// by section in order. No ImGui here; the lesson panel draws what this loads.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chanscope {

// A text in English and Korean; Korean falls back to English when a lesson has none.
struct LocalText {
  std::string en;
  std::string ko;
  const std::string& In(std::string_view language) const {
    return language == "ko" && !ko.empty() ? ko : en;
  }
};

// "Predict, then watch": asked before the first run, answered by running.
struct Prediction {
  LocalText question;
  std::vector<LocalText> choices;  // 2 to 4
  int answer = 0;                  // index into choices
  LocalText explain;               // shown once the program has run
};

// lesson.json's optional "chart": a bar chart of the output lines `pattern` matches (first
// group the label, second the value), e.g. the drone designs' delivery times.
struct ChartSpec {
  LocalText title;
  std::string pattern;
  LocalText unit;
};

struct Lesson {
  std::string id;       // the folder name, e.g. "05-channel-unbuffered"
  std::string section;  // a section id
  LocalText title;
  std::optional<Prediction> predict;
  std::optional<ChartSpec> chart;
  std::uint64_t seed = 1;  // run settings the lesson is written for
  int procs = 1;
  std::filesystem::path dir;
  bool user = false;  // from the user's data dir rather than the app's lessons/

  std::filesystem::path ProgramFile() const { return dir / "main.go"; }
};

struct Section {
  std::string id;
  LocalText title;
  std::vector<std::size_t> lessons;  // indices into Catalog::lessons, in folder-name order
};

struct Catalog {
  std::vector<Section> sections;  // sections.json's order; only sections with lessons
  std::vector<Lesson> lessons;    // every lesson, in the order the list shows them
  std::vector<std::string> problems;  // one line per folder or file that could not be read

  const Lesson* Find(std::string_view id) const;
  const Lesson* First() const { return lessons.empty() ? nullptr : &lessons.front(); }
  // The lesson after `id` in list order, or null at the end.
  const Lesson* Next(std::string_view id) const;
};

// The section id user lessons are listed under, after every built-in section.
inline constexpr std::string_view kUserSectionId = "user";

// Reads `builtin_dir` (with its sections.json) and then `user_dir` (may be missing).
Catalog LoadCatalog(const std::filesystem::path& builtin_dir, const std::filesystem::path& user_dir);

// The lesson text in `language` ("en", "ko"), falling back to English; "" when neither exists.
std::string LoadLessonText(const Lesson& lesson, std::string_view language);

// The first directory of `candidates` that holds a sections.json, or "" when none does.
std::filesystem::path FindLessonsDir(const std::vector<std::filesystem::path>& candidates);

// Reads a whole file; "" when it cannot be read.
std::string ReadTextFile(const std::filesystem::path& file);

}  // namespace chanscope
