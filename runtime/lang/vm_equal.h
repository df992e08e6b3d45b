// vm_equal.h — Go's == on values whose type is known only at run time (interface values).
#pragma once

#include <cstdint>
#include <string>

#include "lang/bytecode.h"

namespace chanscope::lang {

// Whether two values of types[type] are equal. When Go would panic (a slice, map or func
// inside), returns false and names that type in *uncomparable.
bool ValuesEqual(const Program& prog, int32_t type, const uint64_t* a, const uint64_t* b,
                 std::string* uncomparable);

// Interface values (type index + 1, word or box): equal dynamic types and equal values.
bool InterfacesEqual(const Program& prog, const uint64_t* a, const uint64_t* b,
                     std::string* uncomparable);

// Appends bytes that are equal for equal interface values (and differ otherwise): the
// dynamic type, then the value with strings by their bytes; for hashing map keys.
void AppendInterfaceKey(const Program& prog, const uint64_t* iface, std::string& out);
// The same for a value of types[type] (structs and arrays with strings or floats inside).
void AppendValueKey(const Program& prog, int32_t type, const uint64_t* v, std::string& out);

}  // namespace chanscope::lang
