// The stage model: what the Stage, the Inspector and the Processors view show at one position
// of a run, as plain structs (compute first, draw second). No ImGui here.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/scheduler.h"
#include "lang/vm.h"

namespace chanscope {

// A goroutine's state as a learner sees it: Go's "waiting" split into blocked and sleeping.
enum class GoState : std::uint8_t { kRunning, kRunnable, kBlocked, kSleeping, kFinished };
std::string_view GoStateName(GoState state);  // "running", "runnable", "blocked", ...

// How many goroutine colours the palette has; a goroutine keeps colour (id - 1) % this.
inline constexpr int kGoroutineColours = 12;

struct GoroutineCard {
  std::int64_t id = 0;
  std::string function;          // entry function, "main.worker"
  GoState state = GoState::kRunnable;
  std::string wait_reason;       // Go's words ("chan receive"); empty unless blocked/sleeping
  std::uint32_t waiting_on = 0;  // kernel object it waits on, 0 when none (or a select)
  // Where it is in the program's own code: its innermost frame outside the standard library
  // (library calls show at the line calling them). Empty once finished, or with no such frame.
  // The text belongs to the program: valid while its Playback lives.
  std::string_view file;
  std::int32_t line = 0;
  std::int64_t parent = 0;       // goroutine that ran the go statement, 0 for main
  std::string created_by;        // function containing that go statement
  std::int32_t created_line = 0;
  int colour = 0;                // index into the palette's goroutine colours, for life
  std::int16_t lane = -1;        // processor it runs on (running) or last ran on
  std::uint64_t born_step = 0;   // step of its go.create event
  std::int64_t ended_step = -1;  // step of its go.end event, -1 while alive
  // Call stack with locals, innermost first. Filled only for goroutines someone looks at
  // (see StageSources::detailed): formatting every local of a goroutine bomb each frame
  // would freeze the window.
  std::vector<lang::FrameView> stack;
  friend bool operator==(const GoroutineCard&, const GoroutineCard&) = default;
};

// One goroutine in a channel's sendq or recvq.
struct QueuedG {
  std::int64_t g = 0;
  bool select = false;  // it waits in a select (on other channels too)
  std::string value;    // senders: the value it is trying to send
  friend bool operator==(const QueuedG&, const QueuedG&) = default;
};

struct ChannelCard {
  std::uint32_t id = 0;
  std::string name;       // the program's variable name for it, else "chan#<id>"
  std::string elem_type;  // "int", "string"; empty when unknown
  std::uint32_t capacity = 0;
  bool closed = false;
  std::vector<std::string> slots;  // buffered values, oldest first (size = len)
  // The first kQueueListed waiters of each queue, first to be served first.
  std::vector<QueuedG> sendq;
  std::vector<QueuedG> recvq;
  // How many wait in all. Past the listed ones only plain sends and receives are counted
  // (a select waiting beyond them is not).
  std::size_t sendq_len = 0;
  std::size_t recvq_len = 0;
  friend bool operator==(const ChannelCard&, const ChannelCard&) = default;
};

struct MutexCard {
  std::uint32_t id = 0;
  bool rw = false;            // sync.RWMutex (else sync.Mutex)
  bool locked = false;        // held for writing (or plain Lock)
  std::int64_t holder = 0;    // goroutine that holds the write lock, 0 when unknown/none
  std::int32_t readers = 0;   // RWMutex: active readers
  std::vector<std::int64_t> waiters;         // Lock waiters, longest first
  std::vector<std::int64_t> reader_waiters;  // RWMutex: RLock waiters
  friend bool operator==(const MutexCard&, const MutexCard&) = default;
};

struct WaitGroupCard {
  std::uint32_t id = 0;
  std::int64_t counter = 0;
  std::vector<std::int64_t> waiters;
  friend bool operator==(const WaitGroupCard&, const WaitGroupCard&) = default;
};

struct CondCard {
  std::uint32_t id = 0;
  std::vector<std::int64_t> waiters;
  friend bool operator==(const CondCard&, const CondCard&) = default;
};

struct TimerCard {
  std::uint32_t id = 0;
  std::int64_t when = 0;       // virtual ns at which it fires
  std::int64_t remaining = 0;  // when - now
  std::int64_t period = 0;     // tickers
  std::int64_t sleeper = 0;    // time.Sleep: the goroutine it wakes
  std::uint32_t channel = 0;   // Timer.C / Ticker.C: where the time goes
  friend bool operator==(const TimerCard&, const TimerCard&) = default;
};

enum class TokenKind : std::uint8_t {
  kHandoff,     // straight from sender to a waiting receiver
  kIntoBuffer,  // from sender into a free buffer slot
  kOutOfBuffer, // from the buffer's head to the receiver
};

// A value moving in one of the most recent events; the view animates it from its first
// appearance (see TokenProgress).
struct Token {
  std::uint64_t step = 0;  // the event that moved it (identity for the animation)
  std::uint64_t msg = 0;   // pairs the send with its receive
  std::uint32_t channel = 0;
  std::string value;
  std::int64_t from = 0;   // sender (0 for the buffer)
  std::int64_t to = 0;     // receiver (0 for the buffer)
  TokenKind kind = TokenKind::kHandoff;
  friend bool operator==(const Token&, const Token&) = default;
};

// A goroutine's select: waiting on its candidates, or recently completed.
struct SelectCard {
  std::int64_t g = 0;
  bool waiting = false;                  // parked in select (pass 2)
  std::vector<std::uint32_t> candidates; // channels it waits on (while waiting)
  std::int32_t chosen_case = -2;         // case index; -1 default; -2 not chosen yet
  std::uint32_t chosen_channel = 0;
  std::int32_t ready = 0;                // ready cases found by the poll
  bool random = false;                   // several were ready: the choice was random
  std::uint64_t step = 0;                // event step of the poll or the choice
  friend bool operator==(const SelectCard&, const SelectCard&) = default;
};

// A go statement: an arrow from the parent's card to the child's.
struct GoArrow {
  std::int64_t parent = 0;
  std::int64_t child = 0;
  std::uint64_t step = 0;
  friend bool operator==(const GoArrow&, const GoArrow&) = default;
};

// A virtual processor (GOMAXPROCS lane): what runs on it and its run queue.
struct ProcessorCard {
  int id = 0;
  std::int64_t running = 0;             // goroutine on the lane now, 0 when idle
  std::int64_t runnext = 0;             // runs next (Go's runnext), 0 when none
  std::vector<std::int64_t> local;      // local run queue, head first
  std::int64_t clock = 0;               // virtual ns this lane has reached
  friend bool operator==(const ProcessorCard&, const ProcessorCard&) = default;
};

struct StageModel {
  std::uint64_t step = 0;  // events so far
  std::int64_t now = 0;    // virtual ns
  std::vector<GoroutineCard> goroutines;  // every goroutine so far, by id (finished too)
  std::vector<ChannelCard> channels;      // live channels, by id
  std::vector<MutexCard> mutexes;
  std::vector<WaitGroupCard> waitgroups;
  std::vector<CondCard> conds;
  std::vector<TimerCard> timers;          // active timers, soonest first
  std::vector<Token> tokens;              // values moved in the last kTokenWindow events
  std::vector<SelectCard> selects;        // waiting selects and recent choices
  std::vector<GoArrow> arrows;            // go statements of live goroutines
  std::vector<ProcessorCard> processors;
  std::vector<std::int64_t> global_queue; // the global run queue's first kGlobalQueueListed, head first
  std::size_t global_queue_len = 0;       // its whole length
  friend bool operator==(const StageModel&, const StageModel&) = default;

  const GoroutineCard* FindGoroutine(std::int64_t id) const {
    return id >= 1 && static_cast<std::size_t>(id) <= goroutines.size() ? &goroutines[id - 1]
                                                                       : nullptr;
  }
  const ChannelCard* FindChannel(std::uint32_t id) const;
};

// Events looked back over for tokens and select choices.
inline constexpr std::uint64_t kTokenWindow = 12;
// While at most this many goroutines are alive, every one of them gets its stack with locals;
// with more, only those the views ask for (StageSources::detailed) and main.
inline constexpr std::int64_t kDetailAllUpTo = 256;
// Waiters listed per channel queue, and goroutines of the global run queue (the views show a
// few and a count).
inline constexpr std::size_t kQueueListed = 300;
inline constexpr std::size_t kGlobalQueueListed = 64;

// What the builder may use besides the scheduler: the VM (locals, channel element types),
// names a C++ program gave its channels, and the goroutines whose stacks a view shows.
struct StageSources {
  const lang::Vm* vm = nullptr;
  const std::map<std::uint32_t, std::string>* channel_names = nullptr;
  const std::vector<std::int64_t>* detailed = nullptr;  // goroutine ids, sorted
};

// Builds the stage model of one run, updating it in place: the trace tells which goroutines
// acted since the last build, and only those (and the running ones) are looked at again, so
// a frame with a hundred thousand goroutines costs what the few that moved cost. Reset it when
// a new run starts (a re-run to an earlier step too).
class StageBuilder {
 public:
  void Reset() { *this = StageBuilder(); }
  // The stage at the scheduler's current position.
  const StageModel& Build(const core::Scheduler& sched, const StageSources& sources);
  const StageModel& model() const { return model_; }

 private:
  void Consume(const core::Trace& trace);
  void MarkTouched(std::int64_t g);
  void UpdateGoroutines(const core::Scheduler& sched, const StageSources& sources);
  template <typename Refresh>
  void UpdateStacks(const core::Scheduler& sched, const StageSources& sources, Refresh refresh);
  void UpdateArrows();
  void NameChannels(const StageSources& sources);

  StageModel model_;
  std::size_t consumed_ = 0;   // trace events read so far
  std::uint64_t build_ = 0;    // builds so far: the stamps below are build numbers
  std::vector<std::uint64_t> touched_;  // by id - 1: the build whose events last named it
  std::vector<std::uint64_t> updated_;  // by id - 1: the build that last refreshed its card
  // By id - 1: the scheduler's record of each live goroutine (null once it has ended: records
  // are reused), so a build finds the goroutines it refreshes without walking them all.
  std::vector<const core::G*> gs_;
  std::int64_t known_ = 0;  // goroutines created up to the last build (their records are in gs_)
  std::vector<std::int64_t> touched_ids_;  // named by the events of this build
  std::vector<std::int64_t> detailed_ids_;  // cards holding stacks, sorted
  bool ended_since_ = false;   // a goroutine ended since the last build (arrows to drop)
  // Channel names found in locals, kept once found: stable while goroutines come and go.
  std::map<std::uint32_t, std::string> found_names_;
};

// Eased animation progress in [0, 1] of a token `age_seconds` after it appeared, at playback
// speed factor `speed` (1 = normal: a few hundred milliseconds).
float TokenProgress(float age_seconds, float speed);
inline constexpr float kTokenSeconds = 0.45f;

}  // namespace chanscope
