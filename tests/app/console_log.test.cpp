// console_log.test.cpp — console lines by stream, the last-N limit, and file:line links.
#include <doctest/doctest.h>

#include "console_log.h"

using namespace chanscope;

TEST_SUITE("console_log") {
  TEST_CASE("text is split into lines; an open line continues with more of its stream") {
    ConsoleLog log;
    log.Append(ConsoleStream::kStdout, "hel");
    log.Append(ConsoleStream::kStdout, "lo\nworld\n");
    log.Append(ConsoleStream::kStderr, "panic: boom\n");
    REQUIRE(log.lines().size() == 3);
    CHECK(log.lines()[0].text == "hello");
    CHECK(log.lines()[1].text == "world");
    CHECK(log.lines()[2].stream == ConsoleStream::kStderr);
  }

  TEST_CASE("another stream starts a new line") {
    ConsoleLog log;
    log.Append(ConsoleStream::kStdout, "out");
    log.Append(ConsoleStream::kStderr, "err\n");
    REQUIRE(log.lines().size() == 2);
    CHECK(log.lines()[0].text == "out");
    CHECK(log.lines()[1].text == "err");
  }

  TEST_CASE("only the last N lines are kept, and the dropped ones are counted") {
    ConsoleLog log(3);
    for (int i = 0; i < 10; ++i) log.Append(ConsoleStream::kStdout, std::to_string(i) + "\n");
    REQUIRE(log.lines().size() == 3);
    CHECK(log.lines().front().text == "7");
    CHECK(log.dropped() == 7);
    log.Clear();
    CHECK(log.lines().empty());
    CHECK(log.dropped() == 0);
  }

  TEST_CASE("file:line and file:line:col references are found") {
    const auto links = FindSourceLinks("\t/home/me/prog.go:12 +0x1d and main.go:3:7: undefined: x");
    REQUIRE(links.size() == 2);
    CHECK(links[0].file == "/home/me/prog.go");
    CHECK(links[0].line == 12);
    CHECK(links[0].begin == 1);
    CHECK(links[0].end == 20);
    CHECK(links[1].file == "main.go");
    CHECK(links[1].line == 3);
    CHECK(links[1].end - links[1].begin == std::string_view("main.go:3:7").size());
    CHECK(FindSourceLinks("no link: .go:12 or x.go:").empty());
  }

  TEST_CASE("links are found when the line is finished") {
    ConsoleLog log;
    log.Append(ConsoleStream::kStderr, "goroutine 1 [chan receive]:\nmain.main()\n\tmain.go:9 +0x1\n");
    REQUIRE(log.lines().size() == 3);
    REQUIRE(log.lines()[2].links.size() == 1);
    CHECK(log.lines()[2].links[0].line == 9);
  }
}
