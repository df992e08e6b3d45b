// natives.cpp — sync, time and runtime natives over the kernel.
#include "lang/natives.h"

#include <string>
#include <unordered_map>

#include "core/sync.h"
#include "lang/vm.h"

namespace chanscope::lang {

core::OpStatus NativeFmtPrintln(NativeCall& c);
core::OpStatus NativeFmtPrint(NativeCall& c);
core::OpStatus NativeFmtPrintf(NativeCall& c);
core::OpStatus NativeFmtSprintln(NativeCall& c);
core::OpStatus NativeFmtSprint(NativeCall& c);
core::OpStatus NativeFmtSprintf(NativeCall& c);

namespace {

using core::OpStatus;

// The kernel object behind a sync value: its first word (impl) points to it, made on
// first use so that the zero value works as Go's does.
template <typename T>
T* Impl(NativeCall& c) {
  auto* impl = reinterpret_cast<uint64_t*>(c.args[0]);
  if (*impl == 0) *impl = reinterpret_cast<uintptr_t>(c.vm.MakeObject<T>());
  return reinterpret_cast<T*>(*impl);
}

OpStatus Done(OpStatus s) { return s; }

const std::unordered_map<std::string_view, NativeFn>& Table() {
  static const std::unordered_map<std::string_view, NativeFn> table = {
      {"fmt.Println", NativeFmtPrintln},
      {"fmt.Print", NativeFmtPrint},
      {"fmt.Printf", NativeFmtPrintf},
      {"fmt.Sprintln", NativeFmtSprintln},
      {"fmt.Sprint", NativeFmtSprint},
      {"fmt.Sprintf", NativeFmtSprintf},
      {"sync.WaitGroup.Add",
       [](NativeCall& c) { return Impl<core::WaitGroup>(c)->Add(static_cast<int64_t>(c.args[1])); }},
      {"sync.WaitGroup.Done", [](NativeCall& c) { return Impl<core::WaitGroup>(c)->Done(); }},
      {"sync.WaitGroup.Wait", [](NativeCall& c) { return Impl<core::WaitGroup>(c)->Wait(c.waiter); }},
      {"sync.Mutex.Lock", [](NativeCall& c) { return Impl<core::Mutex>(c)->Lock(c.waiter); }},
      {"sync.Mutex.Unlock",
       [](NativeCall& c) {
         Impl<core::Mutex>(c)->Unlock();
         return OpStatus::kDone;
       }},
      {"sync.Mutex.TryLock",
       [](NativeCall& c) {
         c.args[0] = Impl<core::Mutex>(c)->TryLock();
         return OpStatus::kDone;
       }},
      {"sync.RWMutex.Lock", [](NativeCall& c) { return Impl<core::RWMutex>(c)->Lock(c.waiter); }},
      {"sync.RWMutex.RLock", [](NativeCall& c) { return Impl<core::RWMutex>(c)->RLock(c.waiter); }},
      {"sync.RWMutex.Unlock",
       [](NativeCall& c) {
         Impl<core::RWMutex>(c)->Unlock();
         return OpStatus::kDone;
       }},
      {"sync.RWMutex.RUnlock",
       [](NativeCall& c) {
         Impl<core::RWMutex>(c)->RUnlock();
         return OpStatus::kDone;
       }},
      {"time.Sleep",
       [](NativeCall& c) {
         return Done(c.sched.Sleep(static_cast<int64_t>(c.args[0])) ? OpStatus::kParked : OpStatus::kDone);
       }},
      {"runtime.NumGoroutine",
       [](NativeCall& c) {
         c.args[0] = static_cast<uint64_t>(c.sched.live_goroutines());
         return OpStatus::kDone;
       }},
      {"os.Exit",
       [](NativeCall& c) {
         c.sched.Exit(static_cast<int>(static_cast<int64_t>(c.args[0])));
         return OpStatus::kDone;
       }},
      {"os.runArgs",
       [](NativeCall& c) {
         const std::vector<std::string>& args = c.vm.args();
         return ReturnStrings(c, std::vector<std::string_view>(args.begin(), args.end()));
       }},
      {"runtime.GC",
       [](NativeCall&) {
         return OpStatus::kDone;  // memory lives as long as the run until the collector arrives
       }},
      {"builtin.close",
       [](NativeCall& c) { return core::ChanClose(c.sched, reinterpret_cast<core::Channel*>(c.args[0])); }},
      {"runtime.NumCPU",
       [](NativeCall& c) {
         c.args[0] = static_cast<uint64_t>(c.sched.config().procs);
         return OpStatus::kDone;
       }},
      {"runtime.GOMAXPROCS",
       [](NativeCall& c) {
         c.args[0] = static_cast<uint64_t>(c.sched.config().procs);  // changing it is not supported
         return OpStatus::kDone;
       }},
  };
  return table;
}

}  // namespace

void ReturnString(NativeCall& c, std::string_view s) { c.vm.NewString(s, c.args); }

NativeFn FindStringNative(std::string_view name);
NativeFn FindTimeNative(std::string_view name);

NativeFn FindNative(std::string_view qualified_name) {
  auto it = Table().find(qualified_name);
  if (it != Table().end()) return it->second;
  if (NativeFn f = FindStringNative(qualified_name)) return f;
  return FindTimeNative(qualified_name);
}

}  // namespace chanscope::lang
