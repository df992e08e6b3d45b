// trace_json.cpp — the Chrome Trace Event exporter behind `chanscope-cli run --trace OUT.json`.
//
// Format: https://docs.google.com/document/d/1CvAClvFfyA5R-PhYUmn5OOQtYMH4h6I0nSsKchNAySU
// One process (pid 1) whose threads are goroutines (tid = goroutine id; tid 0 is the
// scheduler, which fires timers). Events are written one per line as they are produced, so a
// long run never holds a second copy of its trace in memory.
#include "trace_json.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <unordered_map>

namespace chanscope {

namespace {

using nlohmann::json;
using core::Event;
using core::EventKind;

constexpr int kPid = 1;

// Virtual nanoseconds to the format's microseconds.
double Micros(int64_t ns) { return static_cast<double>(ns) / 1000.0; }

// Streams trace events into a JSON array.
class EventWriter {
 public:
  explicit EventWriter(std::ostream& out) : out_(out) {}
  void Add(json event) {
    event["pid"] = kPid;
    out_ << (first_ ? "\n" : ",\n") << event.dump(-1, ' ', false, json::error_handler_t::replace);
    first_ = false;
  }

 private:
  std::ostream& out_;
  bool first_ = true;
};

// The state spans of every goroutine: a span closes when the goroutine's state changes.
class StateSpans {
 public:
  explicit StateSpans(EventWriter& w) : w_(w) {}
  void Enter(int64_t g, std::string state, int64_t time) {
    Close(g, time);
    // Lanes keep their own clocks, so a wake-up can be stamped before the span it ends:
    // a track's spans never go back in time, so they never overlap.
    open_[g] = Open{std::move(state), std::max(time, last_end_[g])};
  }
  void Close(int64_t g, int64_t time) {
    auto it = open_.find(g);
    if (it == open_.end()) return;
    int64_t end = std::max(time, it->second.since);
    last_end_[g] = end;
    if (end > it->second.since) {
      w_.Add({{"ph", "X"}, {"cat", "state"}, {"name", it->second.state}, {"tid", g},
              {"ts", Micros(it->second.since)}, {"dur", Micros(end - it->second.since)}});
    }
    open_.erase(it);
  }
  void CloseAll(int64_t time) {
    while (!open_.empty()) Close(open_.begin()->first, time);
  }

 private:
  struct Open {
    std::string state;
    int64_t since;
  };
  EventWriter& w_;
  std::map<int64_t, Open> open_;  // ordered, so the output does not depend on hashing
  std::unordered_map<int64_t, int64_t> last_end_;  // where each track's last span ended
};

// Track names: "G7 main.worker", and the scheduler's own track for timer events.
void WriteTrackNames(const core::Trace& trace, std::string_view program_name, EventWriter& w) {
  w.Add({{"ph", "M"}, {"name", "process_name"}, {"tid", 0},
         {"args", {{"name", "chanscope " + std::string(program_name)}}}});
  w.Add({{"ph", "M"}, {"name", "thread_name"}, {"tid", 0}, {"args", {{"name", "scheduler"}}}});
  for (size_t id = 1; id < trace.goroutines.size(); id++) {
    std::string name = "G" + std::to_string(id) + " " + trace.goroutines[id].function;
    w.Add({{"ph", "M"}, {"name", "thread_name"}, {"tid", id}, {"args", {{"name", name}}}});
    w.Add({{"ph", "M"}, {"name", "thread_sort_index"}, {"tid", id}, {"args", {{"sort_index", id}}}});
  }
}

std::string ChannelName(uint32_t object) { return "chan#" + std::to_string(object); }

// A channel send or receive: a zero-length slice on the acting goroutine (flow arrows bind
// to slices), the flow arrow's end, and the buffer-length counter.
void WriteTransfer(const core::Trace& trace, const Event& e, const std::set<uint64_t>& received,
                   const std::unordered_map<uint32_t, int32_t>& capacity, EventWriter& w) {
  bool send = e.kind == EventKind::kChanSend;
  std::string value = trace.value_formatter ? trace.value_formatter(e.object, e.value) : "";
  if (value.empty()) value = std::to_string(e.value.word);
  json args = {{"chan", ChannelName(e.object)}, {"msg", e.msg},
               {"handoff", (e.flags & core::kFlagHandoff) != 0}};
  if (send || (e.flags & core::kFlagOk)) args["value"] = value;
  if (!send && !(e.flags & core::kFlagOk)) args["closed"] = true;
  const char* name = send ? "send" : "recv";
  w.Add({{"ph", "X"}, {"cat", "chan"}, {"name", std::string(name) + " " + ChannelName(e.object)},
         {"tid", e.g}, {"ts", Micros(e.time)}, {"dur", 0}, {"args", args}});
  if (e.msg && received.count(e.msg)) {
    json flow = {{"cat", "chan"}, {"name", "value"}, {"id", e.msg}, {"tid", e.g}, {"ts", Micros(e.time)}};
    flow["ph"] = send ? "s" : "f";
    if (!send) flow["bp"] = "e";
    w.Add(flow);
  }
  auto cap = capacity.find(e.object);
  if (cap != capacity.end() && cap->second > 0) {
    w.Add({{"ph", "C"}, {"name", ChannelName(e.object) + " len"}, {"tid", 0}, {"ts", Micros(e.time)},
           {"args", {{"len", e.arg}}}});
  }
}

// An instant on the acting goroutine's track (global for panics and fatal errors).
void WriteInstant(const core::Trace& trace, const Event& e, EventWriter& w) {
  std::string text = e.text ? trace.texts[e.text] : "";
  std::string name;
  switch (e.kind) {
    case EventKind::kPrint: name = "print"; break;
    case EventKind::kPanic: name = "panic: " + text; break;
    case EventKind::kFatal: name = "fatal error: " + text; break;
    default: name = std::string(core::EventName(e.kind)); break;
  }
  json instant = {{"ph", "i"}, {"cat", "event"}, {"name", name}, {"tid", e.g}, {"ts", Micros(e.time)}};
  instant["s"] = e.kind == EventKind::kPanic || e.kind == EventKind::kFatal ? "g" : "t";
  json args = json::object();
  if (e.kind == EventKind::kPrint) args["text"] = text;
  if (e.object) args["object"] = e.object;
  if (e.peer) args["peer"] = "G" + std::to_string(e.peer);
  if (e.pos.file) args["pos"] = std::string(e.pos.file) + ":" + std::to_string(e.pos.line);
  instant["args"] = args;
  w.Add(instant);
}

}  // namespace

void WriteChromeTrace(const core::Trace& trace, std::string_view program_name, std::ostream& out) {
  // Flow arrows only for messages that were received (a value may stay in a buffer).
  std::set<uint64_t> received;
  for (const Event& e : trace.events)
    if (e.kind == EventKind::kChanRecv && e.msg) received.insert(e.msg);

  out << "{\"displayTimeUnit\":\"ns\",\"traceEvents\":[";
  EventWriter w(out);
  WriteTrackNames(trace, program_name, w);
  StateSpans spans(w);
  std::unordered_map<uint32_t, int32_t> capacity;
  int64_t last_time = 0;
  for (const Event& e : trace.events) {
    last_time = std::max(last_time, e.time);
    switch (e.kind) {
      case EventKind::kGoCreate:
        spans.Enter(e.peer, "runnable", e.time);
        if (e.g) WriteInstant(trace, e, w);
        break;
      case EventKind::kGoStart: spans.Enter(e.g, "running", e.time); break;
      case EventKind::kGoBlock: spans.Enter(e.g, std::string(core::WaitReasonText(e.reason)), e.time); break;
      case EventKind::kGoUnblock: spans.Enter(e.peer, "runnable", e.time); break;
      case EventKind::kGoYield:
      case EventKind::kGoPreempt: spans.Enter(e.g, "runnable", e.time); break;
      case EventKind::kGoEnd: spans.Close(e.g, e.time); break;
      case EventKind::kChanMake:
        capacity[e.object] = e.arg;
        if (e.arg > 0) {
          w.Add({{"ph", "C"}, {"name", ChannelName(e.object) + " len"}, {"tid", 0},
                 {"ts", Micros(e.time)}, {"args", {{"len", 0}}}});
        }
        break;
      case EventKind::kChanSend:
      case EventKind::kChanRecv: WriteTransfer(trace, e, received, capacity, w); break;
      case EventKind::kChanClose:
      case EventKind::kPrint:
      case EventKind::kPanic:
      case EventKind::kFatal:
      case EventKind::kTimerFire: WriteInstant(trace, e, w); break;
      default: break;  // the rest is in the kernel's text trace (--events)
    }
  }
  spans.CloseAll(last_time);
  out << "\n]}\n";
}

bool WriteChromeTraceFile(const core::Trace& trace, std::string_view program_name,
                          const std::string& path) {
  std::ofstream out(path, std::ios::binary);
  if (out) WriteChromeTrace(trace, program_name, out);
  if (!out) {
    std::cerr << "chanscope-cli: cannot write " << path << "\n";
    return false;
  }
  return true;
}

}  // namespace chanscope
