// strconv_quote.cpp — Go's Quote, QuoteRune, CanBackquote, IsGraphic, UnquoteChar, Unquote and
// QuotedPrefix (quote.go).
#include <algorithm>
#include <iterator>

#include "lang/strconv_format.h"
#include "lang/unicode_class.h"

namespace chanscope::lang::strconv {

namespace {

constexpr char kLowerHex[] = "0123456789abcdef";

bool ValidRune(int64_t r) { return (0 <= r && r < 0xD800) || (0xDFFF < r && r <= 0x10FFFF); }

void AppendHex(std::string& out, uint32_t v, int digits) {
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += kLowerHex[(v >> shift) & 0xF];
}

// quote.go's appendEscapedRune: r as it appears between quotes (graphic_only also leaves
// the non-ASCII spaces of IsGraphic unescaped).
void AppendEscapedRune(std::string& out, char32_t r, char quote, bool ascii_only, bool graphic_only) {
  if (r == char32_t(quote) || r == '\\') {  // always backslashed
    out += '\\';
    out += char(r);
    return;
  }
  if (ascii_only ? (r < 0x80 && IsPrint(r)) : graphic_only ? IsGraphic(r) : IsPrint(r)) {
    AppendUtf8(out, r);
    return;
  }
  switch (r) {
    case '\a': out += "\\a"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    case '\v': out += "\\v"; return;
    default: break;
  }
  if (r < ' ' || r == 0x7F) {
    out += "\\x";
    AppendHex(out, r, 2);
  } else if (!ValidRune(r) || r < 0x10000) {
    out += "\\u";
    AppendHex(out, ValidRune(r) ? r : 0xFFFD, 4);
  } else {
    out += "\\U";
    AppendHex(out, r, 8);
  }
}

void AppendQuotedWith(std::string& out, std::string_view s, char quote, bool ascii_only, bool graphic_only) {
  out += quote;
  for (size_t i = 0; i < s.size();) {
    char32_t r;
    size_t width = DecodeUtf8(s, i, &r);
    if (width == 1 && r == kRuneError) {  // an invalid byte: \xHH
      out += "\\x";
      AppendHex(out, uint8_t(s[i]), 2);
    } else {
      AppendEscapedRune(out, r, quote, ascii_only, graphic_only);
    }
    i += width;
  }
  out += quote;
}

int Unhex(char c) {
  if ('0' <= c && c <= '9') return c - '0';
  if ('a' <= c && c <= 'f') return c - 'a' + 10;
  if ('A' <= c && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool ValidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    char32_t r;
    size_t width = DecodeUtf8(s, i, &r);
    if (width == 1 && r == kRuneError) return false;
    i += width;
  }
  return true;
}

// The value of a `...` literal: its body without carriage returns.
std::string RawBody(std::string_view body) {
  std::string out;
  for (char c : body) {
    if (c != '\r') out += c;
  }
  return out;
}

}  // namespace

bool CanBackquote(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    char32_t r;
    size_t width = DecodeUtf8(s, i, &r);
    i += width;
    if (width > 1) {
      if (r == 0xFEFF) return false;  // BOMs are invisible and should not be quoted
      continue;
    }
    if (r == kRuneError) return false;
    if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) return false;
  }
  return true;
}

bool IsGraphic(char32_t r) {
  // strconv's isGraphic list: the spaces (Zs) that IsPrint leaves out.
  static constexpr char32_t kGraphicSpaces[] = {0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003,
                                                0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
                                                0x200a, 0x202f, 0x205f, 0x3000};
  return IsPrint(r) || std::binary_search(std::begin(kGraphicSpaces), std::end(kGraphicSpaces), r);
}

void AppendQuote(std::string& out, std::string_view s, bool ascii_only, bool graphic_only) {
  AppendQuotedWith(out, s, '"', ascii_only, graphic_only);
}

std::string Quote(std::string_view s) {
  std::string out;
  AppendQuote(out, s);
  return out;
}

std::string QuoteToASCII(std::string_view s) {
  std::string out;
  AppendQuote(out, s, true);
  return out;
}

void AppendQuoteRune(std::string& out, int32_t r, bool ascii_only, bool graphic_only) {
  out += '\'';
  AppendEscapedRune(out, ValidRune(r) ? char32_t(r) : kRuneError, '\'', ascii_only, graphic_only);
  out += '\'';
}

std::string QuoteRune(int32_t r) {
  std::string out;
  AppendQuoteRune(out, r);
  return out;
}

std::string QuoteRuneToASCII(int32_t r) {
  std::string out;
  AppendQuoteRune(out, r, true);
  return out;
}

bool UnquoteChar(std::string_view s, char quote, char32_t* value, bool* multibyte,
                 std::string_view* tail) {
  *value = 0;
  *multibyte = false;
  if (s.empty()) return false;
  unsigned char c = uint8_t(s[0]);
  if (c == uint8_t(quote) && (quote == '\'' || quote == '"')) return false;
  if (c >= 0x80) {
    size_t width = DecodeUtf8(s, 0, value);
    *multibyte = true;
    *tail = s.substr(width);
    return true;
  }
  if (c != '\\') {
    *value = c;
    *tail = s.substr(1);
    return true;
  }
  // A backslash escape.
  if (s.size() <= 1) return false;
  char e = s[1];
  s.remove_prefix(2);
  switch (e) {
    case 'a': *value = '\a'; break;
    case 'b': *value = '\b'; break;
    case 'f': *value = '\f'; break;
    case 'n': *value = '\n'; break;
    case 'r': *value = '\r'; break;
    case 't': *value = '\t'; break;
    case 'v': *value = '\v'; break;
    case '\\': *value = '\\'; break;
    case 'x':
    case 'u':
    case 'U': {
      size_t n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
      if (s.size() < n) return false;
      uint32_t v = 0;
      for (size_t j = 0; j < n; ++j) {
        int x = Unhex(s[j]);
        if (x < 0) return false;
        v = v << 4 | uint32_t(x);
      }
      s.remove_prefix(n);
      if (e != 'x') {
        if (!ValidRune(v)) return false;
        *multibyte = true;
      }
      *value = v;  // \x: a single byte, possibly not UTF-8
      break;
    }
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
      uint32_t v = uint32_t(e - '0');
      if (s.size() < 2) return false;
      for (size_t j = 0; j < 2; ++j) {  // one digit already; two more
        if (s[j] < '0' || s[j] > '7') return false;
        v = v << 3 | uint32_t(s[j] - '0');
      }
      s.remove_prefix(2);
      if (v > 255) return false;
      *value = v;
      break;
    }
    case '\'':
    case '"':
      if (e != quote) return false;
      *value = char32_t(e);
      break;
    default: return false;
  }
  *tail = s;
  return true;
}

namespace {

// quote.go's unquote: the literal at the start of in, its value in *out and its length in
// *consumed; false on ErrSyntax.
bool UnquotePrefix(std::string_view in, std::string* out, size_t* consumed) {
  if (in.size() < 2) return false;
  char quote = in[0];
  size_t end = in.find(quote, 1);
  if (end == std::string_view::npos) return false;
  ++end;  // just past the terminating quote, unless escapes move it
  if (quote == '`') {
    *out = RawBody(in.substr(1, end - 2));
    *consumed = end;
    return true;
  }
  if (quote != '"' && quote != '\'') return false;
  std::string_view body = in.substr(1, end - 2);
  // Without escapes or newlines the body is the value, if it is valid.
  if (body.find('\\') == std::string_view::npos && body.find('\n') == std::string_view::npos) {
    bool valid;
    if (quote == '"') {
      valid = ValidUtf8(body);
    } else {
      char32_t r;
      size_t n = DecodeUtf8(body, 0, &r);
      valid = n == body.size() && (r != kRuneError || n != 1);  // '' passes, as in Go
    }
    if (valid) {
      *out = body;
      *consumed = end;
      return true;
    }
  }
  // With escapes: decode one character at a time.
  std::string_view rest = in.substr(1);
  while (!rest.empty() && rest[0] != quote) {
    char32_t r;
    bool multibyte;
    std::string_view tail;
    if (rest[0] == '\n' || !UnquoteChar(rest, quote, &r, &multibyte, &tail)) return false;
    rest = tail;
    if (r < 0x80 || !multibyte) {
      *out += char(r);
    } else {
      AppendUtf8(*out, r);
    }
    if (quote == '\'') break;  // a rune literal holds one character
  }
  // The literal must end with its quote.
  if (rest.empty() || rest[0] != quote) return false;
  *consumed = in.size() - rest.size() + 1;
  return true;
}

}  // namespace

bool Unquote(std::string_view s, std::string* out) {
  out->clear();
  size_t consumed;
  if (UnquotePrefix(s, out, &consumed) && consumed == s.size()) return true;
  out->clear();  // Go returns "" with ErrSyntax
  return false;
}

bool QuotedPrefix(std::string_view s, std::string_view* prefix) {
  std::string value;
  size_t consumed;
  if (!UnquotePrefix(s, &value, &consumed)) return false;
  *prefix = s.substr(0, consumed);
  return true;
}

}  // namespace chanscope::lang::strconv
