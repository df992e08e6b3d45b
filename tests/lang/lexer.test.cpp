// lexer.test.cpp — tokens, automatic semicolons, every literal form and lexical errors.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "lang/lexer.h"
#include "lang/literal.h"

using namespace chanscope::lang;

namespace {

struct Lexed {
  std::vector<Token> tokens;  // without the final kEOF
  std::vector<Diagnostic> diagnostics;
};

Lexed Lex(std::string_view src) {
  Lexed out;
  Lexer lexer("x.go", src, &out.diagnostics);
  for (Token t = lexer.Next(); t.tok != Tok::kEOF; t = lexer.Next()) out.tokens.push_back(t);
  return out;
}

// "IDENT(x) + INT(1) ;newline" — one word per token, literals with their text.
std::string Words(std::string_view src) {
  std::string out;
  for (const Token& t : Lex(src).tokens) {
    if (!out.empty()) out += " ";
    if (t.tok == Tok::kSemicolon) {
      out += ';';
      out += t.lit;
    } else if (IsLiteral(t.tok)) {
      out += std::string(TokText(t.tok)) + "(" + std::string(t.lit) + ")";
    } else {
      out += TokText(t.tok);
    }
  }
  return out;
}

std::string Errors(std::string_view src) {
  std::string out;
  for (const Diagnostic& d : Lex(src).diagnostics) {
    if (!out.empty()) out += "\n";
    out += std::to_string(d.line) + ":" + std::to_string(d.col) + ": " + d.message;
  }
  return out;
}

}  // namespace

TEST_SUITE("lexer") {
  TEST_CASE("operators and punctuation, longest match first") {
    CHECK(Words("+ - * / % & | ^ << >> &^") == "+ - * / % & | ^ << >> &^");
    CHECK(Words("+= -= *= /= %= &= |= ^= <<= >>= &^=") == "+= -= *= /= %= &= |= ^= <<= >>= &^=");
    CHECK(Words("&& || <- == < > = ! ~ != <= >= := ...") ==
          "&& || <- == < > = ! ~ != <= >= := ...");
    CHECK(Words("( [ { , . : ;") == "( [ { , . : ;semicolon");
    CHECK(Words("a<-b") == "IDENT(a) <- IDENT(b) ;EOF");
    CHECK(Words("x&^=y") == "IDENT(x) &^= IDENT(y) ;EOF");
    CHECK(Words("a..b") == "IDENT(a) . . IDENT(b) ;EOF");
    CHECK(Words("f(xs...)") == "IDENT(f) ( IDENT(xs) ... ) ;EOF");
  }

  TEST_CASE("keywords and identifiers") {
    CHECK(Words("break case chan const continue default defer else fallthrough") ==
          "break case chan const continue default defer else fallthrough ;EOF");
    CHECK(Words("for func go goto if import interface map package range return") ==
          "for func go goto if import interface map package range return ;EOF");
    CHECK(Words("select struct switch type var") == "select struct switch type var");
    CHECK(Words("_ x1 iota Type breaking") ==
          "IDENT(_) IDENT(x1) IDENT(iota) IDENT(Type) IDENT(breaking) ;EOF");
    CHECK(LookupKeyword("chan") == Tok::kChan);
    CHECK(LookupKeyword("channel") == Tok::kIdent);
  }

  TEST_CASE("UTF-8 identifiers; columns count bytes") {
    Lexed l = Lex("ñandú := 日本語 + x");
    REQUIRE(l.diagnostics.empty());
    REQUIRE(l.tokens.size() == 6);
    CHECK(l.tokens[0].lit == "ñandú");
    CHECK(l.tokens[1].pos.col == 9);  // ñ and ú are two bytes each
    CHECK(l.tokens[2].lit == "日本語");
    CHECK(l.tokens[3].pos.col == 22);
    CHECK(Errors("a€b") == "1:2: invalid character U+20AC '€' in identifier");
    CHECK(Errors("١x") == "1:1: identifier cannot begin with digit U+0661 '١'");
  }

  TEST_CASE("semicolons after a line's last identifier, literal, keyword or closer") {
    CHECK(Words("x\ny") == "IDENT(x) ;newline IDENT(y) ;EOF");
    CHECK(Words("1\n'a'\n\"s\"\n`r`\n1.5\n2i") ==
          "INT(1) ;newline CHAR('a') ;newline STRING(\"s\") ;newline STRING(`r`) ;newline "
          "FLOAT(1.5) ;newline IMAG(2i) ;EOF");
    CHECK(Words("break\ncontinue\nfallthrough\nreturn\n") ==
          "break ;newline continue ;newline fallthrough ;newline return ;newline");
    CHECK(Words("i++\ni--\n") == "IDENT(i) ++ ;newline IDENT(i) -- ;newline");
    CHECK(Words(")\n]\n}\n") == ") ;newline ] ;newline } ;newline");
  }

  TEST_CASE("no semicolon after operators, openers and other keywords") {
    CHECK(Words("a +\nb") == "IDENT(a) + IDENT(b) ;EOF");
    CHECK(Words("f(\nx,\n)") == "IDENT(f) ( IDENT(x) , ) ;EOF");
    CHECK(Words("func\nvar\nchan\n") == "func var chan");
    CHECK(Words("{\n}") == "{ } ;EOF");
    CHECK(Words("\n\n\nx") == "IDENT(x) ;EOF");
    CHECK(Words("x\n\n\ny") == "IDENT(x) ;newline IDENT(y) ;EOF");
  }

  TEST_CASE("comments: a line comment keeps its newline; a multi-line block comment is one") {
    CHECK(Words("x // comment\ny") == "IDENT(x) ;newline IDENT(y) ;EOF");
    CHECK(Words("x /* one line */ y") == "IDENT(x) IDENT(y) ;EOF");
    CHECK(Words("x /* two\nlines */ y") == "IDENT(x) ;newline IDENT(y) ;EOF");
    CHECK(Words("+ /* two\nlines */ y") == "+ IDENT(y) ;EOF");
    CHECK(Words("x // at the end") == "IDENT(x) ;EOF");
    CHECK(Errors("x /* open") == "1:3: comment not terminated");
    CHECK(Words("/**/x") == "IDENT(x) ;EOF");
  }

  TEST_CASE("the semicolon's position is the newline's, or the end of the file") {
    Lexed l = Lex("ab\ncd");
    REQUIRE(l.tokens.size() == 4);
    CHECK(l.tokens[1].pos == Pos{1, 3});
    CHECK(l.tokens[2].pos == Pos{2, 1});
    CHECK(l.tokens[3].pos == Pos{2, 3});
  }

  TEST_CASE("integer literals in every base, with separators") {
    CHECK(Words("42 0 0x_FF 0XaB 0o17 0O17 017 0b1010 0B1 1_000_000") ==
          "INT(42) INT(0) INT(0x_FF) INT(0XaB) INT(0o17) INT(0O17) INT(017) INT(0b1010) "
          "INT(0B1) INT(1_000_000) ;EOF");
    CHECK(DecodeIntLiteral("42").value == 42);
    CHECK(DecodeIntLiteral("0x_FF").value == 255);
    CHECK(DecodeIntLiteral("0o17").value == 15);
    CHECK(DecodeIntLiteral("017").value == 15);
    CHECK(DecodeIntLiteral("0b1010").value == 10);
    CHECK(DecodeIntLiteral("1_000_000").value == 1000000);
    CHECK(DecodeIntLiteral("18446744073709551615").value == UINT64_MAX);
    CHECK_FALSE(DecodeIntLiteral("18446744073709551615").overflow);
    CHECK(DecodeIntLiteral("18446744073709551616").overflow);
    CHECK(DecodeIntLiteral("0x1_0000_0000_0000_0000").overflow);
  }

  TEST_CASE("floating-point literals, decimal and hexadecimal") {
    CHECK(Words("1.5 1. .5 1e9 1E+9 1.5e-3 0.0 0x1p-2 0x1.8p3 0X_1FFFP-16 1_0.2_5") ==
          "FLOAT(1.5) FLOAT(1.) FLOAT(.5) FLOAT(1e9) FLOAT(1E+9) FLOAT(1.5e-3) FLOAT(0.0) "
          "FLOAT(0x1p-2) FLOAT(0x1.8p3) FLOAT(0X_1FFFP-16) FLOAT(1_0.2_5) ;EOF");
    CHECK(DecodeFloatLiteral("1.5e-3") == doctest::Approx(0.0015));
    CHECK(DecodeFloatLiteral(".5") == 0.5);
    CHECK(DecodeFloatLiteral("0x1p-2") == 0.25);
    CHECK(DecodeFloatLiteral("0x1.8p3") == 12.0);
    CHECK(DecodeFloatLiteral("1_0.2_5") == 10.25);
    CHECK(DecodeFloatLiteral("012.5") == 12.5);  // a leading 0 is decimal in floats
  }

  TEST_CASE("imaginary literals are lexed (the checker reports them unsupported)") {
    CHECK(Words("2i 1.5i 0x10i 0123i 1e2i .5i") ==
          "IMAG(2i) IMAG(1.5i) IMAG(0x10i) IMAG(0123i) IMAG(1e2i) IMAG(.5i) ;EOF");
    CHECK(DecodeImagLiteral("2i") == 2.0);
    CHECK(DecodeImagLiteral("0x10i") == 16.0);
    CHECK(DecodeImagLiteral("0123i") == 123.0);  // decimal, for backward compatibility
    CHECK(DecodeImagLiteral("1.5i") == 1.5);
  }

  TEST_CASE("number literal errors, as gc words them") {
    CHECK(Errors("0x") == "1:3: hexadecimal literal has no digits");
    CHECK(Errors("0b") == "1:3: binary literal has no digits");
    CHECK(Errors("018") == "1:3: invalid digit '8' in octal literal");
    CHECK(Errors("0b102") == "1:5: invalid digit '2' in binary literal");
    CHECK(Errors("0o8") == "1:3: invalid digit '8' in octal literal");
    CHECK(Errors("1__0") == "1:3: '_' must separate successive digits");
    CHECK(Errors("1_") == "1:2: '_' must separate successive digits");
    CHECK(Errors("0_x1") == "1:2: '_' must separate successive digits");
    CHECK(Errors("0x1.5") == "1:6: hexadecimal mantissa requires a 'p' exponent");
    CHECK(Errors("1p4") == "1:2: 'p' exponent requires hexadecimal mantissa");
    CHECK(Errors("0x1e+2") == "");  // hex digits e: 0x1e + 2
    CHECK(Errors("0b1e2") == "1:4: 'e' exponent requires decimal mantissa");
    CHECK(Errors("1e") == "1:3: exponent has no digits");
    CHECK(Errors("0b1.0") == "1:4: invalid radix point in binary literal");
    CHECK(Errors("089.5") == "");  // a float, so decimal
  }

  TEST_CASE("rune literals and their escapes") {
    CHECK(DecodeRuneLiteral("'a'") == 'a');
    CHECK(DecodeRuneLiteral("'é'") == 0xE9);
    CHECK(DecodeRuneLiteral("'\\n'") == '\n');
    CHECK(DecodeRuneLiteral("'\\a'") == 7);
    CHECK(DecodeRuneLiteral("'\\''") == '\'');
    CHECK(DecodeRuneLiteral("'\\\\'") == '\\');
    CHECK(DecodeRuneLiteral("'\\x41'") == 'A');
    CHECK(DecodeRuneLiteral("'\\101'") == 'A');
    CHECK(DecodeRuneLiteral("'\\377'") == 255);
    CHECK(DecodeRuneLiteral("'\\u00e9'") == 0xE9);
    CHECK(DecodeRuneLiteral("'\\U0001F600'") == 0x1F600);
    CHECK(Errors("'a' '\\n' '\\x41' '\\u12aB' '\\U0010FFFF' '本'") == "");
  }

  TEST_CASE("rune literal errors") {
    CHECK(Errors("''") == "1:2: empty rune literal or unescaped '");
    CHECK(Errors("'ab'") == "1:1: more than one character in rune literal");
    CHECK(Errors("'a\n") == "1:3: newline in rune literal");
    CHECK(Errors("'a") == "1:1: rune literal not terminated");
    CHECK(Errors("'\\q'") == "1:3: unknown escape");
    CHECK(Errors("'\\\"'") == "1:3: unknown escape");  // \" is for strings only
    CHECK(Errors("'\\400'") == "1:6: octal escape value 256 > 255");
    CHECK(Errors("'\\xZZ'") == "1:4: invalid character 'Z' in hexadecimal escape");
    CHECK(Errors("'\\uD800'") == "1:8: escape is invalid Unicode code point U+D800");
    CHECK(Errors("'\\U00110000'") == "1:12: escape is invalid Unicode code point U+110000");
  }

  TEST_CASE("string literals, interpreted and raw") {
    CHECK(DecodeStringLiteral(R"("a\tb\n")") == "a\tb\n");
    CHECK(DecodeStringLiteral(R"("\a\b\f\r\v\\\"")") == "\a\b\f\r\v\\\"");
    CHECK(DecodeStringLiteral(R"("\x41\101\u00e9\U0001F600")") == "AAé\xF0\x9F\x98\x80");
    CHECK(DecodeStringLiteral(R"("\xff\000")") == std::string("\xff\0", 2));  // bytes, not runes
    CHECK(DecodeStringLiteral("\"日本\"") == "日本");
    CHECK(DecodeStringLiteral("`a\\n\r\nb`") == "a\\n\nb");  // raw: no escapes, \r dropped
    CHECK(Words("`multi\nline`\nx") == "STRING(`multi\nline`) ;newline IDENT(x) ;EOF");
  }

  TEST_CASE("string literal errors") {
    CHECK(Errors("\"abc") == "1:1: string not terminated");
    CHECK(Errors("\"abc\nx") == "1:5: newline in string");
    CHECK(Errors("`abc") == "1:1: string not terminated");
    CHECK(Errors("\"\\'\"") == "1:3: unknown escape");
    CHECK(Errors("\"\\z\" \"\\9\"") == "1:3: unknown escape\n1:8: unknown escape");
  }

  TEST_CASE("invalid characters, NUL, BOM and invalid UTF-8") {
    CHECK(Errors("a @ b") == "1:3: invalid character U+0040 '@'");
    CHECK(Words("a @ b") == "IDENT(a) IDENT(b) ;EOF");  // skipped, scanning goes on
    CHECK(Errors("a # b $") ==
          "1:3: invalid character U+0023 '#'\n1:7: invalid character U+0024 '$'");
    CHECK(Errors(std::string_view("a\0b", 3)) == "1:2: invalid NUL character");
    CHECK(Errors("\xEF\xBB\xBFpackage p") == "");  // a leading BOM is fine
    CHECK(Errors("x\xEF\xBB\xBF") == "1:2: invalid BOM in the middle of the file");
    CHECK(Errors("\"\xff\"") == "1:2: invalid UTF-8 encoding");
    CHECK(Errors("x \xc3") == "1:3: invalid UTF-8 encoding");
  }

  TEST_CASE("literal tokens carry their exact source text") {
    Lexed l = Lex("x := \"a\\tb\" + `c`");
    REQUIRE(l.tokens.size() == 6);
    CHECK(l.tokens[2].lit == "\"a\\tb\"");
    CHECK(l.tokens[4].lit == "`c`");
    CHECK(l.tokens[4].pos == Pos{1, 15});
  }

  TEST_CASE("message helpers quote like Go's %q and %#U") {
    CHECK(FormatCodePoint('@') == "U+0040 '@'");
    CHECK(FormatCodePoint(0x7) == "U+0007");
    CHECK(FormatCodePoint(0xFEFF) == "U+FEFF");
    CHECK(QuoteRune('8') == "'8'");
    CHECK(QuoteRune('\n') == "'\\n'");
    CHECK(QuoteRune(0x1) == "'\\x01'");
  }
}
