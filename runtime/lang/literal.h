// literal.h — the values of Go literal tokens (the lexer has already checked their syntax).
//
// Every function tolerates malformed text (after a reported lexical error the parser
// still decodes what it got), returning a best-effort value rather than failing.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace chanscope::lang {

struct IntLiteral {
  uint64_t value = 0;
  bool overflow = false;  // the literal does not fit in 64 bits
};

// 42, 0x_FF, 0o17, 017, 0b1010 (underscores allowed between digits).
IntLiteral DecodeIntLiteral(std::string_view raw);
// 1.5, .5, 1e9, 0x1.8p3 (IEEE double, rounded; ±Inf when out of range).
double DecodeFloatLiteral(std::string_view raw);
// The imaginary part of 2i, 1.5i, 0x10i (a leading 0 is decimal here, as in Go).
double DecodeImagLiteral(std::string_view raw);
// 'a', '\n', '\x41', '\u00e9', 'é': the code point (the byte for \x and octal escapes).
int32_t DecodeRuneLiteral(std::string_view raw);
// "a\tb" or `raw` (carriage returns dropped from raw strings, as the spec says).
std::string DecodeStringLiteral(std::string_view raw);

// gc's %#U of a code point, as in "invalid character U+0040 '@'".
std::string FormatCodePoint(char32_t c);
// gc's %q of a code point, as in "invalid digit '8' in octal literal".
std::string QuoteRune(char32_t c);

}  // namespace chanscope::lang
