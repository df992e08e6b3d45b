// unicode_class.h — UTF-8 and Go's package unicode (classes, case mapping), for the lexer,
// literals and the unicode/strings natives. Tables: Go 1.19's (Unicode 13.0.0), generated.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace chanscope::lang {

constexpr char32_t kRuneError = 0xFFFD;  // what Go decodes invalid UTF-8 to

bool IsUnicodeLetter(char32_t c);  // category L (Lu, Ll, Lt, Lm, Lo)
bool IsUnicodeDigit(char32_t c);   // category Nd

// Go's unicode.IsX for each X, exactly (negative runes are in no class).
enum class RuneClass {
  kLetter, kDigit, kNumber, kUpper, kLower, kTitle, kPunct, kMark, kSymbol, kGraphic, kPrint,
  kSpace, kControl
};
bool IsRuneClass(RuneClass cls, int32_t r);

// Go's unicode.Is(unicode.<table>, r) for the exported table named `table` ("Han", "Lu",
// "White_Space"); false when chanscope does not have that table.
bool IsInTable(std::string_view table, int32_t r);

// Go's unicode.To(UpperCase/LowerCase/TitleCase, r) and unicode.SimpleFold.
enum class Case { kUpper = 0, kLower = 1, kTitle = 2 };
int32_t ToCase(Case which, int32_t r);
int32_t SimpleFold(int32_t r);

// Decodes the UTF-8 sequence at s[i]; returns its width (>= 1 when i < s.size()) and
// stores the code point, or kRuneError with width 1 for an invalid encoding, as Go does.
size_t DecodeUtf8(std::string_view s, size_t i, char32_t* out);
// Go's utf8.DecodeLastRuneInString: the last rune of s and its width (0 for an empty s;
// kRuneError with width 1 when s does not end in a valid encoding).
size_t DecodeLastUtf8(std::string_view s, char32_t* out);
// Appends c in UTF-8; invalid code points (surrogates, > U+10FFFF) become U+FFFD.
void AppendUtf8(std::string& out, char32_t c);

}  // namespace chanscope::lang
