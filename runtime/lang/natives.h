// natives.h — the standard library functions implemented in C++ (body-less in stdlib/*.go).
#pragma once

#include <cstdint>
#include <string_view>

#include "core/channel.h"
#include "core/scheduler.h"

namespace chanscope::lang {

class Vm;

// One call of a native: arguments in args[0..), results written back from args[0].
struct NativeCall {
  Vm& vm;
  core::Scheduler& sched;
  uint64_t* args;
  core::Waiter& waiter;  // the calling goroutine's waiter, for natives that park
  const char* panic = nullptr;  // set by a native that panics with its package's message
};

// kDone, kParked (the goroutine waits; nothing remains to do when it wakes), or a panic.
using NativeFn = core::OpStatus (*)(NativeCall& call);

// Go strings in native arguments and results.
inline std::string_view ArgString(const uint64_t* words) {
  return {reinterpret_cast<const char*>(words[0]), words[1]};
}
// Writes s as a new Go string into the call's first result.
void ReturnString(NativeCall& c, std::string_view s);
// A []string result.
core::OpStatus ReturnStrings(NativeCall& c, const std::vector<std::string_view>& parts);

// The native for a qualified name ("sync.WaitGroup.Add"), or null when there is none.
NativeFn FindNative(std::string_view qualified_name);

}  // namespace chanscope::lang
