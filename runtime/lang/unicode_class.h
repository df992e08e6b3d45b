// unicode_class.h — UTF-8 and Go's unicode.IsLetter/IsDigit, for identifiers and literals.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace chanscope::lang {

constexpr char32_t kRuneError = 0xFFFD;  // what Go decodes invalid UTF-8 to

bool IsUnicodeLetter(char32_t c);  // category L (Lu, Ll, Lt, Lm, Lo)
bool IsUnicodeDigit(char32_t c);   // category Nd

// Decodes the UTF-8 sequence at s[i]; returns its width (>= 1 when i < s.size()) and
// stores the code point, or kRuneError with width 1 for an invalid encoding, as Go does.
size_t DecodeUtf8(std::string_view s, size_t i, char32_t* out);
// Appends c in UTF-8; invalid code points (surrogates, > U+10FFFF) become U+FFFD.
void AppendUtf8(std::string& out, char32_t c);

}  // namespace chanscope::lang
