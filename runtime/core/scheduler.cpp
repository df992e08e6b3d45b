// scheduler.cpp — the run loop, run queues, park/ready, timers, decisions, outcome.
#include "scheduler.h"

#include <algorithm>
#include <string>

#include "check.h"
#include "sync.h"

namespace chanscope::core {

std::string_view StatusName(GStatus status) {
  switch (status) {
    case GStatus::kRunnable: return "runnable";
    case GStatus::kRunning: return "running";
    case GStatus::kWaiting: return "waiting";
    case GStatus::kDead: return "dead";
  }
  return "?";
}

std::string_view PolicyName(Policy policy) {
  switch (policy) {
    case Policy::kGo: return "go";
    case Policy::kRandom: return "random";
    case Policy::kManual: return "manual";
  }
  return "?";
}

bool ParsePolicy(std::string_view text, Policy* out) {
  for (Policy p : {Policy::kGo, Policy::kRandom, Policy::kManual}) {
    if (PolicyName(p) == text) {
      *out = p;
      return true;
    }
  }
  return false;
}

std::string_view DecisionKindName(DecisionKind kind) {
  switch (kind) {
    case DecisionKind::kRunG: return "run";
    case DecisionKind::kSelectCase: return "select";
    case DecisionKind::kSteal: return "steal";
  }
  return "?";
}

Scheduler::Scheduler(Config config) : config_(config), rng_(config.seed) {
  CS_CHECK(config_.procs >= 1 && config_.procs <= 256);
  CS_CHECK(config_.slice >= 1);
  procs_.resize(config_.procs);
  for (int i = 0; i < config_.procs; i++) {
    procs_[i].id = static_cast<int16_t>(i);
    procs_[i].slice_left = config_.slice;
  }
  UpdateQuiet();
}

Scheduler::~Scheduler() {
  // Goroutine bodies first (coroutine frames may point at objects), then objects.
  while (all_head_) {
    G* g = all_head_;
    all_head_ = g->all_next;
    g->body->Destroy();
    delete g->sleep_timer;
    delete g;
  }
  for (G* g : free_gs_) {
    delete g->sleep_timer;
    delete g;
  }
  owned_.clear();
}

// ---- Goroutines ----

G* Scheduler::Spawn(Body* body, const char* function, SrcPos created_at) {
  G* g;
  if (free_gs_.empty()) {
    g = new G;
  } else {
    // Reuse a dead goroutine's record, keeping its sleep timer (Go's gFree).
    g = free_gs_.back();
    free_gs_.pop_back();
    Timer* t = g->sleep_timer;
    *g = G{};
    g->sleep_timer = t;
  }
  g->id = next_goid_++;
  g->is_main = g->id == 1;
  g->parent_id = current_ ? current_->id : 0;
  g->body = body;
  g->function = function;
  g->created_at = created_at;
  g->created_by = current_ ? current_function_ : nullptr;
  g->ready_time = now_;
  g->status = GStatus::kRunnable;
  runnable_count_++;
  g->all_prev = all_tail_;
  (all_tail_ ? all_tail_->all_next : all_head_) = g;
  all_tail_ = g;
  live_count_++;
  SrcPos saved = pos_;
  pos_ = created_at;
  if (Event* e = Record(EventKind::kGoCreate)) {
    e->peer = g->id;
    trace_.goroutines.resize(g->id + 1);
    trace_.goroutines[g->id] = {function, g->created_by ? g->created_by : ""};
  }
  pos_ = saved;
  RunQueuePut(running_proc_ ? *running_proc_ : procs_[0], g, /*next=*/true);
  return g;
}

void Scheduler::ReleaseGoroutine(G* g) {
  (g->all_prev ? g->all_prev->all_next : all_head_) = g->all_next;
  (g->all_next ? g->all_next->all_prev : all_tail_) = g->all_prev;
  live_count_--;
  g->status = GStatus::kDead;
  g->body->Destroy();
  g->body = nullptr;
  free_gs_.push_back(g);
}

void Scheduler::Park(WaitReason reason, uint32_t object) {
  G* g = current_;
  CS_CHECK(g && g->status == GStatus::kRunning);
  g->status = GStatus::kWaiting;
  g->wait_reason = reason;
  g->wait_object = object;
  if (Event* e = Record(EventKind::kGoBlock, object)) e->reason = reason;
}

void Scheduler::Ready(G* g) {
  CS_CHECK(g->status == GStatus::kWaiting);
  g->status = GStatus::kRunnable;
  runnable_count_++;
  g->wait_reason = WaitReason::kNone;
  g->wait_object = 0;
  g->ready_time = now_;
  if (Event* e = Record(EventKind::kGoUnblock)) e->peer = g->id;
  RunQueuePut(running_proc_ ? *running_proc_ : procs_[0], g, /*next=*/true);
}

// ---- Run queues (Go's runqput, globrunqput, globrunqget, runqsteal) ----

void Scheduler::RunQueuePut(Processor& p, G* g, bool next) {
  if (next) {
    // The new goroutine runs next; the one it displaces goes to the tail.
    G* old = p.runnext;
    p.runnext = g;
    if (!old) return;
    g = old;
  }
  if (p.local.size() < Processor::kLocalQueueSize) {
    p.local.push_back(g);
    return;
  }
  // Local queue full: move half of it and g to the global queue (runqputslow).
  for (size_t n = p.local.size() / 2; n > 0; n--) {
    GlobalPut(p.local.front());
    p.local.pop_front();
  }
  GlobalPut(g);
}

void Scheduler::GlobalPut(G* g) {
  g->sched_next = nullptr;
  (global_tail_ ? global_tail_->sched_next : global_head_) = g;
  global_tail_ = g;
  global_size_++;
}

G* Scheduler::GlobalGet(Processor& p, size_t max) {
  if (global_size_ == 0) return nullptr;
  // Take a fair share of the global queue; run the first, queue the rest locally.
  size_t n = std::min(global_size_, global_size_ / procs_.size() + 1);
  n = std::min(n, Processor::kLocalQueueSize / 2);
  if (max > 0) n = std::min(n, max);
  G* first = nullptr;
  for (size_t i = 0; i < n; i++) {
    G* g = global_head_;
    global_head_ = g->sched_next;
    if (!global_head_) global_tail_ = nullptr;
    global_size_--;
    g->sched_next = nullptr;
    if (!first) {
      first = g;
    } else {
      p.local.push_back(g);
    }
  }
  return first;
}

std::vector<G*> Scheduler::GlobalQueue(size_t max) const {
  std::vector<G*> out;
  for (G* g = global_head_; g && out.size() < max; g = g->sched_next) out.push_back(g);
  return out;
}

G* Scheduler::Steal(Processor& thief) {
  std::vector<Processor*> victims;
  for (Processor& v : procs_)
    if (&v != &thief && !v.local.empty()) victims.push_back(&v);
  if (victims.empty()) return nullptr;
  Processor& victim =
      *victims[victims.size() > 1 ? Choose(DecisionKind::kSteal, victims.size()) : 0];
  // Steal half (rounded up) from the head of the victim's queue.
  size_t n = victim.local.size() - victim.local.size() / 2;
  G* first = victim.local.front();
  victim.local.pop_front();
  for (size_t i = 1; i < n; i++) {
    thief.local.push_back(victim.local.front());
    victim.local.pop_front();
  }
  return first;
}

G* Scheduler::FindRunnable(Processor& p, bool* inherit_time) {
  *inherit_time = false;
  if (config_.policy != Policy::kGo) return PickRandomly(p);
  // Every 61st tick look at the global queue first, so it cannot starve the lane's own
  // queue (a lane with nothing of its own takes shared work below, earliest first).
  bool own_work = p.runnext || !p.local.empty();
  if (p.schedtick % 61 == 0 && global_size_ > 0 && own_work) return GlobalGet(p, 1);
  if (G* g = p.runnext) {
    // runnext inherits the time slice, so a ping-pong pair cannot starve others.
    p.runnext = nullptr;
    *inherit_time = true;
    return g;
  }
  if (!p.local.empty()) {
    G* g = p.local.front();
    p.local.pop_front();
    return g;
  }
  // An idle lane takes the shared work that became ready first: in virtual time it was
  // idle until then, and work that waited longer elsewhere would otherwise wait on.
  if (global_head_ && EarliestOtherLocal(p) < global_head_->ready_time) return Steal(p);
  if (G* g = GlobalGet(p, 0)) return g;
  return Steal(p);
}

int64_t Scheduler::EarliestOtherLocal(const Processor& p) const {
  int64_t earliest = INT64_MAX;
  for (const Processor& q : procs_)
    if (&q != &p && !q.local.empty()) earliest = std::min(earliest, q.local.front()->ready_time);
  return earliest;
}

G* Scheduler::PickRandomly(Processor& p) {
  // Every runnable goroutine, in the order the go policy would see them.
  std::vector<G*> all;
  for (Processor& q : procs_) {
    if (q.runnext) all.push_back(q.runnext);
    for (G* g : q.local) all.push_back(g);
  }
  for (G* g = global_head_; g; g = g->sched_next) all.push_back(g);
  if (all.empty()) return nullptr;
  G* chosen = all[all.size() > 1 ? Choose(DecisionKind::kRunG, all.size()) : 0];
  // Take it out of whichever queue holds it.
  for (Processor& q : procs_) {
    if (q.runnext == chosen) {
      q.runnext = nullptr;
      return chosen;
    }
    auto it = std::find(q.local.begin(), q.local.end(), chosen);
    if (it != q.local.end()) {
      q.local.erase(it);
      return chosen;
    }
  }
  G** link = &global_head_;
  G* prev = nullptr;
  while (*link != chosen) {
    prev = *link;
    link = &(*link)->sched_next;
  }
  *link = chosen->sched_next;
  if (global_tail_ == chosen) global_tail_ = prev;
  global_size_--;
  chosen->sched_next = nullptr;
  (void)p;
  return chosen;
}

// ---- The run loop ----

Processor* Scheduler::PickProcessor() {
  // The lane furthest behind in virtual time that can find work runs next, so lanes
  // advance side by side. Work in the global queue or in another lane's local queue
  // can be taken by any lane (runnext belongs to its own lane).
  bool shared = global_size_ > 0;
  for (const Processor& p : procs_) {
    if (!p.local.empty()) shared = true;
    if (config_.policy != Policy::kGo && p.runnext) shared = true;
  }
  Processor* best = nullptr;
  for (Processor& p : procs_) {
    bool has_work = shared || p.runnext || !p.local.empty();
    if (has_work && (!best || p.clock < best->clock)) best = &p;
  }
  return best;
}

const Outcome& Scheduler::Run() {
  pause_requested_ = step_ >= pause_at_;
  while (!finished_ && !pause_requested_) {
    // A goroutine paused mid-step resumes before anything else happens.
    Processor* paused = nullptr;
    for (Processor& p : procs_)
      if (p.current) paused = &p;
    if (paused) {
      Execute(*paused, paused->current, false);
      continue;
    }
    Processor* p = PickProcessor();
    if (!p) {
      if (heap_.empty()) {
        Deadlock();
        break;
      }
      // Nothing can run: every lane jumps to the next timer (as the Playground does).
      int64_t when = heap_[0]->when;
      for (Processor& q : procs_) q.clock = std::max(q.clock, when);
      p = &*std::min_element(procs_.begin(), procs_.end(),
                             [](auto& a, auto& b) { return a.clock < b.clock; });
    }
    running_proc_ = p;
    now_ = p->clock;
    FireTimers(p->clock);
    if (finished_ || pause_requested_) break;
    bool inherit_time = false;
    G* g = FindRunnable(*p, &inherit_time);
    if (!g) continue;  // the timers woke goroutines elsewhere, or nothing yet
    Execute(*p, g, inherit_time);
  }
  running_proc_ = nullptr;
  return outcome_;
}

void Scheduler::Execute(Processor& p, G* g, bool inherit_time) {
  running_proc_ = &p;
  current_ = g;
  if (p.current != g) {
    // A fresh step: a new time slice unless inherited from runnext.
    if (!inherit_time) {
      p.slice_left = config_.slice;
      p.schedtick++;
    }
    p.clock = std::max(p.clock, g->ready_time);
    g->status = GStatus::kRunning;
    runnable_count_--;
    g->lane = p.id;
    p.current = g;
    pos_ = {};
    current_function_ = g->function;
    now_ = p.clock;
    Record(EventKind::kGoStart);
    if (g->lock_retry && !g->lock_retry->Retry(*g)) {
      // A woken mutex waiter lost the race for the lock and parked again.
      p.current = nullptr;
      current_ = nullptr;
      return;
    }
    if (pause_requested_ || finished_) {
      current_ = nullptr;
      return;  // resume this goroutine when Run is called again
    }
  }
  now_ = p.clock;
  StepResult result = g->body->Step(*this, *g);
  switch (result) {
    case StepResult::kPaused:
      if (!finished_) {
        current_ = nullptr;
        return;  // p.current stays g
      }
      break;
    case StepResult::kParked:
      CS_CHECK(g->status == GStatus::kWaiting);
      break;
    case StepResult::kYielded:
    case StepResult::kPreempted:
      Record(result == StepResult::kYielded ? EventKind::kGoYield : EventKind::kGoPreempt);
      g->status = GStatus::kRunnable;
      runnable_count_++;
      g->ready_time = p.clock;
      GlobalPut(g);
      break;
    case StepResult::kExited:
      Record(EventKind::kGoEnd);
      if (g->is_main) Finish(RunState::kExited, 0, "");
      p.current = nullptr;
      current_ = nullptr;
      ReleaseGoroutine(g);
      break;
    case StepResult::kPanicked:
    case StepResult::kStopped:
      CS_CHECK(finished_);
      break;
  }
  p.current = nullptr;
  current_ = nullptr;
  if (config_.check_invariants) CheckTouchedInvariants();
}

// ---- Events, decisions, outcome ----

Event* Scheduler::RecordSlow(EventKind kind, uint32_t object) {
  uint64_t step = step_++;
  if (step_ >= pause_at_) pause_requested_ = true;
  if (config_.max_steps && step_ >= config_.max_steps && !finished_) {
    Finish(RunState::kStepLimit, 2,
           "chanscope: stopped after " + std::to_string(config_.max_steps) +
               " steps (the step limit, --max-steps); the program may be running forever\n");
  }
  if (config_.check_invariants && object) touched_.push_back(object);
  if (!config_.trace) return nullptr;
  Event& e = trace_.events.emplace_back();
  e.step = step;
  e.time = now_;
  e.kind = kind;
  e.object = object;
  e.g = current_ ? current_->id : 0;
  e.p = running_proc_ && current_ ? running_proc_->id : -1;
  e.pos = current_ ? pos_ : SrcPos{};
  return &e;
}

uint32_t Scheduler::Choose(DecisionKind kind, uint32_t options) {
  CS_CHECK(options > 0);
  size_t i = decisions_.size();
  uint32_t chosen;
  if (i < replay_.size() && replay_[i].kind == kind && replay_[i].options == options) {
    chosen = replay_[i].chosen;  // replaying a recorded (or hand-edited) decision
  } else if (config_.policy == Policy::kManual && kind != DecisionKind::kSteal) {
    chosen = 0;  // provisional; the person may rewind and choose another
    pause_requested_ = true;
  } else {
    chosen = rng_.Below(options);
  }
  CS_CHECK(chosen < options);
  decisions_.push_back({kind, options, chosen, step_});
  if (Event* e = Record(EventKind::kDecision)) {
    e->arg = static_cast<int32_t>(chosen);
    e->value = Value{static_cast<int64_t>(options), static_cast<uint64_t>(kind)};
  }
  return chosen;
}

uint32_t Scheduler::AddText(std::string_view text) {
  trace_.texts.emplace_back(text);
  return static_cast<uint32_t>(trace_.texts.size() - 1);
}

void Scheduler::Print(int stream, std::string_view text) {
  if (Event* e = Record(EventKind::kPrint)) {
    e->arg = stream;
    e->text = AddText(text);
  }
  if (output) output(stream, text);
}

void Scheduler::Finish(RunState state, int exit_code, std::string report) {
  if (finished_) return;
  finished_ = true;
  outcome_ = Outcome{state, exit_code, std::move(report)};
}

void Scheduler::Panic(std::string_view message) {
  if (Event* e = Record(EventKind::kPanic)) e->text = AddText(message);
  std::string report = "panic: " + std::string(message) + "\n\n";
  if (current_) report += DumpGoroutine(*current_);
  Finish(RunState::kPanic, 2, report);
}

void Scheduler::Fatal(std::string_view message, std::string_view prelude) {
  if (Event* e = Record(EventKind::kFatal)) e->text = AddText(message);
  // The running goroutine first, then the others in creation order, as Go prints.
  std::string report = std::string(prelude) + "fatal error: " + std::string(message) + "\n";
  if (current_) {
    report += '\n';
    report += DumpGoroutine(*current_);
  }
  // Thousands of dumps help nobody (a runaway go loop): the rest are counted instead.
  constexpr int64_t kMaxDumps = 1000;
  int64_t dumped = 0, skipped = 0;
  ForEachG([&](const G& g) {
    if (&g == current_) return;
    if (dumped == kMaxDumps) {
      skipped++;
      return;
    }
    dumped++;
    report += '\n';
    report += DumpGoroutine(g);
  });
  if (skipped) report += "\n..." + std::to_string(skipped) + " more goroutines not shown...\n";
  Finish(RunState::kFatal, 2, report);
}

void Scheduler::Deadlock() {
  Fatal("all goroutines are asleep - deadlock!");
  outcome_.state = RunState::kDeadlock;
}

void Scheduler::Exit(int code) { Finish(RunState::kExited, code, ""); }

namespace {

// "\tfile:line\n", as Go prints a frame's position.
void AppendPosition(std::string& out, SrcPos pos) {
  if (!pos.file) return;
  out += '\t';
  out += pos.file;
  out += ':';
  out += std::to_string(pos.line);
  out += '\n';
}

}  // namespace

std::string Scheduler::DumpGoroutine(const G& g) const {
  std::string out = "goroutine ";
  out += std::to_string(g.id);
  out += " [";
  out += g.status == GStatus::kWaiting ? WaitReasonText(g.wait_reason) : StatusName(g.status);
  out += "]:\n";
  std::vector<Frame> frames;
  if (g.body) g.body->Frames(frames);
  if (frames.empty()) frames.push_back({std::string(g.function) + "(...)", g.created_at});
  for (const Frame& f : frames) {
    out += f.function;
    out += '\n';
    AppendPosition(out, f.pos);
  }
  if (!g.is_main && g.created_by) {
    out += "created by ";
    out += g.created_by;
    out += " in goroutine ";
    out += std::to_string(g.parent_id);
    out += '\n';
    AppendPosition(out, g.created_at);
  }
  return out;
}

// ---- Objects ----

uint32_t Scheduler::Register(KernelObject* object) {
  objects_.push_back(object);
  return static_cast<uint32_t>(objects_.size() - 1);
}

void Scheduler::Unregister(uint32_t id) {
  CS_CHECK(id < objects_.size());
  objects_[id] = nullptr;
}

void Scheduler::CheckTouchedInvariants() {
  for (uint32_t id : touched_)
    if (const KernelObject* o = objects_[id]) o->CheckInvariants();
  touched_.clear();
  size_t queued = global_size_;
  for (const Processor& p : procs_) queued += (p.runnext != nullptr) + p.local.size();
  CS_CHECK(static_cast<int64_t>(queued) == runnable_count_);
}

void Scheduler::CheckInvariants() const {
  for (const KernelObject* o : objects_)
    if (o) o->CheckInvariants();
  // Every runnable goroutine is queued exactly once; nothing else is queued.
  size_t queued = global_size_;
  for (G* g = global_head_; g; g = g->sched_next) CS_CHECK(g->status == GStatus::kRunnable);
  for (const Processor& p : procs_) {
    if (p.runnext) {
      CS_CHECK(p.runnext->status == GStatus::kRunnable);
      queued++;
    }
    for (G* g : p.local) CS_CHECK(g->status == GStatus::kRunnable);
    queued += p.local.size();
  }
  int64_t runnable = 0;
  ForEachG([&](const G& g) { runnable += g.status == GStatus::kRunnable; });
  CS_CHECK(static_cast<int64_t>(queued) == runnable && runnable == runnable_count_);
}

}  // namespace chanscope::core
