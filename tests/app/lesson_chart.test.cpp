// lesson_chart.test.cpp — a lesson's chart bars come from the output lines its pattern matches.
#include <doctest/doctest.h>

#include <filesystem>

#include "lesson_catalog.h"
#include "lesson_chart.h"

using namespace chanscope;

TEST_SUITE("lesson_chart") {
  TEST_CASE("matched lines become bars in output order; others are skipped") {
    ChartSpec chart{{"Time", ""}, "^([^:]+): [0-9]+ items delivered in ([0-9]+)ms$", {"ms", ""}};
    const auto bars = ChartBars(chart,
                                "one drone: 12 items delivered in 470ms\n"
                                "noise\n"
                                "four-drone pipeline: 12 items delivered in 140ms\n"
                                "the four-drone pipeline is 3.4 times as fast");
    REQUIRE(bars.size() == 2);
    CHECK(bars[0].label == "one drone");
    CHECK(bars[0].value == 470);
    CHECK(bars[1].label == "four-drone pipeline");
    CHECK(bars[1].value == 140);
  }

  TEST_CASE("an invalid pattern or an unfinished line gives no bars") {
    CHECK(ChartBars(ChartSpec{{}, "([", {}}, "a: 1\n").empty());
    ChartSpec chart{{}, "^(\\w+) (\\d+)$", {}};
    CHECK(ChartBars(chart, "").empty());
    CHECK(ChartBars(chart, "x 12").size() == 1);  // the last line needs no newline
  }

  TEST_CASE("the drone comparison lesson's chart matches its recorded output") {
    const std::filesystem::path lessons = CHANSCOPE_SOURCE_LESSONS_DIR;
    const Catalog catalog = LoadCatalog(lessons, {});
    const Lesson* lesson = catalog.Find("10-drone-comparison");
    REQUIRE(lesson);
    REQUIRE(lesson->chart);
    const auto bars = ChartBars(*lesson->chart, ReadTextFile(lesson->dir / "expected.out"));
    REQUIRE(bars.size() == 6);
    CHECK(bars.front().label == "one drone");
    CHECK(bars.front().value / bars.back().value > 3);  // the roughly fourfold speed-up
  }
}
