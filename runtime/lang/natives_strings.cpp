// natives_strings.cpp — the strings and strconv natives (ASCII case mapping for now).
#include <cctype>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "lang/natives.h"
#include "lang/vm.h"

namespace chanscope::lang {

namespace {

using core::OpStatus;

OpStatus Return(NativeCall& c, std::string_view s) {
  ReturnString(c, s);
  return OpStatus::kDone;
}

OpStatus ReturnInt(NativeCall& c, int64_t v) {
  c.args[0] = static_cast<uint64_t>(v);
  return OpStatus::kDone;
}


int64_t Index(std::string_view s, std::string_view sub) {
  size_t i = s.find(sub);
  return i == std::string_view::npos ? -1 : static_cast<int64_t>(i);
}

// UTF-8 sequence length starting at s[i] (1 for invalid bytes), for splitting by "".
size_t RuneLen(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  return i + n <= s.size() ? n : 1;
}

std::vector<std::string_view> Split(std::string_view s, std::string_view sep, int64_t n) {
  std::vector<std::string_view> out;
  if (n == 0) return out;
  if (sep.empty()) {
    for (size_t i = 0; i < s.size();) {
      if (n > 0 && static_cast<int64_t>(out.size()) == n - 1) {
        out.push_back(s.substr(i));
        return out;
      }
      size_t len = RuneLen(s, i);
      out.push_back(s.substr(i, len));
      i += len;
    }
    return out;
  }
  size_t start = 0;
  while (n < 0 || static_cast<int64_t>(out.size()) < n - 1) {
    size_t at = s.find(sep, start);
    if (at == std::string_view::npos) break;
    out.push_back(s.substr(start, at - start));
    start = at + sep.size();
  }
  out.push_back(s.substr(start));
  return out;
}

std::string Replace(std::string_view s, std::string_view from, std::string_view to, int64_t n) {
  std::string out;
  size_t start = 0;
  int64_t done = 0;
  if (from.empty()) {
    // Go inserts `to` before every rune and at the end.
    for (size_t i = 0; i <= s.size() && (n < 0 || done < n);) {
      out += to;
      done++;
      if (i == s.size()) return out;
      size_t len = RuneLen(s, i);
      out += s.substr(i, len);
      i += len;
      start = i;
    }
    out += s.substr(start);
    return out;
  }
  while (n < 0 || done < n) {
    size_t at = s.find(from, start);
    if (at == std::string_view::npos) break;
    out += s.substr(start, at - start);
    out += to;
    start = at + from.size();
    done++;
  }
  out += s.substr(start);
  return out;
}

bool IsSpace(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

std::string_view TrimSpace(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::string MapAscii(std::string_view s, int (*f)(int)) {
  std::string out(s);
  for (char& ch : out)
    if (static_cast<unsigned char>(ch) < 0x80) ch = static_cast<char>(f(static_cast<unsigned char>(ch)));
  return out;
}

}  // namespace

// The strings and strconv entries of the native table (natives.cpp looks here too).
NativeFn FindStringNative(std::string_view name) {
  static const std::pair<std::string_view, NativeFn> kTable[] = {
      {"strings.Contains", [](NativeCall& c) { return ReturnInt(c, ArgString(c.args).find(ArgString(c.args + 2)) != std::string_view::npos); }},
      {"strings.HasPrefix", [](NativeCall& c) { return ReturnInt(c, ArgString(c.args).starts_with(ArgString(c.args + 2))); }},
      {"strings.HasSuffix", [](NativeCall& c) { return ReturnInt(c, ArgString(c.args).ends_with(ArgString(c.args + 2))); }},
      {"strings.Index", [](NativeCall& c) { return ReturnInt(c, Index(ArgString(c.args), ArgString(c.args + 2))); }},
      {"strings.LastIndex",
       [](NativeCall& c) {
         size_t i = ArgString(c.args).rfind(ArgString(c.args + 2));
         return ReturnInt(c, i == std::string_view::npos ? -1 : static_cast<int64_t>(i));
       }},
      {"strings.Compare",
       [](NativeCall& c) {
         int r = ArgString(c.args).compare(ArgString(c.args + 2));
         return ReturnInt(c, r < 0 ? -1 : r > 0 ? 1 : 0);
       }},
      {"strings.Count",
       [](NativeCall& c) {
         std::string_view s = ArgString(c.args), sub = ArgString(c.args + 2);
         if (sub.empty()) {
           int64_t runes = 0;
           for (size_t i = 0; i < s.size(); i += RuneLen(s, i)) runes++;
           return ReturnInt(c, runes + 1);
         }
         int64_t n = 0;
         for (size_t at = s.find(sub); at != std::string_view::npos; at = s.find(sub, at + sub.size())) n++;
         return ReturnInt(c, n);
       }},
      {"strings.Repeat",
       [](NativeCall& c) {
         int64_t n = static_cast<int64_t>(c.args[2]);
         if (n < 0) {
           c.panic = "strings: negative Repeat count";
           return OpStatus::kDone;
         }
         std::string out;
         for (int64_t i = 0; i < n; i++) out += ArgString(c.args);
         return Return(c, out);
       }},
      {"strings.Replace",
       [](NativeCall& c) {
         return Return(c, Replace(ArgString(c.args), ArgString(c.args + 2), ArgString(c.args + 4), static_cast<int64_t>(c.args[6])));
       }},
      {"strings.ReplaceAll",
       [](NativeCall& c) { return Return(c, Replace(ArgString(c.args), ArgString(c.args + 2), ArgString(c.args + 4), -1)); }},
      {"strings.ToUpper", [](NativeCall& c) { return Return(c, MapAscii(ArgString(c.args), ::toupper)); }},
      {"strings.ToLower", [](NativeCall& c) { return Return(c, MapAscii(ArgString(c.args), ::tolower)); }},
      {"strings.TrimSpace", [](NativeCall& c) { return Return(c, TrimSpace(ArgString(c.args))); }},
      {"strings.TrimPrefix",
       [](NativeCall& c) {
         std::string_view s = ArgString(c.args), p = ArgString(c.args + 2);
         return Return(c, s.starts_with(p) ? s.substr(p.size()) : s);
       }},
      {"strings.TrimSuffix",
       [](NativeCall& c) {
         std::string_view s = ArgString(c.args), p = ArgString(c.args + 2);
         return Return(c, s.ends_with(p) ? s.substr(0, s.size() - p.size()) : s);
       }},
      {"strings.Split", [](NativeCall& c) { return ReturnStrings(c, Split(ArgString(c.args), ArgString(c.args + 2), -1)); }},
      {"strings.SplitN",
       [](NativeCall& c) {
         return ReturnStrings(c, Split(ArgString(c.args), ArgString(c.args + 2), static_cast<int64_t>(c.args[4])));
       }},
      {"strings.Fields",
       [](NativeCall& c) {
         std::string_view s = ArgString(c.args);
         std::vector<std::string_view> out;
         size_t i = 0;
         while (i < s.size()) {
           while (i < s.size() && IsSpace(s[i])) i++;
           size_t start = i;
           while (i < s.size() && !IsSpace(s[i])) i++;
           if (i > start) out.push_back(s.substr(start, i - start));
         }
         return ReturnStrings(c, out);
       }},
      {"strings.Join",
       [](NativeCall& c) {
         const uint64_t* elems = reinterpret_cast<const uint64_t*>(c.args[0]);
         std::string out;
         for (uint64_t i = 0; i < c.args[1]; i++) {
           if (i) out += ArgString(c.args + 3);
           out += ArgString(elems + 2 * i);
         }
         return Return(c, out);
       }},
      {"strconv.Itoa", [](NativeCall& c) { return Return(c, std::to_string(static_cast<int64_t>(c.args[0]))); }},
  };
  for (const auto& [n, f] : kTable)
    if (n == name) return f;
  return nullptr;
}

OpStatus ReturnStrings(NativeCall& c, const std::vector<std::string_view>& parts) {
  uint64_t* data = c.vm.Alloc(parts.size() * 2);
  for (size_t i = 0; i < parts.size(); i++) c.vm.NewString(parts[i], data + 2 * i);
  c.args[0] = reinterpret_cast<uintptr_t>(data);
  c.args[1] = c.args[2] = parts.size();
  return OpStatus::kDone;
}

}  // namespace chanscope::lang
