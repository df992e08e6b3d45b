// unicode_class.test.cpp — Go's unicode classes, case mapping and UTF-8 decoding, against
// values printed by Go 1.19 (the tables themselves come from scripts/gen_unicode_tables.go).
#include <doctest/doctest.h>

#include <string_view>

#include "lang/unicode_class.h"

namespace lang = chanscope::lang;
using lang::Case;
using lang::RuneClass;

TEST_CASE("rune classes follow Go's unicode.IsX, Latin-1 special cases included") {
  CHECK(lang::IsRuneClass(RuneClass::kUpper, U'Σ'));
  CHECK(lang::IsRuneClass(RuneClass::kLower, U'ß'));
  CHECK(lang::IsRuneClass(RuneClass::kTitle, U'ǅ'));
  CHECK(lang::IsRuneClass(RuneClass::kDigit, U'٣'));
  CHECK_FALSE(lang::IsRuneClass(RuneClass::kDigit, U'Ⅷ'));
  CHECK(lang::IsRuneClass(RuneClass::kNumber, U'Ⅷ'));
  CHECK(lang::IsRuneClass(RuneClass::kSymbol, '+'));
  CHECK_FALSE(lang::IsRuneClass(RuneClass::kPunct, '+'));
  CHECK(lang::IsRuneClass(RuneClass::kSpace, 0x85));
  CHECK(lang::IsRuneClass(RuneClass::kSpace, 0xA0));
  CHECK_FALSE(lang::IsRuneClass(RuneClass::kPrint, 0xA0));  // IsPrint allows only ASCII space
  CHECK(lang::IsRuneClass(RuneClass::kGraphic, 0xA0));
  CHECK(lang::IsRuneClass(RuneClass::kControl, 0x85));
  CHECK_FALSE(lang::IsRuneClass(RuneClass::kLetter, -1));
  CHECK(lang::IsUnicodeLetter(U'中'));
}

TEST_CASE("case mapping uses Go's CaseRanges, UpperLower alternation included") {
  CHECK(lang::ToCase(Case::kUpper, 'a') == 'A');
  CHECK(lang::ToCase(Case::kUpper, U'ß') == U'ß');  // no single-rune upper case
  CHECK(lang::ToCase(Case::kUpper, U'ÿ') == 376);
  CHECK(lang::ToCase(Case::kLower, U'İ') == 'i');
  CHECK(lang::ToCase(Case::kUpper, U'ı') == 'I');
  CHECK(lang::ToCase(Case::kTitle, U'ǆ') == U'ǅ');
  CHECK(lang::ToCase(Case::kUpper, U'ǆ') == U'Ǆ');
  CHECK(lang::ToCase(Case::kLower, 0x100) == 0x101);  // Latin Extended-A alternates
  CHECK(lang::ToCase(Case::kUpper, -5) == -5);
}

TEST_CASE("SimpleFold walks each case orbit, as Go's does") {
  CHECK(lang::SimpleFold('k') == 0x212A);  // k -> KELVIN SIGN -> K -> k
  CHECK(lang::SimpleFold(0x212A) == 'K');
  CHECK(lang::SimpleFold('K') == 'k');
  CHECK(lang::SimpleFold('1') == '1');
  CHECK(lang::SimpleFold(-2) == -2);
}

TEST_CASE("DecodeLastUtf8 is Go's DecodeLastRuneInString") {
  char32_t r;
  CHECK(lang::DecodeLastUtf8("x\u20AC", &r) == 3);
  CHECK(r == 0x20AC);
  CHECK(lang::DecodeLastUtf8("x\x82\xac", &r) == 1);
  CHECK(r == lang::kRuneError);
  CHECK(lang::DecodeLastUtf8("", &r) == 0);
  CHECK(lang::DecodeLastUtf8("ab", &r) == 1);
  CHECK(r == 'b');
}
