// A small scanner for colouring only: it never fails, whatever half-typed text the editor holds.
#include "go_highlight.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace chanscope {
namespace {

constexpr std::array<std::string_view, 25> kKeywords = {
    "break",  "case",   "chan",      "const", "continue", "default", "defer",
    "else",   "fallthrough", "for",  "func",  "go",       "goto",    "if",
    "import", "interface",   "map",  "package", "range",  "return",  "select",
    "struct", "switch", "type",      "var"};

constexpr std::array<std::string_view, 22> kTypes = {
    "bool",  "byte",   "complex64", "complex128", "error",  "float32", "float64", "int",
    "int8",  "int16",  "int32",     "int64",      "rune",   "string",  "uint",    "uint8",
    "uint16", "uint32", "uint64",   "uintptr",    "any",    "comparable"};

constexpr std::array<std::string_view, 22> kBuiltins = {
    "append", "cap",   "clear", "close",   "complex", "copy",    "delete", "imag",
    "len",    "make",  "max",   "min",     "new",     "panic",   "print",  "println",
    "real",   "recover", "true", "false",  "nil",     "iota"};

template <std::size_t N>
bool Contains(const std::array<std::string_view, N>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

CodeKind WordKind(std::string_view word) {
  if (Contains(kKeywords, word)) return CodeKind::kKeyword;
  if (Contains(kTypes, word)) return CodeKind::kType;
  if (Contains(kBuiltins, word)) return CodeKind::kBuiltin;
  return CodeKind::kPlain;
}

bool IsWordByte(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }

class Scanner {
 public:
  explicit Scanner(std::string_view src) : src_(src) { lines_.emplace_back(); }

  std::vector<std::vector<CodeRun>> Run() {
    while (pos_ < src_.size()) Token();
    return std::move(lines_);
  }

 private:
  void Token();
  // Emits src_[from, pos_) as `kind`, split at newlines into per-line runs.
  void Emit(std::size_t from, CodeKind kind);
  // Adds a run to the current line, merged with the previous one when they touch and match.
  void Append(CodeRun run) {
    std::vector<CodeRun>& line = lines_.back();
    if (!line.empty() && line.back().kind == run.kind && line.back().end == run.begin)
      line.back().end = run.end;
    else
      line.push_back(run);
  }
  void SkipUntil(std::string_view end, bool stop_at_newline);
  void Quoted(char quote);

  std::string_view src_;
  std::size_t pos_ = 0;
  std::size_t line_start_ = 0;
  std::vector<std::vector<CodeRun>> lines_;
};

void Scanner::Emit(std::size_t from, CodeKind kind) {
  while (from < pos_) {
    const std::size_t newline = src_.find('\n', from);
    const std::size_t end = std::min(newline, pos_);
    if (end > from) Append(CodeRun{static_cast<int>(from - line_start_),
                                   static_cast<int>(end - line_start_), kind});
    if (end == newline && newline < pos_) {
      lines_.emplace_back();
      line_start_ = newline + 1;
      from = newline + 1;
    } else {
      from = end;
    }
  }
}

void Scanner::SkipUntil(std::string_view end, bool stop_at_newline) {
  while (pos_ < src_.size()) {
    if (src_.substr(pos_).starts_with(end)) {
      pos_ += end.size();
      return;
    }
    if (stop_at_newline && src_[pos_] == '\n') return;
    ++pos_;
  }
}

void Scanner::Quoted(char quote) {
  ++pos_;
  while (pos_ < src_.size() && src_[pos_] != quote && src_[pos_] != '\n') {
    if (src_[pos_] == '\\' && pos_ + 1 < src_.size() && src_[pos_ + 1] != '\n') ++pos_;
    ++pos_;
  }
  if (pos_ < src_.size() && src_[pos_] == quote) ++pos_;
}

void Scanner::Token() {
  const std::size_t start = pos_;
  const char c = src_[pos_];
  const std::string_view rest = src_.substr(pos_);
  if (c == '\n') {
    ++pos_;
    lines_.emplace_back();
    line_start_ = pos_;
  } else if (c == ' ' || c == '\t' || c == '\r') {
    while (pos_ < src_.size() && (src_[pos_] == ' ' || src_[pos_] == '\t' || src_[pos_] == '\r'))
      ++pos_;
    Emit(start, CodeKind::kPlain);
  } else if (rest.starts_with("//")) {
    SkipUntil("\n", true);
    Emit(start, CodeKind::kComment);
  } else if (rest.starts_with("/*")) {
    pos_ += 2;
    SkipUntil("*/", false);
    Emit(start, CodeKind::kComment);
  } else if (c == '`') {
    ++pos_;
    SkipUntil("`", false);
    Emit(start, CodeKind::kString);
  } else if (c == '"' || c == '\'') {
    Quoted(c);
    Emit(start, CodeKind::kString);
  } else if (std::isdigit(static_cast<unsigned char>(c)) ||
             (c == '.' && rest.size() > 1 && std::isdigit(static_cast<unsigned char>(rest[1])))) {
    while (pos_ < src_.size() && (IsWordByte(src_[pos_]) || src_[pos_] == '.')) ++pos_;
    Emit(start, CodeKind::kNumber);
  } else if (IsWordByte(static_cast<unsigned char>(c))) {
    while (pos_ < src_.size() && IsWordByte(static_cast<unsigned char>(src_[pos_]))) ++pos_;
    Emit(start, WordKind(src_.substr(start, pos_ - start)));
  } else {
    ++pos_;
    Emit(start, CodeKind::kOperator);
  }
}

}  // namespace

std::vector<std::vector<CodeRun>> HighlightGo(std::string_view source) {
  return Scanner(source).Run();
}

}  // namespace chanscope
