// natives_sync.cpp — sync and sync/atomic natives over the kernel's sync objects.
//
// sync values keep their kernel object in their first word (impl), made on first use so
// that the zero value works as Go's does. An atomic operation is one native call, and a
// native call is indivisible in the VM, so the atomics are plain loads and stores here.
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/sync.h"
#include "lang/natives.h"
#include "lang/vm_equal.h"
#include "lang/vm.h"

namespace chanscope::lang {

namespace {

using core::OpStatus;

// The kernel object behind the sync value args[0] points to: words {impl, self}, made on
// first use at the value's address. Go copies a sync value's state with its words, so a
// value used at another address (a copy: passed by value, assigned) gets an object of its
// own that starts from the original's state — a copied locked Mutex is locked, a copied
// WaitGroup has its own counter.
template <typename T>
T* Impl(NativeCall& c) {
  auto* v = reinterpret_cast<uint64_t*>(c.args[0]);
  uint64_t self = reinterpret_cast<uintptr_t>(v);
  if (v[0] != 0 && v[1] == self) return reinterpret_cast<T*>(v[0]);
  T* object = c.vm.MakeObject<T>();
  if constexpr (requires { object->CopyStateFrom(*object); }) {
    if (v[0] != 0) object->CopyStateFrom(*reinterpret_cast<const T*>(v[0]));
  }
  v[0] = reinterpret_cast<uintptr_t>(object);
  v[1] = self;
  return object;
}

// A Cond must not be copied after first use: Go's copyChecker panics.
core::Cond* CondImpl(NativeCall& c) {
  auto* v = reinterpret_cast<uint64_t*>(c.args[0]);
  if (v[0] != 0 && v[1] != reinterpret_cast<uintptr_t>(v)) {
    c.panic = "sync.Cond is copied";
    return nullptr;
  }
  return Impl<core::Cond>(c);
}

OpStatus Result(NativeCall& c, uint64_t v) {
  c.args[0] = v;
  return OpStatus::kDone;
}

// ---- sync/atomic on sized integers ----

// How a value of the operated type sits in its word: sign- or zero-extended.
enum class Width { kInt32, kInt64, kUint32, kUint64 };

uint64_t Normalize(uint64_t v, Width w) {
  switch (w) {
    case Width::kInt32: return static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(v)));
    case Width::kUint32: return v & 0xffffffffULL;
    default: return v;
  }
}

// The address operand: a nil pointer panics as a nil dereference does in Go.
uint64_t* Addr(NativeCall& c) {
  auto* p = reinterpret_cast<uint64_t*>(c.args[0]);
  if (!p) {
    c.panic = "runtime error: invalid memory address or nil pointer dereference\n"
              "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]";
  }
  return p;
}

template <Width W>
OpStatus AtomicAdd(NativeCall& c) {
  uint64_t* p = Addr(c);
  if (!p) return OpStatus::kDone;
  *p = Normalize(*p + c.args[1], W);
  return Result(c, *p);
}

template <Width W>
OpStatus AtomicLoad(NativeCall& c) {
  uint64_t* p = Addr(c);
  return p ? Result(c, *p) : OpStatus::kDone;
}

template <Width W>
OpStatus AtomicStore(NativeCall& c) {
  if (uint64_t* p = Addr(c)) *p = Normalize(c.args[1], W);
  return OpStatus::kDone;
}

template <Width W>
OpStatus AtomicSwap(NativeCall& c) {
  uint64_t* p = Addr(c);
  if (!p) return OpStatus::kDone;
  uint64_t old = *p;
  *p = Normalize(c.args[1], W);
  return Result(c, old);
}

template <Width W>
OpStatus AtomicCompareAndSwap(NativeCall& c) {
  uint64_t* p = Addr(c);
  if (!p) return OpStatus::kDone;
  bool swapped = *p == Normalize(c.args[1], W);
  if (swapped) *p = Normalize(c.args[2], W);
  return Result(c, swapped);
}

// Go 1.23's And and Or: the old value is returned.
template <Width W, bool kAnd>
OpStatus AtomicBits(NativeCall& c) {
  uint64_t* p = Addr(c);
  if (!p) return OpStatus::kDone;
  uint64_t old = *p;
  *p = Normalize(kAnd ? old & c.args[1] : old | c.args[1], W);
  return Result(c, old);
}

// The operations of one integer type, under Go's names.
void AddIntegerFamily(std::unordered_map<std::string, NativeFn>& t, const std::string& suffix,
                      NativeFn add, NativeFn load, NativeFn store, NativeFn swap, NativeFn cas) {
  t["sync/atomic.Add" + suffix] = add;
  t["sync/atomic.Load" + suffix] = load;
  t["sync/atomic.Store" + suffix] = store;
  t["sync/atomic.Swap" + suffix] = swap;
  t["sync/atomic.CompareAndSwap" + suffix] = cas;
}

template <Width W>
void AddIntegers(std::unordered_map<std::string, NativeFn>& t, const std::string& suffix) {
  AddIntegerFamily(t, suffix, AtomicAdd<W>, AtomicLoad<W>, AtomicStore<W>, AtomicSwap<W>,
                   AtomicCompareAndSwap<W>);
  t["sync/atomic.And" + suffix] = AtomicBits<W, true>;
  t["sync/atomic.Or" + suffix] = AtomicBits<W, false>;
}

// ---- atomic.Value: an interface value (type word, data word) ----

OpStatus ValueLoad(NativeCall& c) {
  auto* v = reinterpret_cast<uint64_t*>(c.args[0]);
  c.args[0] = v[0];
  c.args[1] = v[1];
  return OpStatus::kDone;
}

// Go's checks for Store, Swap and CompareAndSwap: a nil value, or one whose type differs
// from the first value stored, panics with the operation's own words.
bool CheckValueType(NativeCall& c, const uint64_t* held, uint64_t new_type, const char* nil_msg,
                    const char* mismatch_msg) {
  if (new_type == 0) {
    c.panic = nil_msg;
    return false;
  }
  if (held[0] != 0 && held[0] != new_type) {
    c.panic = mismatch_msg;
    return false;
  }
  return true;
}

OpStatus ValueStore(NativeCall& c) {
  auto* v = reinterpret_cast<uint64_t*>(c.args[0]);
  if (!CheckValueType(c, v, c.args[1], "sync/atomic: store of nil value into Value",
                      "sync/atomic: store of inconsistently typed value into Value")) {
    return OpStatus::kDone;
  }
  v[0] = c.args[1];
  v[1] = c.args[2];
  return OpStatus::kDone;
}

OpStatus ValueSwap(NativeCall& c) {
  auto* v = reinterpret_cast<uint64_t*>(c.args[0]);
  if (!CheckValueType(c, v, c.args[1], "sync/atomic: swap of nil value into Value",
                      "sync/atomic: swap of inconsistently typed value into Value")) {
    return OpStatus::kDone;
  }
  uint64_t old[2] = {v[0], v[1]};
  v[0] = c.args[1];
  v[1] = c.args[2];
  c.args[0] = old[0];
  c.args[1] = old[1];
  return OpStatus::kDone;
}

// CompareAndSwap(old, new any): args[1..3) old, args[3..5) new.
OpStatus ValueCompareAndSwap(NativeCall& c) {
  auto* v = reinterpret_cast<uint64_t*>(c.args[0]);
  const uint64_t* old_v = c.args + 1;
  const uint64_t* new_v = c.args + 3;
  if (new_v[0] == 0) {
    c.panic = "sync/atomic: compare and swap of nil value into Value";
    return OpStatus::kDone;
  }
  if (old_v[0] != 0 && old_v[0] != new_v[0]) {
    c.panic = "sync/atomic: compare and swap of inconsistently typed values";
    return OpStatus::kDone;
  }
  if (v[0] == 0) {
    if (old_v[0] != 0) return Result(c, false);
  } else {
    if (v[0] != new_v[0]) {
      c.panic = "sync/atomic: compare and swap of inconsistently typed value into Value";
      return OpStatus::kDone;
    }
    std::string uncomparable;
    bool equal = InterfacesEqual(c.vm.program(), v, old_v, &uncomparable);
    if (!uncomparable.empty()) {
      c.panic_text = "runtime error: comparing uncomparable type " + uncomparable;
      return OpStatus::kDone;
    }
    if (!equal) return Result(c, false);
  }
  v[0] = new_v[0];
  v[1] = new_v[1];
  return Result(c, true);
}

// ---- atomic.Pointer[T]: one pointer word ----

OpStatus PointerLoad(NativeCall& c) { return Result(c, *reinterpret_cast<uint64_t*>(c.args[0])); }

OpStatus PointerStore(NativeCall& c) {
  *reinterpret_cast<uint64_t*>(c.args[0]) = c.args[1];
  return OpStatus::kDone;
}

OpStatus PointerSwap(NativeCall& c) {
  auto* p = reinterpret_cast<uint64_t*>(c.args[0]);
  uint64_t old = *p;
  *p = c.args[1];
  return Result(c, old);
}

OpStatus PointerCompareAndSwap(NativeCall& c) {
  auto* p = reinterpret_cast<uint64_t*>(c.args[0]);
  bool swapped = *p == c.args[1];
  if (swapped) *p = c.args[2];
  return Result(c, swapped);
}

// ---- sync ----

const std::unordered_map<std::string, NativeFn>& Table() {
  static const std::unordered_map<std::string, NativeFn> table = [] {
    std::unordered_map<std::string, NativeFn> t = {
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
        {"sync.Mutex.TryLock", [](NativeCall& c) { return Result(c, Impl<core::Mutex>(c)->TryLock()); }},
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
        {"sync.RWMutex.TryLock", [](NativeCall& c) { return Result(c, Impl<core::RWMutex>(c)->TryLock()); }},
        {"sync.RWMutex.TryRLock",
         [](NativeCall& c) { return Result(c, Impl<core::RWMutex>(c)->TryRLock()); }},
        // Once.Do is Go code (stdlib/sync.go) around these steps of Go's doSlow.
        {"sync.Once.done",
         [](NativeCall& c) {
           core::Once* once = Impl<core::Once>(c);
           if (once->done()) once->Begin();  // the fast path, recorded as an attempt that skips f
           return Result(c, once->done());
         }},
        {"sync.Once.lock", [](NativeCall& c) { return Impl<core::Once>(c)->mutex().Lock(c.waiter); }},
        {"sync.Once.unlock",
         [](NativeCall& c) {
           Impl<core::Once>(c)->mutex().Unlock();
           return OpStatus::kDone;
         }},
        {"sync.Once.begin", [](NativeCall& c) { return Result(c, Impl<core::Once>(c)->Begin()); }},
        {"sync.Once.markDone",
         [](NativeCall& c) {
           Impl<core::Once>(c)->MarkDone();
           return OpStatus::kDone;
         }},
        {"sync.Cond.add",
         [](NativeCall& c) {
           core::Cond* cond = CondImpl(c);
           return cond ? Result(c, cond->Add()) : OpStatus::kDone;
         }},
        {"sync.Cond.wait",
         [](NativeCall& c) {
           core::Cond* cond = CondImpl(c);
           return cond ? cond->WaitTicket(static_cast<uint32_t>(c.args[1]), c.waiter) : OpStatus::kDone;
         }},
        {"sync.Cond.Signal",
         [](NativeCall& c) {
           if (core::Cond* cond = CondImpl(c)) cond->Signal();
           return OpStatus::kDone;
         }},
        {"sync.Cond.Broadcast",
         [](NativeCall& c) {
           if (core::Cond* cond = CondImpl(c)) cond->Broadcast();
           return OpStatus::kDone;
         }},
        // Pool items are interface values: (type word, data word) in a kernel Value.
        {"sync.Pool.get",
         [](NativeCall& c) {
           std::optional<core::Value> item = Impl<core::Pool>(c)->Get();
           c.args[0] = item ? static_cast<uint64_t>(item->word) : 0;
           c.args[1] = item ? item->aux : 0;
           c.args[2] = item.has_value();
           return OpStatus::kDone;
         }},
        {"sync.Pool.Put",
         [](NativeCall& c) {
           if (c.args[1] != 0) {  // Put(nil) is ignored, as in Go
             Impl<core::Pool>(c)->Put(core::Value{static_cast<int64_t>(c.args[1]), c.args[2]});
           }
           return OpStatus::kDone;
         }},
        {"sync/atomic.Value.Load", ValueLoad},
        {"sync/atomic.Value.Store", ValueStore},
        {"sync/atomic.Value.Swap", ValueSwap},
        {"sync/atomic.Value.CompareAndSwap", ValueCompareAndSwap},
        {"sync/atomic.Pointer.Load", PointerLoad},
        {"sync/atomic.Pointer.Store", PointerStore},
        {"sync/atomic.Pointer.Swap", PointerSwap},
        {"sync/atomic.Pointer.CompareAndSwap", PointerCompareAndSwap},
    };
    AddIntegers<Width::kInt32>(t, "Int32");
    AddIntegers<Width::kInt64>(t, "Int64");
    AddIntegers<Width::kUint32>(t, "Uint32");
    AddIntegers<Width::kUint64>(t, "Uint64");
    AddIntegers<Width::kUint64>(t, "Uintptr");
    return t;
  }();
  return table;
}

}  // namespace

NativeFn FindSyncNative(std::string_view name) {
  auto it = Table().find(std::string(name));
  return it == Table().end() ? nullptr : it->second;
}

}  // namespace chanscope::lang
