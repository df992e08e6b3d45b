// unicode_tables.h — the generated Unicode data (unicode_tables.cpp); use unicode_class.h.
#pragma once

#include <cstddef>
#include <cstdint>

namespace chanscope::lang::unicode_tables {

struct RuneRange {
  int32_t lo, hi;
};
// Go's unicode.CaseRange: deltas to upper, lower and title case.
struct CaseRange {
  int32_t lo, hi;
  int32_t delta[3];
};
struct FoldPair {
  int32_t from, to;
};
// An exported RangeTable of Go's package unicode, by its Go name ("Han", "Lu").
struct NamedTable {
  const char* name;
  const RuneRange* ranges;
  size_t size;
};

#define CHANSCOPE_RUNE_TABLE(name)  \
  extern const RuneRange k##name[]; \
  extern const size_t k##name##Size;
CHANSCOPE_RUNE_TABLE(Letter)
CHANSCOPE_RUNE_TABLE(Digit)
CHANSCOPE_RUNE_TABLE(Number)
CHANSCOPE_RUNE_TABLE(Upper)
CHANSCOPE_RUNE_TABLE(Lower)
CHANSCOPE_RUNE_TABLE(Title)
CHANSCOPE_RUNE_TABLE(Punct)
CHANSCOPE_RUNE_TABLE(Mark)
CHANSCOPE_RUNE_TABLE(Symbol)
CHANSCOPE_RUNE_TABLE(Graphic)
CHANSCOPE_RUNE_TABLE(Print)
CHANSCOPE_RUNE_TABLE(Space)
CHANSCOPE_RUNE_TABLE(Control)
#undef CHANSCOPE_RUNE_TABLE

extern const CaseRange kCaseRanges[];
extern const size_t kCaseRangesSize;
extern const NamedTable kNamedTables[];
extern const size_t kNamedTablesSize;
extern const FoldPair kFoldExceptions[];
extern const size_t kFoldExceptionsSize;

}  // namespace chanscope::lang::unicode_tables
