// natives_strings.cpp — the strings natives, with Go's semantics for runes, invalid UTF-8
// (decoded as U+FFFD, one byte at a time) and Unicode case mapping and spaces.
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "lang/natives.h"
#include "lang/unicode_class.h"
#include "lang/vm.h"

namespace chanscope::lang {

namespace {

using core::OpStatus;
constexpr int32_t kError = static_cast<int32_t>(kRuneError);

OpStatus Return(NativeCall& c, std::string_view s) {
  ReturnString(c, s);
  return OpStatus::kDone;
}

OpStatus ReturnInt(NativeCall& c, int64_t v) {
  c.args[0] = static_cast<uint64_t>(v);
  return OpStatus::kDone;
}


std::string_view Arg(const NativeCall& c, int word) { return ArgString(c.args + word); }

// The rune at s[i] and its width, as `for i, r := range s` sees it.
int32_t RuneAt(std::string_view s, size_t i, size_t* width) {
  char32_t r;
  *width = DecodeUtf8(s, i, &r);
  return static_cast<int32_t>(r);
}

int64_t Index(std::string_view s, std::string_view sub) {
  size_t i = s.find(sub);
  return i == std::string_view::npos ? -1 : static_cast<int64_t>(i);
}

// Go's IndexRune: RuneError matches invalid bytes as well as U+FFFD; invalid runes match nothing.
int64_t IndexRune(std::string_view s, int32_t r) {
  if (r == kError) {
    for (size_t i = 0, w; i < s.size(); i += w)
      if (RuneAt(s, i, &w) == kError) return static_cast<int64_t>(i);
    return -1;
  }
  if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) return -1;
  std::string enc;
  AppendUtf8(enc, static_cast<char32_t>(r));
  return Index(s, enc);
}

bool ContainsRune(std::string_view s, int32_t r) { return IndexRune(s, r) >= 0; }

int64_t IndexAny(std::string_view s, std::string_view chars) {
  if (chars.empty()) return -1;
  for (size_t i = 0, w; i < s.size(); i += w)
    if (ContainsRune(chars, RuneAt(s, i, &w))) return static_cast<int64_t>(i);
  return -1;
}

int64_t LastIndexAny(std::string_view s, std::string_view chars) {
  if (chars.empty()) return -1;
  for (size_t end = s.size(); end > 0;) {
    char32_t r;
    end -= DecodeLastUtf8(s.substr(0, end), &r);
    if (ContainsRune(chars, static_cast<int32_t>(r))) return static_cast<int64_t>(end);
  }
  return -1;
}

// Go's explode: s split into UTF-8 sequences, at most n (< 0: all); the last part is the rest
// of s as it is, the others are runes (an invalid byte becomes "\uFFFD", as in Go).
std::vector<std::string_view> Explode(std::string_view s, int64_t n) {
  static constexpr std::string_view kErrorText = "\xEF\xBF\xBD";
  std::vector<std::string_view> out;
  for (size_t i = 0, w; i < s.size(); i += w) {
    if (n > 0 && static_cast<int64_t>(out.size()) == n - 1) {
      out.push_back(s.substr(i));
      break;
    }
    bool invalid = RuneAt(s, i, &w) == kError;
    out.push_back(invalid && i + w < s.size() ? kErrorText : s.substr(i, w));
  }
  return out;
}

int64_t Count(std::string_view s, std::string_view sub) {
  if (sub.empty()) return static_cast<int64_t>(Explode(s, -1).size()) + 1;
  int64_t n = 0;
  for (size_t at = s.find(sub); at != std::string_view::npos; at = s.find(sub, at + sub.size())) n++;
  return n;
}

// Go's genSplit: sep_save bytes of each separator stay with the part before it.
std::vector<std::string_view> Split(std::string_view s, std::string_view sep, size_t sep_save, int64_t n) {
  if (n == 0) return {};
  if (sep.empty()) return Explode(s, n);
  std::vector<std::string_view> out;
  while (n < 0 || static_cast<int64_t>(out.size()) < n - 1) {
    size_t at = s.find(sep);
    if (at == std::string_view::npos) break;
    out.push_back(s.substr(0, at + sep_save));
    s.remove_prefix(at + sep.size());
  }
  out.push_back(s);
  return out;
}

OpStatus ReturnSplit(NativeCall& c, size_t sep_save, int64_t n) {
  std::string_view s = Arg(c, 0), sep = Arg(c, 2);
  // Go returns nil for n == 0 and an empty (non-nil) slice when exploding "".
  return ReturnStrings(c, Split(s, sep, sep_save ? sep.size() : 0, n), n == 0);
}

std::string Replace(std::string_view s, std::string_view from, std::string_view to, int64_t n) {
  if (from == to || n == 0) return std::string(s);
  std::string out;
  int64_t done = 0;
  size_t start = 0;
  while ((n < 0 || done < n) && start <= s.size()) {
    size_t at;
    if (from.empty()) {
      // Go inserts `to` before every rune and at the end.
      at = start;
      if (done > 0) {
        if (start == s.size()) break;
        size_t w;
        RuneAt(s, start, &w);
        at = start + w;
      }
    } else {
      at = s.find(from, start);
      if (at == std::string_view::npos) break;
    }
    out += s.substr(start, at - start);
    out += to;
    start = at + from.size();
    done++;
  }
  out += s.substr(std::min(start, s.size()));
  return out;
}

bool IsSpace(int32_t r) { return IsRuneClass(RuneClass::kSpace, r); }

// Go's strings.Map(f, s) for a mapping that never drops runes: invalid bytes become U+FFFD.
template <typename F>
std::string MapRunes(std::string_view s, F f) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0, w; i < s.size(); i += w) AppendUtf8(out, static_cast<char32_t>(f(RuneAt(s, i, &w))));
  return out;
}

// Go's isSeparator for Title: ASCII non-alphanumerics, and non-letters/digits that are spaces.
bool IsSeparator(int32_t r) {
  if (r <= 0x7F) {
    bool word = (r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r == '_';
    return !word;
  }
  if (IsRuneClass(RuneClass::kLetter, r) || IsRuneClass(RuneClass::kDigit, r)) return false;
  return IsSpace(r);
}

std::string Title(std::string_view s) {
  int32_t prev = ' ';
  return MapRunes(s, [&](int32_t r) {
    int32_t out = IsSeparator(prev) ? ToCase(Case::kTitle, r) : r;
    prev = r;
    return out;
  });
}

// Go's EqualFold: runes equal under simple Unicode case folding.
bool EqualFold(std::string_view s, std::string_view t) {
  size_t i = 0, j = 0;
  while (i < s.size() && j < t.size()) {
    size_t ws, wt;
    int32_t sr = RuneAt(s, i, &ws), tr = RuneAt(t, j, &wt);
    i += ws;
    j += wt;
    if (sr == tr) continue;
    if (tr < sr) std::swap(sr, tr);
    if (tr < 0x80) {
      if (sr >= 'A' && sr <= 'Z' && tr == sr + 'a' - 'A') continue;
      return false;
    }
    int32_t r = SimpleFold(sr);
    while (r != sr && r < tr) r = SimpleFold(r);
    if (r != tr) return false;
  }
  return s.substr(i) == t.substr(j);
}

std::string_view TrimLeftRunes(std::string_view s, std::string_view cutset) {
  while (!s.empty()) {
    size_t w;
    if (!ContainsRune(cutset, RuneAt(s, 0, &w))) break;
    s.remove_prefix(w);
  }
  return s;
}

std::string_view TrimRightRunes(std::string_view s, std::string_view cutset) {
  while (!s.empty()) {
    char32_t r;
    size_t w = DecodeLastUtf8(s, &r);
    if (!ContainsRune(cutset, static_cast<int32_t>(r))) break;
    s.remove_suffix(w);
  }
  return s;
}

std::string_view TrimSpace(std::string_view s) {
  size_t w;
  while (!s.empty() && IsSpace(RuneAt(s, 0, &w))) s.remove_prefix(w);
  while (!s.empty()) {
    char32_t r;
    w = DecodeLastUtf8(s, &r);
    if (!IsSpace(static_cast<int32_t>(r))) break;
    s.remove_suffix(w);
  }
  return s;
}

std::vector<std::string_view> Fields(std::string_view s) {
  std::vector<std::string_view> out;
  size_t start = std::string_view::npos;
  for (size_t i = 0, w; i < s.size(); i += w) {
    bool space = IsSpace(RuneAt(s, i, &w));
    if (space && start != std::string_view::npos) {
      out.push_back(s.substr(start, i - start));
      start = std::string_view::npos;
    } else if (!space && start == std::string_view::npos) {
      start = i;
    }
  }
  if (start != std::string_view::npos) out.push_back(s.substr(start));
  return out;
}

std::string ToValidUTF8(std::string_view s, std::string_view replacement) {
  std::string out;
  bool invalid = false;  // a run of invalid bytes is replaced once
  for (size_t i = 0, w; i < s.size(); i += w) {
    int32_t r = RuneAt(s, i, &w);
    if (r == kError && w == 1) {
      if (!invalid) out += replacement;
      invalid = true;
      continue;
    }
    invalid = false;
    out += s.substr(i, w);
  }
  return out;
}

OpStatus Repeat(NativeCall& c) {
  std::string_view s = Arg(c, 0);
  int64_t n = static_cast<int64_t>(c.args[2]);
  if (n < 0) {
    c.panic = "strings: negative Repeat count";
    return OpStatus::kDone;
  }
  if (!s.empty() && static_cast<uint64_t>(n) > (uint64_t{1} << 62) / s.size()) {
    c.panic = "strings: Repeat count causes overflow";
    return OpStatus::kDone;
  }
  std::string out;
  out.reserve(s.size() * n);
  for (int64_t i = 0; i < n; i++) out += s;
  return Return(c, out);
}

// Cut, CutPrefix, CutSuffix: two strings then a bool.
OpStatus ReturnCut(NativeCall& c, std::string_view a, std::string_view b, bool found) {
  c.vm.NewString(a, c.args);
  c.vm.NewString(b, c.args + 2);
  c.args[4] = found;
  return OpStatus::kDone;
}

OpStatus ReturnStringBool(NativeCall& c, std::string_view s, bool ok) {
  c.vm.NewString(s, c.args);
  c.args[2] = ok;
  return OpStatus::kDone;
}

std::string Join(const uint64_t* elems, uint64_t n, std::string_view sep) {
  std::string out;
  for (uint64_t i = 0; i < n; i++) {
    if (i) out += sep;
    out += ArgString(elems + 2 * i);
  }
  return out;
}

int64_t Pos(size_t i) { return i == std::string_view::npos ? -1 : static_cast<int64_t>(i); }

}  // namespace

// The strings entries of the native table (natives.cpp looks here too).
NativeFn FindStringNative(std::string_view name) {
  static const std::pair<std::string_view, NativeFn> kTable[] = {
      {"strings.Compare",
       [](NativeCall& c) {
         int r = Arg(c, 0).compare(Arg(c, 2));
         return ReturnInt(c, r < 0 ? -1 : r > 0 ? 1 : 0);
       }},
      {"strings.Contains", [](NativeCall& c) { return ReturnInt(c, Index(Arg(c, 0), Arg(c, 2)) >= 0); }},
      {"strings.ContainsAny", [](NativeCall& c) { return ReturnInt(c, IndexAny(Arg(c, 0), Arg(c, 2)) >= 0); }},
      {"strings.ContainsRune",
       [](NativeCall& c) { return ReturnInt(c, ContainsRune(Arg(c, 0), static_cast<int32_t>(c.args[2]))); }},
      {"strings.Count", [](NativeCall& c) { return ReturnInt(c, Count(Arg(c, 0), Arg(c, 2))); }},
      {"strings.Cut",
       [](NativeCall& c) {
         std::string_view s = Arg(c, 0), sep = Arg(c, 2);
         size_t at = s.find(sep);
         if (at == std::string_view::npos) return ReturnCut(c, s, "", false);
         return ReturnCut(c, s.substr(0, at), s.substr(at + sep.size()), true);
       }},
      {"strings.CutPrefix",
       [](NativeCall& c) {
         std::string_view s = Arg(c, 0), p = Arg(c, 2);
         return s.starts_with(p) ? ReturnStringBool(c, s.substr(p.size()), true) : ReturnStringBool(c, s, false);
       }},
      {"strings.CutSuffix",
       [](NativeCall& c) {
         std::string_view s = Arg(c, 0), p = Arg(c, 2);
         return s.ends_with(p) ? ReturnStringBool(c, s.substr(0, s.size() - p.size()), true)
                               : ReturnStringBool(c, s, false);
       }},
      {"strings.EqualFold", [](NativeCall& c) { return ReturnInt(c, EqualFold(Arg(c, 0), Arg(c, 2))); }},
      {"strings.Fields", [](NativeCall& c) { return ReturnStrings(c, Fields(Arg(c, 0)), true); }},
      {"strings.HasPrefix", [](NativeCall& c) { return ReturnInt(c, Arg(c, 0).starts_with(Arg(c, 2))); }},
      {"strings.HasSuffix", [](NativeCall& c) { return ReturnInt(c, Arg(c, 0).ends_with(Arg(c, 2))); }},
      {"strings.Index", [](NativeCall& c) { return ReturnInt(c, Index(Arg(c, 0), Arg(c, 2))); }},
      {"strings.IndexAny", [](NativeCall& c) { return ReturnInt(c, IndexAny(Arg(c, 0), Arg(c, 2))); }},
      {"strings.IndexByte",
       [](NativeCall& c) { return ReturnInt(c, Pos(Arg(c, 0).find(static_cast<char>(c.args[2])))); }},
      {"strings.IndexRune",
       [](NativeCall& c) { return ReturnInt(c, IndexRune(Arg(c, 0), static_cast<int32_t>(c.args[2]))); }},
      {"strings.Join",
       [](NativeCall& c) {
         return Return(c, Join(reinterpret_cast<const uint64_t*>(c.args[0]), c.args[1], Arg(c, 3)));
       }},
      {"strings.LastIndex", [](NativeCall& c) { return ReturnInt(c, Pos(Arg(c, 0).rfind(Arg(c, 2)))); }},
      {"strings.LastIndexAny", [](NativeCall& c) { return ReturnInt(c, LastIndexAny(Arg(c, 0), Arg(c, 2))); }},
      {"strings.LastIndexByte",
       [](NativeCall& c) { return ReturnInt(c, Pos(Arg(c, 0).rfind(static_cast<char>(c.args[2])))); }},
      {"strings.Repeat", Repeat},
      {"strings.Replace",
       [](NativeCall& c) {
         return Return(c, Replace(Arg(c, 0), Arg(c, 2), Arg(c, 4), static_cast<int64_t>(c.args[6])));
       }},
      {"strings.ReplaceAll", [](NativeCall& c) { return Return(c, Replace(Arg(c, 0), Arg(c, 2), Arg(c, 4), -1)); }},
      {"strings.Split", [](NativeCall& c) { return ReturnSplit(c, 0, -1); }},
      {"strings.SplitAfter", [](NativeCall& c) { return ReturnSplit(c, 1, -1); }},
      {"strings.SplitAfterN", [](NativeCall& c) { return ReturnSplit(c, 1, static_cast<int64_t>(c.args[4])); }},
      {"strings.SplitN", [](NativeCall& c) { return ReturnSplit(c, 0, static_cast<int64_t>(c.args[4])); }},
      {"strings.Title", [](NativeCall& c) { return Return(c, Title(Arg(c, 0))); }},
      {"strings.ToLower",
       [](NativeCall& c) { return Return(c, MapRunes(Arg(c, 0), [](int32_t r) { return ToCase(Case::kLower, r); })); }},
      {"strings.ToTitle",
       [](NativeCall& c) { return Return(c, MapRunes(Arg(c, 0), [](int32_t r) { return ToCase(Case::kTitle, r); })); }},
      {"strings.ToUpper",
       [](NativeCall& c) { return Return(c, MapRunes(Arg(c, 0), [](int32_t r) { return ToCase(Case::kUpper, r); })); }},
      {"strings.ToValidUTF8", [](NativeCall& c) { return Return(c, ToValidUTF8(Arg(c, 0), Arg(c, 2))); }},
      {"strings.Trim",
       [](NativeCall& c) {
         std::string_view s = Arg(c, 0), cut = Arg(c, 2);
         return Return(c, TrimLeftRunes(TrimRightRunes(s, cut), cut));
       }},
      {"strings.TrimLeft", [](NativeCall& c) { return Return(c, TrimLeftRunes(Arg(c, 0), Arg(c, 2))); }},
      {"strings.TrimRight", [](NativeCall& c) { return Return(c, TrimRightRunes(Arg(c, 0), Arg(c, 2))); }},
      {"strings.TrimPrefix",
       [](NativeCall& c) {
         std::string_view s = Arg(c, 0), p = Arg(c, 2);
         return Return(c, s.starts_with(p) ? s.substr(p.size()) : s);
       }},
      {"strings.TrimSuffix",
       [](NativeCall& c) {
         std::string_view s = Arg(c, 0), p = Arg(c, 2);
         return Return(c, s.ends_with(p) ? s.substr(0, s.size() - p.size()) : s);
       }},
      {"strings.TrimSpace", [](NativeCall& c) { return Return(c, TrimSpace(Arg(c, 0))); }},
  };
  for (const auto& [n, f] : kTable)
    if (n == name) return f;
  return nullptr;
}

OpStatus ReturnStrings(NativeCall& c, const std::vector<std::string_view>& parts, bool nil_if_empty) {
  uint64_t* data = parts.empty() && nil_if_empty ? nullptr : c.vm.Alloc(parts.size() * 2);
  for (size_t i = 0; i < parts.size(); i++) c.vm.NewString(parts[i], data + 2 * i);
  c.args[0] = reinterpret_cast<uintptr_t>(data);
  c.args[1] = c.args[2] = parts.size();
  return OpStatus::kDone;
}

}  // namespace chanscope::lang
