// lexer.cpp — the scanner, following gc's cmd/compile/internal/syntax/scanner.go.
//
// Automatic semicolons (spec "Semicolons"): after a line's last token, if that token is
// an identifier, a literal, one of break continue fallthrough return, ++ --, or ) ] },
// a newline (or the end of the file, or a block comment spanning lines) becomes ';'.
// nlsemi_ records whether the previous token was such a token.
#include "lang/lexer.h"

#include "lang/literal.h"
#include "lang/unicode_class.h"

namespace chanscope::lang {

namespace {

bool IsLetter(int32_t c) { return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_'; }
bool IsDecimal(int32_t c) { return c >= '0' && c <= '9'; }
bool IsHex(int32_t c) { return IsDecimal(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }

const char* BaseName(int base) {
  switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 16: return "hexadecimal";
    default: return "decimal";
  }
}

// The index of the first '_' in a number literal that does not separate two digits
// (a prefix such as 0x counts as a digit), or -1.
int InvalidSeparator(std::string_view x) {
  char x1 = ' ';  // the prefix letter, if any
  char d = '.';   // previous class: '_', '0' (a digit) or '.' (anything else)
  size_t i = 0;
  if (x.size() >= 2 && x[0] == '0') {
    x1 = char(x[1] | 0x20);
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.size(); ++i) {
    char p = d;
    d = x[i];
    if (d == '_') {
      if (p != '0') return int(i);
    } else if (IsDecimal(d) || (x1 == 'x' && IsHex(d))) {
      d = '0';
    } else {
      if (p == '_') return int(i) - 1;
      d = '.';
    }
  }
  return d == '_' ? int(x.size()) - 1 : -1;
}

}  // namespace

Lexer::Lexer(std::string_view file_name, std::string_view source,
             std::vector<Diagnostic>* diagnostics)
    : file_name_(file_name), src_(source), diagnostics_(diagnostics) {
  col_ = 1;
  NextCh();
  // A byte order mark is allowed as the very first character only.
  // (gc counts its bytes in the first line's columns; so do we.)
  if (ch_ == 0xFEFF) NextCh();
}

void Lexer::Error(Pos pos, std::string message) {
  diagnostics_->push_back(
      Diagnostic{std::string(file_name_), pos.line, pos.col, std::move(message)});
}

void Lexer::NextCh() {
  for (;;) {
    offset_ += width_;
    if (ch_ == '\n') {
      ++line_;
      col_ = 1;
    } else {
      col_ += int32_t(width_);
    }
    if (offset_ >= src_.size()) {
      ch_ = kEOFCh;
      width_ = 0;
      return;
    }
    unsigned char b = uint8_t(src_[offset_]);
    if (b < 0x80) {
      ch_ = b;
      width_ = 1;
      if (b == 0) {
        ErrorHere("invalid NUL character");
        continue;
      }
      return;
    }
    char32_t c = 0;
    width_ = DecodeUtf8(src_, offset_, &c);
    ch_ = int32_t(c);
    if (c == kRuneError && width_ == 1) {
      ErrorHere("invalid UTF-8 encoding");
      continue;
    }
    if (c == 0xFEFF && offset_ > 0) {
      ErrorHere("invalid BOM in the middle of the file");
      continue;
    }
    return;
  }
}

void Lexer::SetLit(Token& t, Tok tok, bool ok) {
  nlsemi_ = true;
  t.tok = tok;
  t.lit = Segment();
  t.bad = !ok;
}

Tok Lexer::AssignOp(Tok op, Tok op_assign) {
  if (ch_ == '=') {
    NextCh();
    return op_assign;
  }
  return op;
}

Token Lexer::Next() {
  bool nlsemi = nlsemi_;
  nlsemi_ = false;
  Token t;
  for (;;) {
    while (ch_ == ' ' || ch_ == '\t' || ch_ == '\r' || (ch_ == '\n' && !nlsemi)) NextCh();

    tok_start_ = offset_;
    tok_pos_ = Pos{line_, col_};
    t.pos = tok_pos_;
    if (IsLetter(ch_) || (ch_ >= 0x80 && AtIdentChar(true))) {
      NextCh();
      Identifier(t);
      return t;
    }

    switch (ch_) {
      case kEOFCh:
        if (nlsemi) {
          t.tok = Tok::kSemicolon;
          t.lit = "EOF";
          return t;
        }
        t.tok = Tok::kEOF;
        return t;
      case '\n':
        NextCh();
        t.tok = Tok::kSemicolon;
        t.lit = "newline";
        return t;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7':
      case '8':
      case '9': Number(t, false); return t;
      case '"': StdString(t); return t;
      case '`': RawString(t); return t;
      case '\'': Rune(t); return t;
      case '(':
        NextCh();
        t.tok = Tok::kLParen;
        return t;
      case '[':
        NextCh();
        t.tok = Tok::kLBrack;
        return t;
      case '{':
        NextCh();
        t.tok = Tok::kLBrace;
        return t;
      case ',':
        NextCh();
        t.tok = Tok::kComma;
        return t;
      case ';':
        NextCh();
        t.tok = Tok::kSemicolon;
        t.lit = "semicolon";
        return t;
      case ')':
        NextCh();
        nlsemi_ = true;
        t.tok = Tok::kRParen;
        return t;
      case ']':
        NextCh();
        nlsemi_ = true;
        t.tok = Tok::kRBrack;
        return t;
      case '}':
        NextCh();
        nlsemi_ = true;
        t.tok = Tok::kRBrace;
        return t;
      case ':':
        NextCh();
        t.tok = ch_ == '=' ? (NextCh(), Tok::kDefine) : Tok::kColon;
        return t;
      case '.':
        NextCh();
        if (IsDecimal(ch_)) {
          Number(t, true);
          return t;
        }
        // ".." is two periods; only "..." is one token (no rewind needed: peek the byte).
        if (ch_ == '.' && offset_ + 1 < src_.size() && src_[offset_ + 1] == '.') {
          NextCh();
          NextCh();
          t.tok = Tok::kEllipsis;
          return t;
        }
        t.tok = Tok::kPeriod;
        return t;
      case '+':
        NextCh();
        if (ch_ == '+') {
          NextCh();
          nlsemi_ = true;
          t.tok = Tok::kInc;
          return t;
        }
        t.tok = AssignOp(Tok::kAdd, Tok::kAddAssign);
        return t;
      case '-':
        NextCh();
        if (ch_ == '-') {
          NextCh();
          nlsemi_ = true;
          t.tok = Tok::kDec;
          return t;
        }
        t.tok = AssignOp(Tok::kSub, Tok::kSubAssign);
        return t;
      case '*':
        NextCh();
        t.tok = AssignOp(Tok::kMul, Tok::kMulAssign);
        return t;
      case '/':
        NextCh();
        if (ch_ == '/') {
          SkipLine();
          continue;
        }
        if (ch_ == '*') {
          NextCh();
          int32_t start_line = tok_pos_.line;
          SkipComment();
          if (line_ > start_line && nlsemi) {
            // A block comment spanning lines acts like a newline.
            t.tok = Tok::kSemicolon;
            t.lit = "newline";
            return t;
          }
          continue;
        }
        t.tok = AssignOp(Tok::kQuo, Tok::kQuoAssign);
        return t;
      case '%':
        NextCh();
        t.tok = AssignOp(Tok::kRem, Tok::kRemAssign);
        return t;
      case '&':
        NextCh();
        if (ch_ == '&') {
          NextCh();
          t.tok = Tok::kLAnd;
          return t;
        }
        if (ch_ == '^') {
          NextCh();
          t.tok = AssignOp(Tok::kAndNot, Tok::kAndNotAssign);
          return t;
        }
        t.tok = AssignOp(Tok::kAnd, Tok::kAndAssign);
        return t;
      case '|':
        NextCh();
        if (ch_ == '|') {
          NextCh();
          t.tok = Tok::kLOr;
          return t;
        }
        t.tok = AssignOp(Tok::kOr, Tok::kOrAssign);
        return t;
      case '^':
        NextCh();
        t.tok = AssignOp(Tok::kXor, Tok::kXorAssign);
        return t;
      case '<':
        NextCh();
        if (ch_ == '=') {
          NextCh();
          t.tok = Tok::kLeq;
        } else if (ch_ == '<') {
          NextCh();
          t.tok = AssignOp(Tok::kShl, Tok::kShlAssign);
        } else if (ch_ == '-') {
          NextCh();
          t.tok = Tok::kArrow;
        } else {
          t.tok = Tok::kLss;
        }
        return t;
      case '>':
        NextCh();
        if (ch_ == '=') {
          NextCh();
          t.tok = Tok::kGeq;
        } else if (ch_ == '>') {
          NextCh();
          t.tok = AssignOp(Tok::kShr, Tok::kShrAssign);
        } else {
          t.tok = Tok::kGtr;
        }
        return t;
      case '=':
        NextCh();
        t.tok = ch_ == '=' ? (NextCh(), Tok::kEql) : Tok::kAssign;
        return t;
      case '!':
        NextCh();
        t.tok = ch_ == '=' ? (NextCh(), Tok::kNeq) : Tok::kNot;
        return t;
      case '~':
        NextCh();
        t.tok = Tok::kTilde;
        return t;
      default:
        ErrorHere("invalid character " + FormatCodePoint(char32_t(ch_)));
        NextCh();
        continue;  // skip it and scan on, as gc does
    }
  }
}

void Lexer::Identifier(Token& t) {
  while (IsLetter(ch_) || IsDecimal(ch_)) NextCh();
  if (ch_ >= 0x80) {
    while (AtIdentChar(false)) NextCh();
  }
  std::string_view word = Segment();
  Tok kw = LookupKeyword(word);
  if (kw != Tok::kIdent) {
    nlsemi_ =
        kw == Tok::kBreak || kw == Tok::kContinue || kw == Tok::kFallthrough || kw == Tok::kReturn;
    t.tok = kw;
    return;
  }
  nlsemi_ = true;
  t.tok = Tok::kIdent;
  t.lit = word;
}

bool Lexer::AtIdentChar(bool first) {
  if (ch_ < 0) return false;
  char32_t c = char32_t(ch_);
  if (IsUnicodeLetter(c) || c == '_') return true;
  if (IsUnicodeDigit(c)) {
    if (first) ErrorHere("identifier cannot begin with digit " + FormatCodePoint(c));
    return true;
  }
  if (c >= 0x80) {
    ErrorHere("invalid character " + FormatCodePoint(c) + " in identifier");
    return true;
  }
  return false;
}

int Lexer::Digits(int base, int* invalid) {
  int digsep = 0;  // bit 0: a digit seen, bit 1: a '_' seen
  if (base <= 10) {
    int32_t max = '0' + base;
    while (IsDecimal(ch_) || ch_ == '_') {
      int ds = 1;
      if (ch_ == '_') {
        ds = 2;
      } else if (ch_ >= max && invalid != nullptr && *invalid < 0) {
        *invalid = col_ - tok_pos_.col;  // where the bad digit is, for the message
      }
      digsep |= ds;
      NextCh();
    }
  } else {
    while (IsHex(ch_) || ch_ == '_') {
      digsep |= ch_ == '_' ? 2 : 1;
      NextCh();
    }
  }
  return digsep;
}

void Lexer::Number(Token& t, bool seen_point) {
  bool ok = true;
  Tok kind = Tok::kInt;
  int base = 10;
  char prefix = 0;  // 0 (decimal), '0' (legacy octal), 'x', 'o' or 'b'
  int digsep = 0;
  int invalid = -1;

  if (!seen_point) {
    if (ch_ == '0') {
      NextCh();
      switch (ch_ | 0x20) {
        case 'x':
          NextCh();
          base = 16, prefix = 'x';
          break;
        case 'o':
          NextCh();
          base = 8, prefix = 'o';
          break;
        case 'b':
          NextCh();
          base = 2, prefix = 'b';
          break;
        default: base = 8, prefix = '0', digsep = 1;  // the leading 0 is a digit
      }
    }
    digsep |= Digits(base, &invalid);
    if (ch_ == '.') {
      if (prefix == 'o' || prefix == 'b') {
        ErrorHere(std::string("invalid radix point in ") + BaseName(base) + " literal");
        ok = false;
      }
      NextCh();
      seen_point = true;
    }
  }
  if (seen_point) {
    kind = Tok::kFloat;
    digsep |= Digits(base, &invalid);
  }
  if ((digsep & 1) == 0 && ok) {
    ErrorHere(std::string(BaseName(base)) + " literal has no digits");
    ok = false;
  }

  if (int32_t e = ch_ | 0x20; ch_ > 0 && (e == 'e' || e == 'p')) {
    if (ok) {
      if (e == 'e' && prefix != 0 && prefix != '0') {
        ErrorHere(QuoteRune(char32_t(ch_)) + " exponent requires decimal mantissa");
        ok = false;
      } else if (e == 'p' && prefix != 'x') {
        ErrorHere(QuoteRune(char32_t(ch_)) + " exponent requires hexadecimal mantissa");
        ok = false;
      }
    }
    NextCh();
    kind = Tok::kFloat;
    if (ch_ == '+' || ch_ == '-') NextCh();
    digsep = Digits(10, nullptr) | (digsep & 2);
    if ((digsep & 1) == 0 && ok) {
      ErrorHere("exponent has no digits");
      ok = false;
    }
  } else if (prefix == 'x' && kind == Tok::kFloat && ok) {
    ErrorHere("hexadecimal mantissa requires a 'p' exponent");
    ok = false;
  }

  if (ch_ == 'i') {
    kind = Tok::kImag;
    NextCh();
  }
  SetLit(t, kind, ok);

  if (kind == Tok::kInt && invalid >= 0 && ok) {
    Error(TokenPos(invalid), "invalid digit " + QuoteRune(char32_t(t.lit[size_t(invalid)])) +
                                 " in " + BaseName(base) + " literal");
    ok = false;
  }
  if ((digsep & 2) != 0 && ok) {
    if (int i = InvalidSeparator(t.lit); i >= 0) {
      Error(TokenPos(i), "'_' must separate successive digits");
      ok = false;
    }
  }
  t.bad = !ok;
}

void Lexer::Rune(Token& t) {
  bool ok = true;
  NextCh();
  for (int n = 0;; ++n) {
    if (ch_ == '\'') {
      if (ok) {
        if (n == 0) {
          ErrorHere("empty rune literal or unescaped '");
          ok = false;
        } else if (n != 1) {
          Error(TokenPos(0), "more than one character in rune literal");
          ok = false;
        }
      }
      NextCh();
      break;
    }
    if (ch_ == '\\') {
      NextCh();
      if (!Escape('\'')) ok = false;
      continue;
    }
    if (ch_ == '\n') {
      if (ok) {
        ErrorHere("newline in rune literal");
        ok = false;
      }
      break;
    }
    if (ch_ == kEOFCh) {
      if (ok) {
        Error(TokenPos(0), "rune literal not terminated");
        ok = false;
      }
      break;
    }
    NextCh();
  }
  SetLit(t, Tok::kChar, ok);
}

void Lexer::StdString(Token& t) {
  bool ok = true;
  NextCh();
  for (;;) {
    if (ch_ == '"') {
      NextCh();
      break;
    }
    if (ch_ == '\\') {
      NextCh();
      if (!Escape('"')) ok = false;
      continue;
    }
    if (ch_ == '\n') {
      ErrorHere("newline in string");
      ok = false;
      break;
    }
    if (ch_ == kEOFCh) {
      Error(TokenPos(0), "string not terminated");
      ok = false;
      break;
    }
    NextCh();
  }
  SetLit(t, Tok::kString, ok);
}

void Lexer::RawString(Token& t) {
  bool ok = true;
  NextCh();
  for (;;) {
    if (ch_ == '`') {
      NextCh();
      break;
    }
    if (ch_ == kEOFCh) {
      Error(TokenPos(0), "string not terminated");
      ok = false;
      break;
    }
    NextCh();
  }
  SetLit(t, Tok::kString, ok);
}

void Lexer::SkipLine() {
  // Leaves the '\n' in place: it may still become a semicolon.
  while (ch_ != kEOFCh && ch_ != '\n') NextCh();
}

bool Lexer::SkipComment() {
  while (ch_ != kEOFCh) {
    while (ch_ == '*') {
      NextCh();
      if (ch_ == '/') {
        NextCh();
        return true;
      }
    }
    if (ch_ == kEOFCh) break;
    NextCh();
  }
  Error(TokenPos(0), "comment not terminated");
  return false;
}

bool Lexer::Escape(char32_t quote) {
  int n = 0;
  uint32_t base = 0, max = 0;
  switch (ch_) {
    case 'a':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
    case 'v':
    case '\\': NextCh(); return true;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': n = 3, base = 8, max = 255; break;
    case 'x':
      NextCh();
      n = 2, base = 16, max = 255;
      break;
    case 'u':
      NextCh();
      n = 4, base = 16, max = 0x10FFFF;
      break;
    case 'U':
      NextCh();
      n = 8, base = 16, max = 0x10FFFF;
      break;
    default:
      if (ch_ == int32_t(quote)) {
        NextCh();
        return true;
      }
      if (ch_ == kEOFCh) return true;  // the caller reports the unterminated literal
      ErrorHere("unknown escape");
      return false;
  }
  uint32_t x = 0;
  for (int i = n; i > 0; --i) {
    if (ch_ == kEOFCh) return true;  // reported by the caller
    uint32_t d = base;
    if (IsDecimal(ch_)) {
      d = uint32_t(ch_ - '0');
    } else if ((ch_ | 0x20) >= 'a' && (ch_ | 0x20) <= 'f') {
      d = uint32_t((ch_ | 0x20) - 'a' + 10);
    }
    if (d >= base) {
      ErrorHere("invalid character " + QuoteRune(char32_t(ch_)) + " in " + BaseName(int(base)) +
                " escape");
      return false;
    }
    x = x * base + d;
    NextCh();
  }
  if (x > max && base == 8) {
    ErrorHere("octal escape value " + std::to_string(x) + " > 255");
    return false;
  }
  if (x > max || (x >= 0xD800 && x < 0xE000)) {
    ErrorHere("escape is invalid Unicode code point " + FormatCodePoint(x));
    return false;
  }
  return true;
}

}  // namespace chanscope::lang
