// Lesson folders to a Catalog with nlohmann::json; a broken lesson is reported, never fatal.
#include "lesson_catalog.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace chanscope {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

LocalText ReadLocal(const json& j) {
  LocalText text;
  if (j.is_string()) {
    text.en = j.get<std::string>();
    return text;
  }
  text.en = j.value("en", "");
  text.ko = j.value("ko", "");
  return text;
}

Prediction ReadPrediction(const json& j) {
  Prediction p;
  p.question = ReadLocal(j.at("question"));
  for (const json& choice : j.at("choices")) p.choices.push_back(ReadLocal(choice));
  p.answer = j.at("answer").get<int>();
  if (j.contains("explain")) p.explain = ReadLocal(j.at("explain"));
  if (p.choices.size() < 2 || p.answer < 0 || p.answer >= static_cast<int>(p.choices.size()))
    throw std::runtime_error("predict: answer must index 2 to 4 choices");
  return p;
}

Lesson ReadLesson(const fs::path& dir, bool user) {
  const json j = json::parse(ReadTextFile(dir / "lesson.json"));
  Lesson lesson;
  lesson.dir = dir;
  lesson.user = user;
  lesson.id = j.value("id", dir.filename().string());
  lesson.section = j.value("section", "");
  lesson.title = ReadLocal(j.at("title"));
  if (j.contains("predict")) lesson.predict = ReadPrediction(j.at("predict"));
  if (j.contains("chart")) {
    const json& c = j.at("chart");
    lesson.chart = ChartSpec{ReadLocal(c.at("title")), c.at("pattern").get<std::string>(),
                             c.contains("unit") ? ReadLocal(c.at("unit")) : LocalText{}};
  }
  if (j.contains("run")) {
    lesson.seed = j.at("run").value("seed", std::uint64_t{1});
    lesson.procs = j.at("run").value("procs", 1);
  }
  if (!fs::exists(lesson.ProgramFile())) throw std::runtime_error("no main.go");
  return lesson;
}

// Lesson folders of `root` in folder-name order (the NN- prefix orders them).
std::vector<fs::path> LessonDirs(const fs::path& root) {
  std::vector<fs::path> dirs;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(root, error))
    if (entry.is_directory() && fs::exists(entry.path() / "lesson.json"))
      dirs.push_back(entry.path());
  std::sort(dirs.begin(), dirs.end());
  return dirs;
}

void ReadLessons(Catalog& catalog, const fs::path& root, bool user) {
  for (const fs::path& dir : LessonDirs(root)) {
    try {
      catalog.lessons.push_back(ReadLesson(dir, user));
      if (user) catalog.lessons.back().section = std::string(kUserSectionId);
    } catch (const std::exception& e) {
      catalog.problems.push_back((dir / "lesson.json").string() + ": " + e.what());
    }
  }
}

std::vector<Section> ReadSections(const fs::path& file, std::vector<std::string>& problems) {
  std::vector<Section> sections;
  try {
    for (const json& j : json::parse(ReadTextFile(file)))
      sections.push_back(Section{j.at("id").get<std::string>(), ReadLocal(j.at("title")), {}});
  } catch (const std::exception& e) {
    problems.push_back(file.string() + ": " + e.what());
  }
  return sections;
}

// Puts every lesson in its section; lessons naming an unknown section go to the end, in an
// "Other lessons" section, so none is lost.
void Group(Catalog& catalog, std::vector<Section> sections) {
  sections.push_back(Section{"other", {"Other lessons", "기타 레슨"}, {}});
  sections.push_back(Section{std::string(kUserSectionId), {"Your lessons", "내 레슨"}, {}});
  for (std::size_t i = 0; i < catalog.lessons.size(); ++i) {
    auto it = std::find_if(sections.begin(), sections.end(),
                           [&](const Section& s) { return s.id == catalog.lessons[i].section; });
    if (it == sections.end()) it = sections.end() - 2;  // "other"
    it->lessons.push_back(i);
  }
  std::erase_if(sections, [](const Section& s) { return s.lessons.empty(); });
  // The list shows lessons section by section; keep `lessons` in that order too.
  std::vector<Lesson> ordered;
  for (Section& section : sections) {
    for (std::size_t& index : section.lessons) {
      ordered.push_back(std::move(catalog.lessons[index]));
      index = ordered.size() - 1;
    }
  }
  catalog.lessons = std::move(ordered);
  catalog.sections = std::move(sections);
}

}  // namespace

const Lesson* Catalog::Find(std::string_view id) const {
  for (const Lesson& lesson : lessons)
    if (lesson.id == id) return &lesson;
  return nullptr;
}

const Lesson* Catalog::Next(std::string_view id) const {
  for (std::size_t i = 0; i + 1 < lessons.size(); ++i)
    if (lessons[i].id == id) return &lessons[i + 1];
  return nullptr;
}

Catalog LoadCatalog(const fs::path& builtin_dir, const fs::path& user_dir) {
  Catalog catalog;
  std::vector<Section> sections;
  if (!builtin_dir.empty()) {
    sections = ReadSections(builtin_dir / "sections.json", catalog.problems);
    ReadLessons(catalog, builtin_dir, false);
  }
  if (!user_dir.empty()) ReadLessons(catalog, user_dir, true);
  Group(catalog, std::move(sections));
  return catalog;
}

std::string LoadLessonText(const Lesson& lesson, std::string_view language) {
  const std::string wanted = ReadTextFile(lesson.dir / ("lesson." + std::string(language) + ".md"));
  return wanted.empty() ? ReadTextFile(lesson.dir / "lesson.en.md") : wanted;
}

fs::path FindLessonsDir(const std::vector<fs::path>& candidates) {
  std::error_code error;
  for (const fs::path& dir : candidates)
    if (!dir.empty() && fs::exists(dir / "sections.json", error)) return dir;
  return {};
}

std::string ReadTextFile(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace chanscope
