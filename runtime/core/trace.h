// trace.h — the typed event stream of a run: what the GUI animates and tests compare.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "value.h"

namespace chanscope::core {

enum class EventKind : uint8_t {
#define EVENT(name, text) name,
#include "events.def"
#undef EVENT
};

enum class WaitReason : uint8_t {
#define WAIT_REASON(name, text) name,
#include "wait_reasons.def"
#undef WAIT_REASON
};

std::string_view EventName(EventKind kind);
// The words Go prints in a goroutine dump, e.g. "chan receive".
std::string_view WaitReasonText(WaitReason reason);

// Bits of Event::flags.
inline constexpr uint8_t kFlagHandoff = 1;  // send/recv went straight between goroutines
inline constexpr uint8_t kFlagOk = 2;       // recv got a sent value (not a close)
inline constexpr uint8_t kFlagRandom = 4;   // select chose among several ready cases
inline constexpr uint8_t kFlagHit = 8;      // pool get found an item

struct Event {
  uint64_t step = 0;      // index of this event in the run; RunTo(step) stops here
  int64_t time = 0;       // virtual nanoseconds since the program started
  int64_t g = 0;          // goroutine acting (0 = the scheduler or a timer)
  int64_t peer = 0;       // the other goroutine involved, if any
  uint64_t msg = 0;       // channel message id: pairs a send with its receive
  Value value;            // value moved, delta, or option count (see events.def)
  SrcPos pos;             // where in the program, when known
  uint32_t object = 0;    // kernel object id (channel, mutex, timer, ...)
  uint32_t text = 0;      // index into Trace::texts for print/panic/fatal
  int32_t arg = 0;        // kind-specific small integer (see events.def)
  int16_t p = -1;         // processor lane, -1 when not on a lane
  EventKind kind = EventKind::kGoStart;
  WaitReason reason = WaitReason::kNone;
  uint8_t flags = 0;
};

// Who a goroutine is, recorded when it is created: views of an earlier step (a re-run)
// name goroutines that have ended, whose records the kernel has reused.
struct GoroutineInfo {
  std::string function;    // entry function, e.g. "main.worker"
  std::string created_by;  // function containing the go statement; empty for main
};

// The events of one run plus the strings they refer to.
struct Trace {
  std::vector<Event> events;
  std::vector<std::string> texts{""};  // texts[0] is the empty string
  // Each goroutine by id, for views and exporters that name goroutines after they ended
  // (the GUI's inspector, the --trace exporter's tracks); [0] is unused.
  std::vector<GoroutineInfo> goroutines{GoroutineInfo{}};
  // How the language shows a value moved through kernel object `object` (e.g. "hi" for
  // a Go string, whose words are a pointer and a length); empty: the raw words. Keeps the
  // text form free of addresses, so it is the same in every process.
  std::function<std::string(uint32_t object, const Value& value)> value_formatter;
};

// One event as one stable line of text, e.g.
// "42 t=1000 P0 G3 chan.send obj=2 val=7 msg=5 peer=G4 arg=0 handoff @demo.cpp:31".
std::string FormatEvent(const Trace& trace, const Event& e);
// Every event, one per line.
std::string FormatTrace(const Trace& trace);

}  // namespace chanscope::core
