// text_fit.test.cpp — FitText shortens with "…" to a width, whatever measures it, and never
// splits a UTF-8 sequence (a Hangul syllable is three bytes).
#include <doctest/doctest.h>

#include "text_fit.h"

using namespace chanscope;

namespace {

float Bytes(std::string_view s) { return static_cast<float>(s.size()); }

}  // namespace

TEST_SUITE("text_fit") {
  TEST_CASE("text that fits is left alone") {
    CHECK(FitText("closed", 6, Bytes) == "closed");
    CHECK(FitText("", 0, Bytes) == "");
  }

  TEST_CASE("longer text keeps the longest start that fits with the ellipsis") {
    CHECK(FitText("hello world", 6, Bytes) == "hel…");  // "…" is three bytes
    CHECK(FitText("hello world", 2, Bytes) == "…");     // nothing fits: the ellipsis alone
  }

  TEST_CASE("a Hangul syllable is kept whole or left out") {
    CHECK(FitText("한국어", 7, Bytes) == "한…");
    CHECK(FitText("한국어", 8, Bytes) == "한…");
    CHECK(FitText("한국어", 9, Bytes) == "한국어");
  }
}
