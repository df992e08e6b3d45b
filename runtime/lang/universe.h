// universe.h — Go's predeclared identifiers: basic types, any, comparable, error,
// the builtins, true, false, iota and nil. Built once per process, never modified.
#pragma once

#include "lang/types.h"

namespace chanscope::lang {

struct Universe {
  Scope* scope = nullptr;
  const BasicType* basic[static_cast<int>(TypeKind::kUntypedNil) + 1] = {};
  const BasicType* byte_type = nullptr;        // kUint8 spelled "byte"
  const BasicType* rune_type = nullptr;        // kInt32 spelled "rune"
  const InterfaceType* any_type = nullptr;     // interface{} spelled "any"
  const NamedType* error_type = nullptr;       // interface{ Error() string }
  const NamedType* comparable_type = nullptr;  // the comparable constraint
  Object* iota = nullptr;
  Object* nil = nullptr;
  Object* true_obj = nullptr;
  Object* false_obj = nullptr;
};

// The process-wide universe (thread-safe lazy construction).
const Universe& GetUniverse();
// Shorthand for the basic type of kind k (kInvalid gives the invalid type).
const Type* Typ(TypeKind k);

}  // namespace chanscope::lang
