// The console's text: the program's stdout and stderr and the run's outcome, as the last N
// lines, with the `file.go:line` references found in them. No ImGui here.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace chanscope {

enum class ConsoleStream : std::uint8_t {
  kStdout,
  kStderr,
  kNote,     // the app's own lines: "exit status 0", "program restarted"
  kProblem,  // a bad outcome's headline: panic, deadlock, compile error
};

// A `file.go:line` (optionally `:col`) inside a console line; clicking it shows that line.
struct SourceLink {
  std::size_t begin = 0;  // byte range in the line's text
  std::size_t end = 0;
  std::string file;
  int line = 0;
  friend bool operator==(const SourceLink&, const SourceLink&) = default;
};

struct ConsoleLine {
  std::string text;
  ConsoleStream stream = ConsoleStream::kStdout;
  std::vector<SourceLink> links;
};

class ConsoleLog {
 public:
  static constexpr std::size_t kDefaultMaxLines = 5000;
  explicit ConsoleLog(std::size_t max_lines = kDefaultMaxLines) : max_lines_(max_lines) {}

  // Appends text; a line without its '\n' yet stays open for more text of the same stream.
  void Append(ConsoleStream stream, std::string_view text);
  void Clear();

  const std::deque<ConsoleLine>& lines() const { return lines_; }
  // Lines dropped from the front to keep at most max_lines.
  std::uint64_t dropped() const { return dropped_; }
  // Grows on every change, so views know when to follow the end.
  std::uint64_t version() const { return version_; }

 private:
  void Close();  // finishes the open line: finds its links and drops old lines
  std::size_t max_lines_;
  std::deque<ConsoleLine> lines_;
  bool open_ = false;  // the last line has no '\n' yet
  std::uint64_t dropped_ = 0;
  std::uint64_t version_ = 0;
};

// Every `NAME.go:LINE` or `NAME.go:LINE:COL` in `text`.
std::vector<SourceLink> FindSourceLinks(std::string_view text);

}  // namespace chanscope
