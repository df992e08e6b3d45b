// markdown.test.cpp — lesson markdown to blocks and styled spans.
#include <doctest/doctest.h>

#include "markdown.h"

using namespace chanscope;

TEST_SUITE("markdown") {
  TEST_CASE("headings, paragraphs and inline styles") {
    const auto blocks = ParseMarkdown("## What to watch\n\nThe *sender* **waits** for `<-ch`.\n");
    REQUIRE(blocks.size() == 2);
    CHECK(blocks[0].kind == BlockKind::kHeading);
    CHECK(blocks[0].level == 2);
    CHECK(blocks[0].spans == std::vector<Span>{{"What to watch"}});
    CHECK(blocks[1].kind == BlockKind::kParagraph);
    CHECK(blocks[1].spans == std::vector<Span>{{"The "},
                                               {"sender", true},
                                               {" "},
                                               {"waits", false, true},
                                               {" for "},
                                               {"<-ch", false, false, true},
                                               {"."}});
  }

  TEST_CASE("soft line breaks join with a space; links keep their text only") {
    const auto blocks = ParseMarkdown("one\ntwo [the spec](https://go.dev/ref/spec)\n");
    REQUIRE(blocks.size() == 1);
    REQUIRE(blocks[0].spans.size() == 2);
    CHECK(blocks[0].spans[0].text == "one two ");
    CHECK(blocks[0].spans[1].text == "the spec");
    CHECK(blocks[0].spans[1].link);
  }

  TEST_CASE("code blocks keep their text without the final newline") {
    const auto blocks = ParseMarkdown("```go\nch <- 1\nx := <-ch\n```\n");
    REQUIRE(blocks.size() == 1);
    CHECK(blocks[0].kind == BlockKind::kCodeBlock);
    CHECK(blocks[0].code == "ch <- 1\nx := <-ch");
  }

  TEST_CASE("bullet and numbered lists, nested, with their markers") {
    const auto blocks = ParseMarkdown("3. first\n4. second\n   - inner\n\n- dot\n");
    REQUIRE(blocks.size() == 4);
    CHECK(blocks[0].kind == BlockKind::kListItem);
    CHECK(blocks[0].bullet == "3.");
    CHECK(blocks[0].level == 1);
    CHECK(blocks[1].bullet == "4.");
    CHECK(blocks[2].bullet == "\xE2\x80\xA2");
    CHECK(blocks[2].level == 2);
    CHECK(blocks[2].spans[0].text == "inner");
    CHECK(blocks[3].level == 1);
  }

  TEST_CASE("Korean text passes through unchanged") {
    const auto blocks = ParseMarkdown("## 해 보기\n\n버퍼를 `2`로 바꿔 보세요.\n");
    REQUIRE(blocks.size() == 2);
    CHECK(blocks[0].spans[0].text == "해 보기");
    CHECK(blocks[1].spans[0].text == "버퍼를 ");
    CHECK(blocks[1].spans[1].code);
  }
}
