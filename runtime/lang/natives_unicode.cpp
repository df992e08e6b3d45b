// natives_unicode.cpp — the unicode and unicode/utf8 natives over unicode_class.h.
#include <string>
#include <string_view>

#include "lang/natives.h"
#include "lang/unicode_class.h"
#include "lang/vm.h"

namespace chanscope::lang {

namespace {

using core::OpStatus;

int32_t Rune(const NativeCall& c, int word) { return static_cast<int32_t>(c.args[word]); }

OpStatus ReturnWord(NativeCall& c, int64_t v) {
  c.args[0] = static_cast<uint64_t>(v);
  return OpStatus::kDone;
}

OpStatus ReturnRuneSize(NativeCall& c, char32_t r, size_t size) {
  c.args[0] = r;
  c.args[1] = size;
  return OpStatus::kDone;
}

template <RuneClass cls>
OpStatus Is(NativeCall& c) {
  return ReturnWord(c, IsRuneClass(cls, Rune(c, 0)));
}

template <Case which>
OpStatus To(NativeCall& c) {
  return ReturnWord(c, ToCase(which, Rune(c, 0)));
}

bool ValidRune(int32_t r) { return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= 0x10FFFF); }

int64_t RuneLen(int32_t r) {
  if (r < 0) return -1;
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (r >= 0xD800 && r <= 0xDFFF) return -1;
  if (r < 0x10000) return 3;
  return r <= 0x10FFFF ? 4 : -1;
}

int64_t RuneCount(std::string_view s) {
  int64_t n = 0;
  char32_t r;
  for (size_t i = 0; i < s.size(); i += DecodeUtf8(s, i, &r)) n++;
  return n;
}

bool Valid(std::string_view s) {
  char32_t r;
  for (size_t i = 0, w; i < s.size(); i += w) {
    w = DecodeUtf8(s, i, &r);
    if (r == kRuneError && w == 1) return false;
  }
  return true;
}

// Go's FullRune: false only for a valid but incomplete prefix of an encoding.
bool FullRune(std::string_view p) {
  if (p.empty()) return false;
  auto b = [&](size_t i) { return static_cast<unsigned char>(p[i]); };
  unsigned char c = b(0);
  size_t need = c < 0xC2 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 1;
  if (p.size() >= need) return true;
  // The allowed range of the second byte (excluding overlong forms and surrogates).
  unsigned char lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
  unsigned char hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
  if (p.size() > 1 && (b(1) < lo || b(1) > hi)) return true;
  return p.size() > 2 && (b(2) < 0x80 || b(2) > 0xBF);
}

OpStatus EncodeRune(NativeCall& c) {
  std::string enc;
  AppendUtf8(enc, ValidRune(Rune(c, 3)) ? static_cast<char32_t>(Rune(c, 3)) : kRuneError);
  uint64_t* data = reinterpret_cast<uint64_t*>(c.args[0]);
  uint64_t len = c.args[1];
  if (len < enc.size()) {
    // Go's EncodeRune touches p[n-1] first, so that index is the one reported.
    c.panic_text = "runtime error: index out of range [" + std::to_string(enc.size() - 1) + "] with length " +
                   std::to_string(len);
    return OpStatus::kDone;
  }
  for (size_t i = 0; i < enc.size(); i++) data[i] = static_cast<unsigned char>(enc[i]);
  return ReturnWord(c, static_cast<int64_t>(enc.size()));
}

OpStatus Decode(NativeCall& c, std::string_view s, bool last) {
  char32_t r;
  size_t size = last ? DecodeLastUtf8(s, &r) : DecodeUtf8(s, 0, &r);
  return ReturnRuneSize(c, r, size);
}

}  // namespace

// The unicode and unicode/utf8 entries of the native table (natives.cpp looks here too).
NativeFn FindUnicodeNative(std::string_view name) {
  static const std::pair<std::string_view, NativeFn> kTable[] = {
      {"unicode.IsControl", Is<RuneClass::kControl>},
      {"unicode.IsDigit", Is<RuneClass::kDigit>},
      {"unicode.IsGraphic", Is<RuneClass::kGraphic>},
      {"unicode.IsLetter", Is<RuneClass::kLetter>},
      {"unicode.IsLower", Is<RuneClass::kLower>},
      {"unicode.IsMark", Is<RuneClass::kMark>},
      {"unicode.IsNumber", Is<RuneClass::kNumber>},
      {"unicode.IsPrint", Is<RuneClass::kPrint>},
      {"unicode.IsPunct", Is<RuneClass::kPunct>},
      {"unicode.IsSpace", Is<RuneClass::kSpace>},
      {"unicode.IsSymbol", Is<RuneClass::kSymbol>},
      {"unicode.IsTitle", Is<RuneClass::kTitle>},
      {"unicode.IsUpper", Is<RuneClass::kUpper>},
      {"unicode.isIn", [](NativeCall& c) { return ReturnWord(c, IsInTable(ArgString(c.args), Rune(c, 2))); }},
      {"unicode.SimpleFold", [](NativeCall& c) { return ReturnWord(c, SimpleFold(Rune(c, 0))); }},
      {"unicode.To",
       [](NativeCall& c) {
         int64_t which = static_cast<int64_t>(c.args[0]);
         if (which < 0 || which > 2) return ReturnWord(c, kRuneError);
         return ReturnWord(c, ToCase(static_cast<Case>(which), Rune(c, 1)));
       }},
      {"unicode.ToLower", To<Case::kLower>},
      {"unicode.ToTitle", To<Case::kTitle>},
      {"unicode.ToUpper", To<Case::kUpper>},
      {"unicode/utf8.AppendRune",
       [](NativeCall& c) {
         std::string enc;
         AppendUtf8(enc, ValidRune(Rune(c, 3)) ? static_cast<char32_t>(Rune(c, 3)) : kRuneError);
         AppendBytes(c.vm, c.args, enc, c.args);
         return OpStatus::kDone;
       }},
      {"unicode/utf8.DecodeLastRune", [](NativeCall& c) { return Decode(c, ArgBytes(c.args), true); }},
      {"unicode/utf8.DecodeLastRuneInString", [](NativeCall& c) { return Decode(c, ArgString(c.args), true); }},
      {"unicode/utf8.DecodeRune", [](NativeCall& c) { return Decode(c, ArgBytes(c.args), false); }},
      {"unicode/utf8.DecodeRuneInString", [](NativeCall& c) { return Decode(c, ArgString(c.args), false); }},
      {"unicode/utf8.EncodeRune", EncodeRune},
      {"unicode/utf8.FullRune", [](NativeCall& c) { return ReturnWord(c, FullRune(ArgBytes(c.args))); }},
      {"unicode/utf8.FullRuneInString", [](NativeCall& c) { return ReturnWord(c, FullRune(ArgString(c.args))); }},
      {"unicode/utf8.RuneCount", [](NativeCall& c) { return ReturnWord(c, RuneCount(ArgBytes(c.args))); }},
      {"unicode/utf8.RuneCountInString", [](NativeCall& c) { return ReturnWord(c, RuneCount(ArgString(c.args))); }},
      {"unicode/utf8.RuneLen", [](NativeCall& c) { return ReturnWord(c, RuneLen(Rune(c, 0))); }},
      {"unicode/utf8.Valid", [](NativeCall& c) { return ReturnWord(c, Valid(ArgBytes(c.args))); }},
      {"unicode/utf8.ValidRune", [](NativeCall& c) { return ReturnWord(c, ValidRune(Rune(c, 0))); }},
      {"unicode/utf8.ValidString", [](NativeCall& c) { return ReturnWord(c, Valid(ArgString(c.args))); }},
  };
  for (const auto& [n, f] : kTable)
    if (n == name) return f;
  return nullptr;
}

}  // namespace chanscope::lang
