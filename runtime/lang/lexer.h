// lexer.h — Go source text to tokens, with the spec's automatic semicolons.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lang/diagnostic.h"
#include "lang/token.h"

namespace chanscope::lang {

struct Token {
  Tok tok = Tok::kEOF;
  Pos pos;
  // The source text of identifiers and literals (quotes included). For kSemicolon,
  // what the semicolon stands for: "semicolon", "newline" or "EOF" (gc's messages
  // say "unexpected newline"). Empty for other tokens.
  std::string_view lit;
  bool bad = false;  // a literal whose lexical error was already reported
};

// Scans one file. Lexical errors are appended to the diagnostics list and scanning goes
// on, so the parser always sees a well-formed token stream ending in kEOF.
class Lexer {
 public:
  Lexer(std::string_view file_name, std::string_view source, std::vector<Diagnostic>* diagnostics);

  Token Next();

 private:
  static constexpr int32_t kEOFCh = -1;

  void NextCh();
  void Error(Pos pos, std::string message);
  void ErrorHere(std::string message) { Error(Pos{line_, col_}, std::move(message)); }
  // Position `offset` bytes into the current token (gc's errorAtf).
  Pos TokenPos(int32_t offset) const { return Pos{tok_pos_.line, tok_pos_.col + offset}; }
  std::string_view Segment() const { return src_.substr(tok_start_, offset_ - tok_start_); }

  void Identifier(Token& t);
  bool AtIdentChar(bool first);
  void Number(Token& t, bool seen_point);
  int Digits(int base, int* invalid);
  void Rune(Token& t);
  void StdString(Token& t);
  void RawString(Token& t);
  bool Escape(char32_t quote);
  void SkipLine();
  bool SkipComment();
  void SetLit(Token& t, Tok tok, bool ok);
  // Finishes an operator that may be followed by '=' (x= assignment operators).
  Tok AssignOp(Tok op, Tok op_assign);

  std::string_view file_name_;
  std::string_view src_;
  std::vector<Diagnostic>* diagnostics_;

  int32_t ch_ = ' ';   // current code point, kEOFCh at the end
  size_t offset_ = 0;  // byte offset of ch_
  size_t width_ = 0;   // byte width of ch_
  int32_t line_ = 1;   // position of ch_
  int32_t col_ = 0;
  bool nlsemi_ = false;  // a newline or EOF now would end the statement: emit ';'

  size_t tok_start_ = 0;
  Pos tok_pos_;
};

}  // namespace chanscope::lang
