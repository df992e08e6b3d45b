// natives_strconv.cpp — the strconv natives over strconv_format.h (ports of Go's strconv).
// Parsers return a failure code that stdlib/strconv.go turns into Go's *NumError.
#include <bit>
#include <string>
#include <string_view>

#include "lang/natives.h"
#include "lang/strconv_format.h"
#include "lang/vm.h"

namespace chanscope::lang {

namespace {

using core::OpStatus;

OpStatus Return(NativeCall& c, std::string_view s) {
  ReturnString(c, s);
  return OpStatus::kDone;
}

OpStatus ReturnWord(NativeCall& c, uint64_t v) {
  c.args[0] = v;
  return OpStatus::kDone;
}

// (value, code): the code is NumErr's value (0 success, 1 syntax, 2 range, 3 base, 4 bit size).
template <typename T>
OpStatus ReturnParsed(NativeCall& c, const strconv::Parsed<T>& p) {
  if constexpr (std::is_same_v<T, double>) {
    c.args[0] = std::bit_cast<uint64_t>(p.value);
  } else {
    c.args[0] = static_cast<uint64_t>(p.value);
  }
  c.args[1] = static_cast<uint64_t>(p.err.kind);
  return OpStatus::kDone;
}

int Int(const NativeCall& c, int word) { return static_cast<int>(static_cast<int64_t>(c.args[word])); }
int32_t Rune(const NativeCall& c, int word) { return static_cast<int32_t>(c.args[word]); }

bool BadBase(NativeCall& c, int base) {
  if (base >= 2 && base <= 36) return false;
  c.panic = "strconv: illegal AppendInt/FormatInt base";
  return true;
}

bool BadBitSize(NativeCall& c, int bit_size) {
  if (bit_size == 32 || bit_size == 64) return false;
  c.panic = "strconv: illegal AppendFloat/FormatFloat bitSize";
  return true;
}

double Float(const NativeCall& c, int word) { return std::bit_cast<double>(c.args[word]); }

// AppendX(dst []byte, ...): dst is args[0..3); the text to append is made by `text`.
template <typename F>
OpStatus Append(NativeCall& c, F text) {
  std::string s;
  text(s);
  AppendBytes(c.vm, c.args, s, c.args);
  return OpStatus::kDone;
}

OpStatus FormatIntNative(NativeCall& c, bool is_signed) {
  int base = Int(c, 1);
  if (BadBase(c, base)) return OpStatus::kDone;
  if (is_signed) return Return(c, strconv::FormatInt(static_cast<int64_t>(c.args[0]), base));
  return Return(c, strconv::FormatUint(c.args[0], base));
}

OpStatus AppendIntNative(NativeCall& c, bool is_signed) {
  int base = Int(c, 4);
  if (BadBase(c, base)) return OpStatus::kDone;
  uint64_t v = c.args[3];
  return Append(c, [&](std::string& s) {
    if (is_signed) {
      strconv::AppendInt(s, static_cast<int64_t>(v), base);
    } else {
      strconv::AppendUint(s, v, base);
    }
  });
}

OpStatus UnquoteCharNative(NativeCall& c) {
  std::string_view s = ArgString(c.args);
  char32_t value = 0;
  bool multibyte = false;
  std::string_view tail;
  bool ok = strconv::UnquoteChar(s, static_cast<char>(c.args[2]), &value, &multibyte, &tail);
  c.args[0] = ok ? value : 0;
  c.args[1] = ok && multibyte;
  c.vm.NewString(ok ? tail : std::string_view(), c.args + 2);
  c.args[4] = ok;
  return OpStatus::kDone;
}

}  // namespace

// The strconv entries of the native table (natives.cpp looks here too).
NativeFn FindStrconvNative(std::string_view name) {
  static const std::pair<std::string_view, NativeFn> kTable[] = {
      {"strconv.parseInt",
       [](NativeCall& c) { return ReturnParsed(c, strconv::ParseInt(ArgString(c.args), Int(c, 2), Int(c, 3))); }},
      {"strconv.parseUint",
       [](NativeCall& c) { return ReturnParsed(c, strconv::ParseUint(ArgString(c.args), Int(c, 2), Int(c, 3))); }},
      {"strconv.parseFloat",
       [](NativeCall& c) { return ReturnParsed(c, strconv::ParseFloat(ArgString(c.args), Int(c, 2))); }},
      {"strconv.atoi", [](NativeCall& c) { return ReturnParsed(c, strconv::Atoi(ArgString(c.args))); }},
      {"strconv.parseBool", [](NativeCall& c) { return ReturnParsed(c, strconv::ParseBool(ArgString(c.args))); }},
      {"strconv.unquote",
       [](NativeCall& c) {
         std::string out;
         bool ok = strconv::Unquote(ArgString(c.args), &out);
         c.vm.NewString(ok ? out : "", c.args);
         c.args[2] = ok;
         return OpStatus::kDone;
       }},
      {"strconv.unquoteChar", UnquoteCharNative},
      {"strconv.Itoa", [](NativeCall& c) { return Return(c, strconv::Itoa(static_cast<int64_t>(c.args[0]))); }},
      {"strconv.FormatBool", [](NativeCall& c) { return Return(c, strconv::FormatBool(c.args[0] != 0)); }},
      {"strconv.FormatFloat",
       [](NativeCall& c) {
         if (BadBitSize(c, Int(c, 3))) return OpStatus::kDone;
         return Return(c, strconv::FormatFloat(Float(c, 0), static_cast<char>(c.args[1]), Int(c, 2), Int(c, 3)));
       }},
      {"strconv.FormatInt", [](NativeCall& c) { return FormatIntNative(c, true); }},
      {"strconv.FormatUint", [](NativeCall& c) { return FormatIntNative(c, false); }},
      {"strconv.Quote", [](NativeCall& c) { return Return(c, strconv::Quote(ArgString(c.args))); }},
      {"strconv.QuoteRune", [](NativeCall& c) { return Return(c, strconv::QuoteRune(Rune(c, 0))); }},
      {"strconv.QuoteRuneToASCII", [](NativeCall& c) { return Return(c, strconv::QuoteRuneToASCII(Rune(c, 0))); }},
      {"strconv.QuoteToASCII", [](NativeCall& c) { return Return(c, strconv::QuoteToASCII(ArgString(c.args))); }},
      {"strconv.QuoteToGraphic",
       [](NativeCall& c) {
         std::string out;
         strconv::AppendQuote(out, ArgString(c.args), false, true);
         return Return(c, out);
       }},
      {"strconv.QuoteRuneToGraphic",
       [](NativeCall& c) {
         std::string out;
         strconv::AppendQuoteRune(out, Rune(c, 0), false, true);
         return Return(c, out);
       }},
      {"strconv.quotedPrefix",
       [](NativeCall& c) {
         std::string_view prefix;
         bool ok = strconv::QuotedPrefix(ArgString(c.args), &prefix);
         c.vm.NewString(ok ? prefix : std::string_view(), c.args);
         c.args[2] = ok;
         return OpStatus::kDone;
       }},
      {"strconv.CanBackquote", [](NativeCall& c) { return ReturnWord(c, strconv::CanBackquote(ArgString(c.args))); }},
      {"strconv.IsPrint",
       [](NativeCall& c) {
         int32_t r = Rune(c, 0);
         return ReturnWord(c, r >= 0 && strconv::IsPrint(static_cast<char32_t>(r)));
       }},
      {"strconv.IsGraphic",
       [](NativeCall& c) {
         int32_t r = Rune(c, 0);
         return ReturnWord(c, r >= 0 && strconv::IsGraphic(static_cast<char32_t>(r)));
       }},
      {"strconv.AppendInt", [](NativeCall& c) { return AppendIntNative(c, true); }},
      {"strconv.AppendUint", [](NativeCall& c) { return AppendIntNative(c, false); }},
      {"strconv.AppendBool",
       [](NativeCall& c) {
         bool b = c.args[3] != 0;
         return Append(c, [&](std::string& s) { s += strconv::FormatBool(b); });
       }},
      {"strconv.AppendFloat",
       [](NativeCall& c) {
         double f = Float(c, 3);
         char fmt = static_cast<char>(c.args[4]);
         int prec = Int(c, 5), bits = Int(c, 6);
         if (BadBitSize(c, bits)) return OpStatus::kDone;
         return Append(c, [&](std::string& s) { strconv::AppendFloat(s, f, fmt, prec, bits); });
       }},
      {"strconv.AppendQuoteRune",
       [](NativeCall& c) {
         int32_t r = Rune(c, 3);
         return Append(c, [&](std::string& s) { strconv::AppendQuoteRune(s, r); });
       }},
      {"strconv.AppendQuoteRuneToASCII",
       [](NativeCall& c) {
         int32_t r = Rune(c, 3);
         return Append(c, [&](std::string& s) { strconv::AppendQuoteRune(s, r, true); });
       }},
      {"strconv.AppendQuote",
       [](NativeCall& c) {
         std::string_view q = ArgString(c.args + 3);
         return Append(c, [&](std::string& s) { strconv::AppendQuote(s, q); });
       }},
      {"strconv.AppendQuoteToGraphic",
       [](NativeCall& c) {
         std::string_view q = ArgString(c.args + 3);
         return Append(c, [&](std::string& s) { strconv::AppendQuote(s, q, false, true); });
       }},
      {"strconv.AppendQuoteRuneToGraphic",
       [](NativeCall& c) {
         int32_t r = Rune(c, 3);
         return Append(c, [&](std::string& s) { strconv::AppendQuoteRune(s, r, false, true); });
       }},
      {"strconv.AppendQuoteToASCII",
       [](NativeCall& c) {
         std::string_view q = ArgString(c.args + 3);
         return Append(c, [&](std::string& s) { strconv::AppendQuote(s, q, true); });
       }},
  };
  for (const auto& [n, f] : kTable)
    if (n == name) return f;
  return nullptr;
}

}  // namespace chanscope::lang
