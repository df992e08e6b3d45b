// token.h — Go's tokens and source positions (the go/token of this interpreter).
#pragma once

#include <cstdint>
#include <string_view>

namespace chanscope::lang {

// A position in a source file. line 0 means "no position" (e.g. an absent `...`).
struct Pos {
  int32_t line = 0;  // 1-based
  int32_t col = 0;   // 1-based, in bytes like gc

  bool IsValid() const { return line > 0; }
  friend bool operator==(Pos, Pos) = default;
  friend auto operator<=>(Pos, Pos) = default;
};

// X(name, text): every token once. Literal and operator groups are kept contiguous so
// the Is*() ranges below stay valid; the keyword group must stay last.
#define CHANSCOPE_TOKENS(X)       \
  X(kIllegal, "ILLEGAL")          \
  X(kEOF, "EOF")                  \
  X(kComment, "COMMENT")          \
  /* literals */                  \
  X(kIdent, "IDENT")              \
  X(kInt, "INT")                  \
  X(kFloat, "FLOAT")              \
  X(kImag, "IMAG")                \
  X(kChar, "CHAR")                \
  X(kString, "STRING")            \
  /* operators and punctuation */ \
  X(kAdd, "+")                    \
  X(kSub, "-")                    \
  X(kMul, "*")                    \
  X(kQuo, "/")                    \
  X(kRem, "%")                    \
  X(kAnd, "&")                    \
  X(kOr, "|")                     \
  X(kXor, "^")                    \
  X(kShl, "<<")                   \
  X(kShr, ">>")                   \
  X(kAndNot, "&^")                \
  X(kAddAssign, "+=")             \
  X(kSubAssign, "-=")             \
  X(kMulAssign, "*=")             \
  X(kQuoAssign, "/=")             \
  X(kRemAssign, "%=")             \
  X(kAndAssign, "&=")             \
  X(kOrAssign, "|=")              \
  X(kXorAssign, "^=")             \
  X(kShlAssign, "<<=")            \
  X(kShrAssign, ">>=")            \
  X(kAndNotAssign, "&^=")         \
  X(kLAnd, "&&")                  \
  X(kLOr, "||")                   \
  X(kArrow, "<-")                 \
  X(kInc, "++")                   \
  X(kDec, "--")                   \
  X(kEql, "==")                   \
  X(kLss, "<")                    \
  X(kGtr, ">")                    \
  X(kAssign, "=")                 \
  X(kNot, "!")                    \
  X(kTilde, "~")                  \
  X(kNeq, "!=")                   \
  X(kLeq, "<=")                   \
  X(kGeq, ">=")                   \
  X(kDefine, ":=")                \
  X(kEllipsis, "...")             \
  X(kLParen, "(")                 \
  X(kLBrack, "[")                 \
  X(kLBrace, "{")                 \
  X(kComma, ",")                  \
  X(kPeriod, ".")                 \
  X(kRParen, ")")                 \
  X(kRBrack, "]")                 \
  X(kRBrace, "}")                 \
  X(kSemicolon, ";")              \
  X(kColon, ":")                  \
  /* keywords */                  \
  X(kBreak, "break")              \
  X(kCase, "case")                \
  X(kChan, "chan")                \
  X(kConst, "const")              \
  X(kContinue, "continue")        \
  X(kDefault, "default")          \
  X(kDefer, "defer")              \
  X(kElse, "else")                \
  X(kFallthrough, "fallthrough")  \
  X(kFor, "for")                  \
  X(kFunc, "func")                \
  X(kGo, "go")                    \
  X(kGoto, "goto")                \
  X(kIf, "if")                    \
  X(kImport, "import")            \
  X(kInterface, "interface")      \
  X(kMap, "map")                  \
  X(kPackage, "package")          \
  X(kRange, "range")              \
  X(kReturn, "return")            \
  X(kSelect, "select")            \
  X(kStruct, "struct")            \
  X(kSwitch, "switch")            \
  X(kType, "type")                \
  X(kVar, "var")

enum class Tok : uint8_t {
#define CHANSCOPE_TOKEN_ENUM(name, text) name,
  CHANSCOPE_TOKENS(CHANSCOPE_TOKEN_ENUM)
#undef CHANSCOPE_TOKEN_ENUM
      kCount
};

// The token's spelling ("+", "func") or its class name ("IDENT", "EOF").
std::string_view TokText(Tok tok);
// The keyword spelled by `word`, or kIdent when it is not a keyword.
Tok LookupKeyword(std::string_view word);

inline bool IsLiteral(Tok t) { return t >= Tok::kIdent && t <= Tok::kString; }
inline bool IsOperator(Tok t) { return t >= Tok::kAdd && t <= Tok::kColon; }
inline bool IsKeyword(Tok t) { return t >= Tok::kBreak && t <= Tok::kVar; }
// += -= ... &^=: assignment operators; BinaryOpOf gives the operator they apply.
inline bool IsAssignOp(Tok t) { return t >= Tok::kAddAssign && t <= Tok::kAndNotAssign; }
Tok BinaryOpOf(Tok assign_op);

// Binary operator precedence per the spec: 5 (* / % << >> & &^) down to 1 (||);
// 0 for tokens that are not binary operators.
int Precedence(Tok tok);

}  // namespace chanscope::lang
