// go_highlight.test.cpp — Go source to coloured runs, line by line.
#include <doctest/doctest.h>

#include "go_highlight.h"

using namespace chanscope;

namespace {

// The kind of the run covering byte `column` of `line`.
CodeKind KindAt(const std::vector<std::vector<CodeRun>>& lines, int line, int column) {
  for (const CodeRun& run : lines.at(line))
    if (run.begin <= column && column < run.end) return run.kind;
  FAIL("no run covers the column");
  return CodeKind::kPlain;
}

}  // namespace

TEST_SUITE("go_highlight") {
  TEST_CASE("keywords, types, builtins, strings, numbers and comments") {
    const auto lines = HighlightGo("go func() { ch <- len(\"hi\") + 42 } // done\nvar x int");
    REQUIRE(lines.size() == 2);
    CHECK(KindAt(lines, 0, 0) == CodeKind::kKeyword);   // go
    CHECK(KindAt(lines, 0, 3) == CodeKind::kKeyword);   // func
    CHECK(KindAt(lines, 0, 12) == CodeKind::kPlain);    // ch
    CHECK(KindAt(lines, 0, 15) == CodeKind::kOperator); // <-
    CHECK(KindAt(lines, 0, 18) == CodeKind::kBuiltin);  // len
    CHECK(KindAt(lines, 0, 22) == CodeKind::kString);   // "hi"
    CHECK(KindAt(lines, 0, 30) == CodeKind::kNumber);   // 42
    CHECK(KindAt(lines, 0, 36) == CodeKind::kComment);  // // done
    CHECK(KindAt(lines, 1, 6) == CodeKind::kType);      // int
  }

  TEST_CASE("runs cover each line without gaps or overlaps") {
    const std::string_view source = "func main() {\n\tx := 'a' // c\n}\n";
    const auto lines = HighlightGo(source);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].back().end == 13);
    CHECK(lines[1].front().begin == 0);
    for (const auto& line : lines)
      for (std::size_t i = 1; i < line.size(); ++i) CHECK(line[i - 1].end == line[i].begin);
    CHECK(lines[3].empty());
  }

  TEST_CASE("block comments and raw strings span lines") {
    const auto lines = HighlightGo("/* a\nb */ x := `c\nd` + 1");
    REQUIRE(lines.size() == 3);
    CHECK(KindAt(lines, 0, 0) == CodeKind::kComment);
    CHECK(KindAt(lines, 1, 0) == CodeKind::kComment);
    CHECK(KindAt(lines, 1, 5) == CodeKind::kPlain);
    CHECK(KindAt(lines, 1, 10) == CodeKind::kString);
    CHECK(KindAt(lines, 2, 0) == CodeKind::kString);
    CHECK(KindAt(lines, 2, 5) == CodeKind::kNumber);
  }

  TEST_CASE("an unterminated string stops at the end of its line") {
    const auto lines = HighlightGo("s := \"open\nx");
    REQUIRE(lines.size() == 2);
    CHECK(KindAt(lines, 1, 0) == CodeKind::kPlain);
  }
}
