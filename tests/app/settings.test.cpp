// settings.test.cpp — preferences, layout, completed lessons and edits survive a restart; the
// XDG directories are honoured.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>

#include "edit_store.h"
#include "lesson_catalog.h"
#include "settings.h"
#include "user_dirs.h"

using namespace chanscope;

namespace {

std::filesystem::path FreshDir(const char* name) {
  const auto dir = std::filesystem::temp_directory_path() / "chanscope_tests" / name;
  std::filesystem::remove_all(dir);
  return dir;
}

}  // namespace

TEST_SUITE("settings") {
  TEST_CASE("settings round-trip through the file") {
    const auto file = FreshDir("settings") / "nested" / "settings.ini";
    Settings settings;
    settings.panels.timeline = false;
    settings.layout.lesson_width = 0.3f;
    settings.language = "ko";
    settings.theme = "light";
    settings.ui_scale = 1.5f;
    settings.presentation = true;
    settings.last_lesson = "05-channel-unbuffered";
    REQUIRE(SaveSettings(file, settings));
    CHECK(LoadSettings(file) == settings);
  }

  TEST_CASE("a missing file gives defaults; bad values are clamped or ignored") {
    CHECK(LoadSettings(FreshDir("none") / "settings.ini") == Settings{});
    const auto file = FreshDir("bad") / "settings.ini";
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file) << "ui_scale = 99\nlanguage = fr\nlayout.code_width = x\nunknown = 1\n";
    const Settings settings = LoadSettings(file);
    CHECK(settings.ui_scale == kMaxUiScale);
    CHECK(settings.language == "en");
    CHECK(settings.layout.code_width == LayoutShares{}.code_width);
  }

  TEST_CASE("completed lessons round-trip") {
    const auto file = FreshDir("progress") / "completed.txt";
    REQUIRE(SaveCompleted(file, {"01-a", "02-b"}));
    CHECK(LoadCompleted(file) == std::set<std::string>{"01-a", "02-b"});
  }

  TEST_CASE("XDG_CONFIG_HOME and XDG_DATA_HOME are honoured; relative ones are ignored") {
    ::setenv("XDG_CONFIG_HOME", "/tmp/xdg-config", 1);
    ::setenv("XDG_DATA_HOME", "relative/data", 1);
    ::setenv("HOME", "/home/learner", 1);
    CHECK(ConfigDir() == "/tmp/xdg-config/chanscope");
    CHECK(DataDir() == "/home/learner/.local/share/chanscope");
    ::unsetenv("XDG_CONFIG_HOME");
    CHECK(ConfigDir() == "/home/learner/.config/chanscope");
  }

  TEST_CASE("edits are saved per key and a discarded edit is kept aside") {
    const EditStore store(FreshDir("edits"));
    const std::string key = EditStore::LessonKey("05-x");
    CHECK_FALSE(store.Load(key).has_value());
    REQUIRE(store.Save(key, "package main // edited\n"));
    CHECK(store.Load(key) == "package main // edited\n");
    REQUIRE(store.Discard(key));
    CHECK_FALSE(store.Load(key).has_value());
    CHECK(ReadTextFile(store.PathOf(key + ".reverted")) == "package main // edited\n");
    CHECK(EditStore::FileKey("/a/b.go") != EditStore::FileKey("/a/c.go"));
  }
}
