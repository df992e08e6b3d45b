// strconv_format.h — Go's strconv as pure functions: number formatting, parsing and quoting.
//
// Each function returns what Go 1.19's function of the same name returns, byte for byte;
// the native `strconv` package and `fmt` (fmt_verbs.h) are built on them. Strings are
// byte strings, as in Go: invalid UTF-8 passes through or is escaped, never rejected.
// Nothing here knows about the VM or the checker.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace chanscope::lang::strconv {

// --- Formatting numbers ------------------------------------------------------------------

// AppendFloat/FormatFloat: fmt is one of 'e' 'E' 'f' 'g' 'G' 'b' 'x' 'X' (anything else
// gives Go's "%c"); prec -1 is the shortest text that parses back to the same value;
// bit_size 32 first rounds v to float32 and uses float32's shortest digits.
void AppendFloat(std::string& out, double v, char fmt, int prec, int bit_size);
std::string FormatFloat(double v, char fmt, int prec, int bit_size);

// Integers in base 2..36 with lower-case digits ('-' for negative values).
void AppendInt(std::string& out, int64_t v, int base);
void AppendUint(std::string& out, uint64_t v, int base);
std::string FormatInt(int64_t v, int base);
std::string FormatUint(uint64_t v, int base);
std::string Itoa(int64_t v);

inline std::string_view FormatBool(bool b) { return b ? "true" : "false"; }

// --- Quoting -----------------------------------------------------------------------------

// Go 1.19's strconv.IsPrint: letters, marks, numbers, punctuation, symbols and ASCII space
// (Unicode 13.0.0, as the Go release that the expected outputs come from).
bool IsPrint(char32_t r);
// Go's strconv.IsGraphic: IsPrint, and the Unicode spaces (Zs) too.
bool IsGraphic(char32_t r);
// Whether s can be written unchanged between backquotes on one line (no control
// characters but tab, no '`', no invalid UTF-8, no BOM).
bool CanBackquote(std::string_view s);

// "..." with Go escapes: \a \b \f \n \r \t \v \\ \", \xHH for invalid bytes and ASCII
// controls, \uHHHH and \UHHHHHHHH for unprintable runes; ascii_only also escapes non-ASCII.
// graphic_only (QuoteToGraphic) leaves IsGraphic's spaces unescaped.
void AppendQuote(std::string& out, std::string_view s, bool ascii_only = false, bool graphic_only = false);
std::string Quote(std::string_view s);
std::string QuoteToASCII(std::string_view s);
// '.' for one rune; an invalid rune (negative, surrogate, past U+10FFFF) quotes as U+FFFD.
void AppendQuoteRune(std::string& out, int32_t r, bool ascii_only = false, bool graphic_only = false);
std::string QuoteRune(int32_t r);
std::string QuoteRuneToASCII(int32_t r);

// Decodes the first character of the escaped literal body s (Go's UnquoteChar). quote is
// the enclosing quote ('"', '\'' or 0). False on a syntax error; *multibyte says whether
// *value is a rune to encode in UTF-8 (false for single bytes such as \xff).
bool UnquoteChar(std::string_view s, char quote, char32_t* value, bool* multibyte,
                 std::string_view* tail);
// Go's Unquote of a "...", '.' or `...` literal; false (ErrSyntax) when s is not exactly one.
bool Unquote(std::string_view s, std::string* out);
// Go's QuotedPrefix: the quoted literal at the start of s, quotes included; false on ErrSyntax.
bool QuotedPrefix(std::string_view s, std::string_view* prefix);

// --- Parsing numbers ---------------------------------------------------------------------

// Why a Parse function failed: Go's NumError.Err (ErrSyntax, ErrRange, or the base or bit
// size messages).
enum class NumErr { kNone, kSyntax, kRange, kBase, kBitSize };

// Go's *strconv.NumError; empty (kind kNone) on success.
struct NumError {
  NumErr kind = NumErr::kNone;
  std::string func;  // the failing function without "strconv.": "ParseInt", "Atoi", ...
  std::string num;   // the input, unquoted
  int arg = 0;       // the offending base (kBase) or bit size (kBitSize)

  explicit operator bool() const { return kind != NumErr::kNone; }
  // The wrapped error's text: "invalid syntax", "value out of range", "invalid base 1".
  std::string ErrText() const;
  // Error(): `strconv.ParseInt: parsing "12a": invalid syntax`.
  std::string Error() const;
};

template <typename T>
struct Parsed {
  T value{};  // Go's result, also on error (the clamped value for kRange)
  NumError err;
};

// Go's ParseInt/ParseUint: base 0 reads the 0b/0o/0x/0 prefixes and '_' separators;
// bit_size 0 means 64 (int is 64-bit here).
Parsed<int64_t> ParseInt(std::string_view s, int base, int bit_size);
Parsed<uint64_t> ParseUint(std::string_view s, int base, int bit_size);
Parsed<int64_t> Atoi(std::string_view s);
// Go's ParseFloat: decimal and hex (0x1p-2) forms, '_' separators, inf/infinity/nan in
// any case; out of range gives ±Inf and kRange, underflow gives ±0 without error.
Parsed<double> ParseFloat(std::string_view s, int bit_size);
// "1", "t", "T", "TRUE", "true", "True" and the matching false forms.
Parsed<bool> ParseBool(std::string_view s);

}  // namespace chanscope::lang::strconv
