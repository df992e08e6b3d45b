// natives.cpp — the native table: fmt entry points, sync, time, runtime and os natives over
// the kernel, the []byte helpers, and the lookup through every package's natives.
#include "lang/natives.h"

#include <cstring>
#include <string>
#include <unordered_map>

#include "lang/vm.h"

namespace chanscope::lang {

core::OpStatus NativeFmtPrintln(NativeCall& c);
core::OpStatus NativeFmtPrint(NativeCall& c);
core::OpStatus NativeFmtPrintf(NativeCall& c);
core::OpStatus NativeFmtSprintln(NativeCall& c);
core::OpStatus NativeFmtSprint(NativeCall& c);
core::OpStatus NativeFmtSprintf(NativeCall& c);
core::OpStatus NativeFmtErrorf(NativeCall& c);
core::OpStatus NativeOsFileWrite(NativeCall& c);
core::OpStatus NativeOsFileWriteString(NativeCall& c);

namespace {

using core::OpStatus;

OpStatus Done(OpStatus s) { return s; }

const std::unordered_map<std::string_view, NativeFn>& Table() {
  static const std::unordered_map<std::string_view, NativeFn> table = {
      {"fmt.Println", NativeFmtPrintln},
      {"fmt.Print", NativeFmtPrint},
      {"fmt.Printf", NativeFmtPrintf},
      {"fmt.Sprintln", NativeFmtSprintln},
      {"fmt.Sprint", NativeFmtSprint},
      {"fmt.Sprintf", NativeFmtSprintf},
      {"fmt.errorf", NativeFmtErrorf},
      {"os.File.Write", NativeOsFileWrite},
      {"os.File.WriteString", NativeOsFileWriteString},
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
      {"runtime.ReadMemStats",
       [](NativeCall& c) {
         auto* stats = reinterpret_cast<uint64_t*>(c.args[0]);
         if (!stats) {
           c.panic = "runtime error: invalid memory address or nil pointer dereference\n"
                     "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]";
           return OpStatus::kDone;
         }
         c.vm.ReadMemStats(stats);
         return OpStatus::kDone;
       }},
      {"runtime.GC",
       [](NativeCall& c) {
         c.vm.RequestCollection();  // at the safe point right after this call
         return OpStatus::kDone;
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

std::string ArgBytes(const uint64_t* slice) {
  const uint64_t* data = reinterpret_cast<const uint64_t*>(slice[0]);
  std::string out(slice[1], '\0');
  for (uint64_t i = 0; i < slice[1]; i++) out[i] = static_cast<char>(data[i]);
  return out;
}

void AppendBytes(Vm& vm, const uint64_t* dst, std::string_view bytes, uint64_t* out) {
  uint64_t ptr = dst[0], len = dst[1], cap = dst[2];
  if (len + bytes.size() > cap) {
    // A new backing array, as append makes; the old one stays with whoever holds it.
    cap = GrowCap(cap, len + bytes.size());
    uint64_t* fresh = vm.Alloc(cap);
    if (len) std::memcpy(fresh, reinterpret_cast<const uint64_t*>(ptr), len * sizeof(uint64_t));
    ptr = reinterpret_cast<uintptr_t>(fresh);
  }
  uint64_t* data = reinterpret_cast<uint64_t*>(ptr);
  for (size_t i = 0; i < bytes.size(); i++) data[len + i] = static_cast<unsigned char>(bytes[i]);
  out[0] = ptr;
  out[1] = len + bytes.size();
  out[2] = cap;
}

// Each package's natives live in their own file; a name is looked up in each in turn.
NativeFn FindStringNative(std::string_view name);
NativeFn FindStrconvNative(std::string_view name);
NativeFn FindUnicodeNative(std::string_view name);
NativeFn FindMathNative(std::string_view name);
NativeFn FindRandSortNative(std::string_view name);
NativeFn FindTimeNative(std::string_view name);
NativeFn FindSyncNative(std::string_view name);
NativeFn FindErrorsNative(std::string_view name);

NativeFn FindNative(std::string_view qualified_name) {
  auto it = Table().find(qualified_name);
  if (it != Table().end()) return it->second;
  for (auto find : {FindStringNative, FindStrconvNative, FindUnicodeNative, FindMathNative,
                    FindRandSortNative, FindTimeNative, FindSyncNative, FindErrorsNative}) {
    if (NativeFn f = find(qualified_name)) return f;
  }
  return nullptr;
}

}  // namespace chanscope::lang
