// ui_text.test.cpp — the interface's words: patterns fill in their values, and each pattern takes
// the same values in English and Korean (a dropped {1} would lose a number on screen).
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "ui_text.h"

using namespace chanscope;

namespace {

// The {N} slots a pattern uses.
std::multiset<char> Slots(std::string_view pattern) {
  std::multiset<char> slots;
  for (std::size_t i = 0; i + 2 < pattern.size(); ++i)
    if (pattern[i] == '{' && pattern[i + 2] == '}') slots.insert(pattern[i + 1]);
  return slots;
}

// Every UiText field that is a {N} pattern.
constexpr const char* UiText::*kPatterns[] = {
    &UiText::running_on,     &UiText::sleep_left,      &UiText::receivers_waiting,
    &UiText::senders_waiting, &UiText::waiting,        &UiText::held_by,
    &UiText::readers,        &UiText::counter,         &UiText::cond_waiting,
    &UiText::timer_for,      &UiText::ticker_for,      &UiText::fires_in,
    &UiText::select_waiting, &UiText::select_case,     &UiText::select_random,
    &UiText::summary_head,   &UiText::summary_count,   &UiText::line_number,
    &UiText::created_by,     &UiText::choose_case,     &UiText::ready_case,
    &UiText::cannot_open,    &UiText::saved,           &UiText::not_saved,
    &UiText::replace_question, &UiText::line_stop,
};

}  // namespace

TEST_SUITE("ui_text") {
  TEST_CASE("Fill puts values where the pattern says, in the pattern's order") {
    CHECK(Fill("held by G{0}", {"3"}) == "held by G3");
    CHECK(Fill("{1} {0}", {"2", "blocked"}) == "blocked 2");
    CHECK(Fill("{0}/{0}", {"x"}) == "x/x");
    // Braces that are not a slot for a given value stay as written.
    CHECK(Fill("{2} {x} {", {"a"}) == "{2} {x} {");
    CHECK(Fill("no slots", {}) == "no slots");
  }

  TEST_CASE("English and Korean patterns take the same values") {
    const UiText& en = Text("en");
    const UiText& ko = Text("ko");
    for (const char* UiText::*field : kPatterns) {
      CAPTURE(en.*field);
      CHECK_FALSE(Slots(en.*field).empty());
      CHECK(Slots(en.*field) == Slots(ko.*field));
    }
  }

  TEST_CASE("state names are translated; Go's own words are not") {
    const UiText& en = Text("en");
    const UiText& ko = Text("ko");
    CHECK(std::string(en.State(GoState::kBlocked)) == "blocked");
    for (int s = 0; s < 5; ++s) {
      CHECK(std::string(ko.states[s]) != en.states[s]);
      CHECK(std::string(ko.states[s]).size() > 0);
    }
    CHECK(std::string(ko.select_default) == "select: default");
    CHECK(Fill(ko.select_case, {"2"}) == "select: case 2");
    CHECK(std::string(ko.policy_names[0]) == "go");
    // Anything but "ko" is English: the setting of an older version, or none.
    CHECK(&Text("fr") == &en);
  }
}
