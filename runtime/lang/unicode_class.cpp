// unicode_class.cpp — Go's unicode classes and case mapping over the generated tables, and UTF-8.
#include "lang/unicode_class.h"

#include <algorithm>
#include <cstdint>

#include "lang/unicode_tables.h"

namespace chanscope::lang {

namespace {

namespace ut = unicode_tables;

bool InTable(const ut::RuneRange* table, size_t n, int32_t c) {
  // The first range whose upper end is >= c, then whether it starts at or before c.
  const ut::RuneRange* it =
      std::lower_bound(table, table + n, c, [](const ut::RuneRange& r, int32_t v) { return r.hi < v; });
  return it != table + n && it->lo <= c;
}

}  // namespace

bool IsRuneClass(RuneClass cls, int32_t r) {
  switch (cls) {
#define CLASS(name) \
  case RuneClass::k##name: return InTable(ut::k##name, ut::k##name##Size, r);
    CLASS(Letter) CLASS(Digit) CLASS(Number) CLASS(Upper) CLASS(Lower) CLASS(Title)
    CLASS(Punct) CLASS(Mark) CLASS(Symbol) CLASS(Graphic) CLASS(Print) CLASS(Space) CLASS(Control)
#undef CLASS
  }
  return false;
}

namespace {

const ut::NamedTable* FindTable(std::string_view name) {
  for (size_t i = 0; i < ut::kNamedTablesSize; i++)
    if (ut::kNamedTables[i].name == name) return &ut::kNamedTables[i];
  return nullptr;
}

}  // namespace

bool IsInTable(std::string_view table, int32_t r) {
  const ut::NamedTable* t = FindTable(table);
  return t && InTable(t->ranges, t->size, r);
}

bool IsUnicodeLetter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return IsRuneClass(RuneClass::kLetter, static_cast<int32_t>(c));
}

bool IsUnicodeDigit(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return IsRuneClass(RuneClass::kDigit, static_cast<int32_t>(c));
}

// Go's unicode.To: binary search of CaseRanges; an UpperLower range alternates upper
// (even offsets) and lower (odd offsets) case letters.
int32_t ToCase(Case which, int32_t r) {
  constexpr int32_t kUpperLower = 0x110000;
  const ut::CaseRange* ranges = ut::kCaseRanges;
  size_t lo = 0, hi = ut::kCaseRangesSize;
  while (lo < hi) {
    size_t m = lo + (hi - lo) / 2;
    const ut::CaseRange& cr = ranges[m];
    if (cr.lo <= r && r <= cr.hi) {
      int32_t delta = cr.delta[static_cast<int>(which)];
      if (delta == kUpperLower) return cr.lo + (((r - cr.lo) & ~1) | (static_cast<int32_t>(which) & 1));
      return r + delta;
    }
    if (r < cr.lo) {
      hi = m;
    } else {
      lo = m + 1;
    }
  }
  return r;
}

int32_t SimpleFold(int32_t r) {
  if (r < 0 || r > 0x10FFFF) return r;
  const ut::FoldPair* end = ut::kFoldExceptions + ut::kFoldExceptionsSize;
  const ut::FoldPair* it = std::lower_bound(ut::kFoldExceptions, end, r,
                                            [](const ut::FoldPair& p, int32_t v) { return p.from < v; });
  if (it != end && it->from == r) return it->to;
  if (int32_t l = ToCase(Case::kLower, r); l != r) return l;
  return ToCase(Case::kUpper, r);
}

size_t DecodeUtf8(std::string_view s, size_t i, char32_t* out) {
  auto byte = [&](size_t k) -> unsigned { return i + k < s.size() ? uint8_t(s[i + k]) : 0; };
  auto cont = [&](size_t k) { return (byte(k) & 0xC0) == 0x80; };
  unsigned b0 = byte(0);
  *out = kRuneError;
  if (i >= s.size()) return 0;
  if (b0 < 0x80) {
    *out = b0;
    return 1;
  }
  // Overlong forms, surrogates and values past U+10FFFF are invalid, as in Go.
  if (b0 >= 0xC2 && b0 <= 0xDF && cont(1)) {
    *out = (b0 & 0x1F) << 6 | (byte(1) & 0x3F);
    return 2;
  }
  if (b0 >= 0xE0 && b0 <= 0xEF && cont(1) && cont(2)) {
    char32_t c = (b0 & 0x0F) << 12 | (byte(1) & 0x3F) << 6 | (byte(2) & 0x3F);
    if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF)) return 1;
    *out = c;
    return 3;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4 && cont(1) && cont(2) && cont(3)) {
    char32_t c =
        (b0 & 0x07) << 18 | (byte(1) & 0x3F) << 12 | (byte(2) & 0x3F) << 6 | (byte(3) & 0x3F);
    if (c < 0x10000 || c > 0x10FFFF) return 1;
    *out = c;
    return 4;
  }
  return 1;
}

size_t DecodeLastUtf8(std::string_view s, char32_t* out) {
  *out = kRuneError;
  if (s.empty()) return 0;
  size_t end = s.size(), start = end - 1;
  if (static_cast<unsigned char>(s[start]) < 0x80) {
    *out = static_cast<unsigned char>(s[start]);
    return 1;
  }
  // Back up to the start byte of the last rune (at most 4 bytes), as Go does.
  size_t lim = end >= 4 ? end - 4 : 0;
  while (start > lim && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) start--;
  size_t width = DecodeUtf8(s, start, out);
  if (start + width != end) {
    *out = kRuneError;
    return 1;
  }
  return width;
}

void AppendUtf8(std::string& out, char32_t c) {
  if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = kRuneError;
  if (c < 0x80) {
    out += char(c);
  } else if (c < 0x800) {
    out += char(0xC0 | c >> 6);
    out += char(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += char(0xE0 | c >> 12);
    out += char(0x80 | (c >> 6 & 0x3F));
    out += char(0x80 | (c & 0x3F));
  } else {
    out += char(0xF0 | c >> 18);
    out += char(0x80 | (c >> 12 & 0x3F));
    out += char(0x80 | (c >> 6 & 0x3F));
    out += char(0x80 | (c & 0x3F));
  }
}

}  // namespace chanscope::lang
