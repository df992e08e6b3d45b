// ConsoleLog: lines kept in a bounded deque, so a program printing a million lines costs the
// same to draw as one printing a hundred.
#include "console_log.h"

#include <cctype>

namespace chanscope {

void ConsoleLog::Append(ConsoleStream stream, std::string_view text) {
  ++version_;
  while (!text.empty()) {
    if (!open_ || lines_.back().stream != stream) {
      if (open_) Close();
      lines_.push_back(ConsoleLine{{}, stream, {}});
      open_ = true;
    }
    const std::size_t newline = text.find('\n');
    lines_.back().text += text.substr(0, newline);
    if (newline == std::string_view::npos) return;
    Close();
    text.remove_prefix(newline + 1);
  }
}

void ConsoleLog::Close() {
  open_ = false;
  lines_.back().links = FindSourceLinks(lines_.back().text);
  while (lines_.size() > max_lines_) {
    lines_.pop_front();
    ++dropped_;
  }
}

void ConsoleLog::Clear() {
  lines_.clear();
  open_ = false;
  dropped_ = 0;
  ++version_;
}

std::vector<SourceLink> FindSourceLinks(std::string_view text) {
  std::vector<SourceLink> links;
  for (std::size_t at = text.find(".go:"); at != std::string_view::npos;
       at = text.find(".go:", at + 1)) {
    // The file name runs back to a space, tab or the start of the line.
    std::size_t begin = at;
    while (begin > 0 && text[begin - 1] != ' ' && text[begin - 1] != '\t' && text[begin - 1] != '(')
      --begin;
    std::size_t end = at + 4;
    int line = 0;
    while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end])))
      line = line * 10 + (text[end++] - '0');
    if (line == 0 || begin == at) continue;
    // An optional :COL belongs to the link too.
    if (end + 1 < text.size() && text[end] == ':' &&
        std::isdigit(static_cast<unsigned char>(text[end + 1]))) {
      ++end;
      while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))) ++end;
    }
    links.push_back(SourceLink{begin, end, std::string(text.substr(begin, at + 3 - begin)), line});
  }
  return links;
}

}  // namespace chanscope
