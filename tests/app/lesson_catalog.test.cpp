// lesson_catalog.test.cpp — lesson folders to a catalog: sections in order, the predict
// question, run settings, user lessons last, broken folders reported and skipped.
#include <doctest/doctest.h>

#include "lesson_catalog.h"

using namespace chanscope;

namespace {

const std::filesystem::path kFixtures = CHANSCOPE_TEST_FIXTURES;

std::vector<std::string> Ids(const Catalog& catalog) {
  std::vector<std::string> ids;
  for (const Lesson& lesson : catalog.lessons) ids.push_back(lesson.id);
  return ids;
}

}  // namespace

TEST_SUITE("lesson_catalog") {
  TEST_CASE("lessons are grouped by section in sections.json order, user lessons last") {
    const Catalog catalog = LoadCatalog(kFixtures / "lessons", kFixtures / "user");
    CHECK(Ids(catalog) == std::vector<std::string>{"02-second", "01-first", "04-stray", "01-mine"});
    REQUIRE(catalog.sections.size() == 4);  // the empty section is not listed
    CHECK(catalog.sections[0].id == "intro");
    CHECK(catalog.sections[1].id == "channels");
    CHECK(catalog.sections[2].id == "other");  // 04-stray names an unknown section
    CHECK(catalog.sections[3].id == kUserSectionId);
    CHECK(catalog.sections[3].title.In("ko") == "내 레슨");
    CHECK(catalog.lessons[catalog.sections[1].lessons.at(0)].id == "01-first");
    CHECK(catalog.Find("01-mine")->user);
    CHECK_FALSE(catalog.Find("01-first")->user);
    CHECK(catalog.First()->id == "02-second");
    CHECK(catalog.Next("02-second")->id == "01-first");
    CHECK(catalog.Next("01-mine") == nullptr);
  }

  TEST_CASE("a broken lesson.json is reported with its path and skipped") {
    const Catalog catalog = LoadCatalog(kFixtures / "lessons", {});
    REQUIRE(catalog.problems.size() == 1);
    CHECK(catalog.problems[0].find("03-broken/lesson.json") != std::string::npos);
    CHECK(catalog.Find("03-broken") == nullptr);
  }

  TEST_CASE("titles, the predict question and run settings are read in both languages") {
    const Catalog catalog = LoadCatalog(kFixtures / "lessons", {});
    const Lesson* lesson = catalog.Find("01-first");
    REQUIRE(lesson != nullptr);
    CHECK(lesson->title.In("en") == "Hand a value over");
    CHECK(lesson->title.In("ko") == "값 넘겨주기");
    CHECK(lesson->seed == 7);
    CHECK(lesson->procs == 2);
    REQUIRE(lesson->predict.has_value());
    CHECK(lesson->predict->choices.size() == 2);
    CHECK(lesson->predict->answer == 1);
    CHECK(lesson->predict->explain.In("ko") == "main은 chan receive에서 기다린다.");
    CHECK(lesson->ProgramFile().filename() == "main.go");
    const Lesson* plain = catalog.Find("02-second");
    CHECK_FALSE(plain->predict.has_value());
    CHECK(plain->seed == 1);
    CHECK(plain->procs == 1);
  }

  TEST_CASE("lesson text in the chosen language, English when there is no translation") {
    const Catalog catalog = LoadCatalog(kFixtures / "lessons", {});
    CHECK(LoadLessonText(*catalog.Find("01-first"), "ko").starts_with("첫 문단."));
    CHECK(LoadLessonText(*catalog.Find("01-first"), "en").starts_with("A first paragraph"));
    CHECK(LoadLessonText(*catalog.Find("02-second"), "ko") == "English only.\n");
  }

  TEST_CASE("the lessons dir is the first candidate holding sections.json") {
    CHECK(FindLessonsDir({kFixtures / "nowhere", kFixtures / "lessons"}) == kFixtures / "lessons");
    CHECK(FindLessonsDir({kFixtures / "user"}).empty());
  }
}
