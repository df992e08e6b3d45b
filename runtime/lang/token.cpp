// token.cpp — token spellings, keyword lookup and operator precedence.
#include "lang/token.h"

#include <array>

namespace chanscope::lang {

namespace {

constexpr std::array<std::string_view, size_t(Tok::kCount)> kTokText = {
#define CHANSCOPE_TOKEN_TEXT(name, text) text,
    CHANSCOPE_TOKENS(CHANSCOPE_TOKEN_TEXT)
#undef CHANSCOPE_TOKEN_TEXT
};

}  // namespace

std::string_view TokText(Tok tok) {
  return size_t(tok) < kTokText.size() ? kTokText[size_t(tok)] : "?";
}

Tok LookupKeyword(std::string_view word) {
  // Keywords are 2..11 lowercase letters; anything else is an identifier at once.
  if (word.size() < 2 || word.size() > 11 || word[0] < 'b' || word[0] > 'v') return Tok::kIdent;
  for (size_t t = size_t(Tok::kBreak); t <= size_t(Tok::kVar); ++t) {
    if (kTokText[t] == word) return Tok(t);
  }
  return Tok::kIdent;
}

Tok BinaryOpOf(Tok assign_op) {
  if (!IsAssignOp(assign_op)) return Tok::kIllegal;
  // kAddAssign..kAndNotAssign mirror kAdd..kAndNot in order.
  return Tok(size_t(Tok::kAdd) + (size_t(assign_op) - size_t(Tok::kAddAssign)));
}

int Precedence(Tok tok) {
  switch (tok) {
    case Tok::kLOr: return 1;
    case Tok::kLAnd: return 2;
    case Tok::kEql:
    case Tok::kNeq:
    case Tok::kLss:
    case Tok::kLeq:
    case Tok::kGtr:
    case Tok::kGeq: return 3;
    case Tok::kAdd:
    case Tok::kSub:
    case Tok::kOr:
    case Tok::kXor: return 4;
    case Tok::kMul:
    case Tok::kQuo:
    case Tok::kRem:
    case Tok::kShl:
    case Tok::kShr:
    case Tok::kAnd:
    case Tok::kAndNot: return 5;
    default: return 0;
  }
}

}  // namespace chanscope::lang
