// vm_gc.cpp — the VM's garbage collector: a stop-the-world, non-moving mark-sweep.
//
// Design. Frames and heap blocks carry no pointer maps (the compiler does not emit them),
// so marking is conservative where types are unknown and exact where they are:
//  - Roots: every live goroutine's stack words up to its top frame, closure environments,
//    deferred calls, panic value and parked operation (a send's value, a select's cases,
//    a receive's result); package-level variables; values held by kernel objects (channel
//    buffers, pending timers, sync.Pool items, sync.Map entries); values natives pinned
//    (Pin); and, while the run is traced, every channel and every value the trace
//    recorded (the trace names channels by id and shows their values after the run).
//  - Any root or word-block word equal to an address inside a block (interior pointers:
//    slices, field addresses, substrings) keeps the block alive. A word that only looks
//    like a pointer keeps garbage alive a little longer; nothing live is ever freed.
//  - String bytes are never scanned; maps, channels and key lists are scanned exactly
//    (their keys, values and buffered values).
// Collection happens only at safe points (Vm::SafePoint: a loop's back edge, a call, a
// return from a native, a goroutine's resumption), never inside an allocation or a
// native, so no pointer lives only in a C++ local while marking. It records no event,
// charges no virtual time and moves nothing: a collected run prints and traces exactly
// what an uncollected one does. Trigger: the heap has doubled since the last collection
// (GOGC=100, 4 MiB at least), runtime.GC(), or the heap passing --max-heap. A block's
// cost includes malloc's header and its record, so --max-heap bounds real memory.
// The same marking, started from the goroutines that can run only, finds goroutines
// parked on channels nothing can reach any more (BlockedForever, `run --leaks`).
#include <algorithm>
#include <iterator>
#include <string>

#include "core/sync.h"
#include "core/timer.h"
#include "lang/vm.h"

namespace chanscope::lang {

namespace {

// What an adopted block is, for the scan hook.
enum HeapTag : uint8_t { kTagMap, kTagKeys, kTagChannel, kTagTimer };

using KeyList = std::vector<std::vector<uint64_t>>;

void MarkValue(Heap& heap, const core::Value& v) {
  heap.Mark(static_cast<uint64_t>(v.word));
  heap.Mark(v.aux);
}

// A map's entries hold vectors outside the heap's blocks: about what they cost.
uint64_t MapEntryBytes(const VmMap& m) {
  return m.size() * ((m.key_words() * 2 + m.value_words()) * sizeof(uint64_t) + 96);
}

}  // namespace

// ---- Allocation of the VM's C++ objects ----

VmChannel* Vm::MakeChannel(uint32_t capacity, uint16_t elem_words) {
  auto* ch = new VmChannel(sched_, capacity, elem_words);
  heap_.Adopt(ch, sizeof(VmChannel), sizeof(VmChannel) + capacity * sizeof(core::Channel::Slot),
              [](void* p) { delete static_cast<VmChannel*>(p); }, kTagChannel);
  return ch;
}

VmTimer* Vm::MakeTimer(core::TimerAction action) {
  auto* t = new VmTimer(sched_, action);
  heap_.Adopt(t, sizeof(VmTimer), sizeof(VmTimer), [](void* p) { delete static_cast<VmTimer*>(p); },
              kTagTimer);
  return t;
}

VmMap* Vm::MakeMap(uint16_t key_words, uint16_t value_words, VmMap::KeyKind key_kind) {
  auto* m = new VmMap(key_words, value_words, key_kind, &program_);
  heap_.Adopt(m, sizeof(VmMap), sizeof(VmMap), [](void* p) { delete static_cast<VmMap*>(p); },
              kTagMap);
  return m;
}

const KeyList* Vm::KeepKeys(KeyList keys) {
  uint64_t cost = sizeof(KeyList);
  for (const auto& k : keys) cost += sizeof(k) + k.size() * sizeof(uint64_t);
  auto* list = new KeyList(std::move(keys));
  heap_.Adopt(list, sizeof(KeyList), cost, [](void* p) { delete static_cast<KeyList*>(p); },
              kTagKeys);
  return list;
}

// ---- Roots ----

void Thread::MarkRoots(Heap& heap) const {
  // The stack up to the top frame's end: at a safe point every live slot is in some frame
  // (a callee's frame overlaps its caller's argument slots); words above are stale.
  size_t live = frames_.empty() ? 0 : size_t{frames_.back().base} + frames_.back().fn->frame_words;
  heap.MarkWords(stack_.data(), std::min(live, stack_.size()));
  for (const CallFrame& f : frames_) heap.Mark(reinterpret_cast<uintptr_t>(f.env));
  for (const Deferred& d : defers_) {
    if (d.kind == 1) heap.Mark(d.callee);
    heap.MarkWords(d.args.data(), d.args.size());
  }
  heap.MarkWords(panic_value_, 2);
  // A parked send's value (boxed when wider than two words) or a woken receive's.
  MarkValue(heap, waiter_.value);
  heap.Mark(reinterpret_cast<uintptr_t>(waiter_.chan));
  for (const core::SelectCase& c : select_cases_) {
    heap.Mark(reinterpret_cast<uintptr_t>(c.chan));
    MarkValue(heap, c.send_value);
  }
  for (const core::Waiter& w : select_waiters_) MarkValue(heap, w.value);
}

void Vm::MarkKernelObject(const core::KernelObject& object) {
  if (const auto* pool = dynamic_cast<const core::Pool*>(&object)) {
    pool->ForEachValue([this](const core::Value& v) { MarkValue(heap_, v); });
  } else if (const auto* m = dynamic_cast<const core::SyncMap*>(&object)) {
    m->Range([this](const core::Value& k, const core::Value& v) {
      MarkValue(heap_, k);
      MarkValue(heap_, v);
      return true;
    });
  }
}

// ---- Collection ----

void Vm::MarkRunRoots() {
  heap_.MarkWords(globals_.data(), globals_.size());
  for (uintptr_t p : pinned_) heap_.Mark(p);
  for (const auto& object : objects_) MarkKernelObject(*object);
  // A pending timer will fire: it, its channel and its function stay.
  for (const core::Timer* t : sched_.ActiveTimers()) heap_.Mark(reinterpret_cast<uintptr_t>(t));
}

uint64_t Vm::DrainMarked() {
  uint64_t map_bytes = 0;
  heap_.Drain([&](void* object, uint8_t tag) {
    switch (tag) {
      case kTagMap: {
        const auto* m = static_cast<const VmMap*>(object);
        m->ForEachWords([this](const uint64_t* w, size_t n) { heap_.MarkWords(w, n); });
        map_bytes += MapEntryBytes(*m);
        break;
      }
      case kTagKeys:
        for (const auto& k : *static_cast<const KeyList*>(object)) heap_.MarkWords(k.data(), k.size());
        break;
      case kTagChannel: {
        const auto* ch = static_cast<const VmChannel*>(object);
        for (uint32_t i = 0; i < ch->len(); i++) MarkValue(heap_, ch->Buffered(i).value);
        break;
      }
      case kTagTimer: {
        const auto* t = static_cast<const VmTimer*>(object);
        heap_.Mark(reinterpret_cast<uintptr_t>(t->chan));
        heap_.Mark(reinterpret_cast<uintptr_t>(t->closure));
        break;
      }
    }
  });
  return map_bytes;
}

void Vm::Collect() {
  heap_.BeginMark();
  MarkRunRoots();
  sched_.ForEachG([this](const core::G& g) {
    if (const auto* t = dynamic_cast<const Thread*>(g.body)) t->MarkRoots(heap_);
  });
  if (sched_.config().trace) {
    // Trace events name channels and timers by id and show the values channels carried.
    heap_.MarkTagged(kTagChannel);
    heap_.MarkTagged(kTagTimer);
    for (const core::Event& e : sched_.trace().events) MarkValue(heap_, e.value);
  }
  heap_.Sweep(DrainMarked());
}

// ---- Goroutines nothing can wake ----

bool Thread::WaitsOnMarked(const Heap& heap) const {
  switch (pending_) {
    case Pending::kSend:
    case Pending::kRecv:
    case Pending::kRecv2: return waiter_.chan && heap.IsMarked(reinterpret_cast<uintptr_t>(waiter_.chan));
    case Pending::kSelect:
      for (const core::SelectCase& c : select_cases_)
        if (c.chan && heap.IsMarked(reinterpret_cast<uintptr_t>(c.chan))) return true;
      return false;
    case Pending::kNone: return false;
  }
  return false;
}

std::vector<const core::G*> Vm::BlockedForever() {
  // Go's own leak detection idea: start from what can run, and let a blocked goroutine
  // join it once something live reaches a channel it waits on; the rest stay blocked.
  auto on_channel = [](const core::G& g) {
    using core::WaitReason;
    if (g.status != core::GStatus::kWaiting) return false;
    switch (g.wait_reason) {
      case WaitReason::kChanSend:
      case WaitReason::kChanReceive:
      case WaitReason::kSelect:
      case WaitReason::kChanSendNilChan:
      case WaitReason::kChanReceiveNilChan:
      case WaitReason::kSelectNoCases: return true;
      default: return false;  // sleeping, or on a sync object: counted as able to run
    }
  };
  heap_.BeginMark();
  MarkRunRoots();
  std::vector<const core::G*> blocked;
  sched_.ForEachG([&](const core::G& g) {
    const auto* t = dynamic_cast<const Thread*>(g.body);
    if (!t) return;  // not a Go goroutine: nothing to know about it
    if (on_channel(g)) {
      blocked.push_back(&g);
    } else {
      t->MarkRoots(heap_);
    }
  });
  DrainMarked();
  for (bool woke = true; woke;) {
    woke = false;
    for (auto it = blocked.begin(); it != blocked.end();) {
      const auto* t = static_cast<const Thread*>((*it)->body);
      if (!t->WaitsOnMarked(heap_)) {
        ++it;
        continue;
      }
      t->MarkRoots(heap_);
      DrainMarked();
      it = blocked.erase(it);
      woke = true;
    }
  }
  return blocked;
}

bool Vm::CollectAtSafePoint() {
  if (collection_requested_) {
    // runtime.GC(): as in Go, sync.Pool drops its victim cache and ages its items.
    for (const auto& object : objects_)
      if (auto* pool = dynamic_cast<core::Pool*>(object.get())) pool->OnGc();
    collection_requested_ = false;
  }
  Collect();
  if (heap_.live_after_last() <= limits_.max_heap_bytes) return true;
  HeapLimitFatal();
  return false;
}

void Vm::ReadMemStats(uint64_t* stats) const {
  uint64_t stack_bytes = 0;
  sched_.ForEachG([&](const core::G& g) {
    if (const auto* t = dynamic_cast<const Thread*>(g.body)) stack_bytes += t->stack_words() * sizeof(uint64_t);
  });
  // Alloc, TotalAlloc, Sys, Mallocs, Frees, HeapAlloc, HeapSys, HeapObjects, HeapInuse,
  // StackInuse, NumGC, PauseTotalNs (collections take no virtual time).
  const uint64_t fields[] = {heap_.bytes(), heap_.total_bytes(), heap_.bytes() + stack_bytes,
                             heap_.mallocs(), heap_.frees(), heap_.bytes(), heap_.bytes(),
                             heap_.objects(), heap_.bytes(), stack_bytes, heap_.collections(), 0};
  std::copy(std::begin(fields), std::end(fields), stats);
}

void Vm::HeapLimitFatal() {
  sched_.Fatal("chanscope: heap limit of " + std::to_string(limits_.max_heap_bytes) +
               " bytes exceeded (--max-heap)");
}

}  // namespace chanscope::lang
