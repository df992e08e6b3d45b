// natives.h — the standard library functions implemented in C++ (body-less in stdlib/*.go).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/channel.h"
#include "core/scheduler.h"

namespace chanscope::lang {

class Vm;
class Thread;

// One call of a native: arguments in args[0..), results written back from args[0].
struct NativeCall {
  Vm& vm;
  core::Scheduler& sched;
  uint64_t* args;
  core::Waiter& waiter;  // the calling goroutine's waiter, for natives that park
  const char* panic = nullptr;  // set by a native that panics with its package's message
  std::string panic_text{};     // or this, for a message made at run time
  // The calling goroutine, for natives that call Go functions (fmt calling String and
  // Error methods); null where none may be called.
  Thread* thread = nullptr;
};

// kDone, kParked (the goroutine waits; nothing remains to do when it wakes), or a panic.
using NativeFn = core::OpStatus (*)(NativeCall& call);

// Go strings in native arguments and results.
inline std::string_view ArgString(const uint64_t* words) {
  return {reinterpret_cast<const char*>(words[0]), words[1]};
}
// Writes s as a new Go string into the call's first result.
void ReturnString(NativeCall& c, std::string_view s);
// A []string result (nil instead of an empty slice when nil_if_empty, as some of Go's are).
core::OpStatus ReturnStrings(NativeCall& c, const std::vector<std::string_view>& parts,
                              bool nil_if_empty = false);

// []byte in native arguments and results: (data, len, cap) words, one word per byte as the
// VM stores slice elements. The bytes of a []byte argument:
std::string ArgBytes(const uint64_t* slice);
// append(dst, bytes...) with Go's growth rule, written to out[0..3) (may alias dst).
void AppendBytes(Vm& vm, const uint64_t* dst, std::string_view bytes, uint64_t* out);

// The native for a qualified name ("sync.WaitGroup.Add"), or null when there is none.
NativeFn FindNative(std::string_view qualified_name);

}  // namespace chanscope::lang
