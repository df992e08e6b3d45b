// The stage model: the scheduler's live state and the recent trace turned into plain cards.
#include "stage_model.h"

#include <algorithm>

#include "core/channel.h"
#include "core/sync.h"
#include "core/timer.h"

namespace chanscope {

std::string_view GoStateName(GoState state) {
  switch (state) {
    case GoState::kRunning: return "running";
    case GoState::kRunnable: return "runnable";
    case GoState::kBlocked: return "blocked";
    case GoState::kSleeping: return "sleeping";
    case GoState::kFinished: return "finished";
  }
  return "?";
}

const ChannelCard* StageModel::FindChannel(std::uint32_t id) const {
  auto it = std::lower_bound(channels.begin(), channels.end(), id,
                             [](const ChannelCard& c, std::uint32_t v) { return c.id < v; });
  return it != channels.end() && it->id == id ? &*it : nullptr;
}

float TokenProgress(float age_seconds, float speed) {
  const float t = std::clamp(age_seconds * std::max(speed, 0.01f) / kTokenSeconds, 0.0f, 1.0f);
  return t * t * (3.0f - 2.0f * t);  // smoothstep: eases in and out
}

namespace {

GoState StateOf(const core::G& g) {
  switch (g.status) {
    case core::GStatus::kRunning: return GoState::kRunning;
    case core::GStatus::kRunnable: return GoState::kRunnable;
    case core::GStatus::kWaiting:
      return g.wait_reason == core::WaitReason::kSleep ? GoState::kSleeping : GoState::kBlocked;
    case core::GStatus::kDead: return GoState::kFinished;
  }
  return GoState::kFinished;
}

std::vector<std::int64_t> Ids(const core::WaitQueue& q) {
  std::vector<std::int64_t> ids;
  q.ForEach([&ids](const core::Waiter& w) { ids.push_back(w.g->id); });
  return ids;
}

// A value moved through `object`, as the language shows it (or the raw integer).
std::string ShowValue(const core::Trace& trace, std::uint32_t object, const core::Value& v) {
  if (trace.value_formatter) {
    std::string shown = trace.value_formatter(object, v);
    if (!shown.empty()) return shown;
  }
  return std::to_string(v.AsInt());
}

// Where the goroutine is in the program's own code. Builds no strings for a VM goroutine.
void FillPosition(GoroutineCard& card, const core::G& g, const StageSources& sources) {
  core::SrcPos pos;
  if (sources.vm) {
    pos = sources.vm->ProgramPosition(g);
  } else if (g.body) {
    // A C++ program (the demo): its coroutine's innermost frame.
    std::vector<core::Frame> frames;
    g.body->Frames(frames);
    if (!frames.empty()) pos = frames.front().pos;
  }
  card.file = pos.file ? std::string_view(pos.file) : std::string_view();
  card.line = pos.file ? pos.line : 0;
}

// What the scheduler says of a live goroutine now.
void FillLive(GoroutineCard& card, const core::G& g, const StageSources& sources) {
  card.state = StateOf(g);
  const bool waiting = g.status == core::GStatus::kWaiting;
  if (waiting) {
    card.wait_reason = core::WaitReasonText(g.wait_reason);
  } else {
    card.wait_reason.clear();
  }
  card.waiting_on = waiting ? g.wait_object : 0;
  card.lane = g.lane;
  FillPosition(card, g, sources);
}

// A goroutine that has ended keeps only who it was.
void FillFinished(GoroutineCard& card) {
  card.state = GoState::kFinished;
  card.wait_reason.clear();
  card.waiting_on = 0;
  card.file = {};
  card.line = 0;
  card.lane = -1;
  card.stack.clear();
}

bool Contains(const std::vector<std::int64_t>* sorted, std::int64_t id) {
  return sorted && std::binary_search(sorted->begin(), sorted->end(), id);
}

QueuedG Queued(const core::Trace& trace, const core::Channel& c, const core::Waiter& w,
               bool send) {
  return {w.g->id, w.is_select, send ? ShowValue(trace, c.id(), w.value) : std::string()};
}

// The first kQueueListed waiters of a queue that are still waiting (a select waiter whose
// select completed elsewhere is not).
std::vector<QueuedG> Listed(const core::Trace& trace, const core::Channel& c,
                            const core::WaitQueue& q, bool send) {
  std::vector<QueuedG> listed;
  for (const core::Waiter* w = q.front(); w && listed.size() < kQueueListed; w = w->next)
    if (!w->is_select || !w->g->select_done) listed.push_back(Queued(trace, c, *w, send));
  return listed;
}

// Goroutines parked in a plain send or receive (`reason`) on channel `id`: a queue too long to
// list is counted from the cards, without walking it.
std::size_t CountWaiting(const StageModel& m, std::uint32_t id, std::string_view reason) {
  return static_cast<std::size_t>(std::count_if(
      m.goroutines.begin(), m.goroutines.end(),
      [&](const GoroutineCard& g) { return g.waiting_on == id && g.wait_reason == reason; }));
}

void AddChannel(StageModel& m, const core::Scheduler& sched, const core::Channel& c,
                const StageSources& sources) {
  const core::Trace& trace = sched.trace();
  ChannelCard card;
  card.id = c.id();
  card.capacity = c.cap();
  card.closed = c.closed();
  for (std::uint32_t i = 0; i < c.len(); ++i)
    card.slots.push_back(ShowValue(trace, c.id(), c.Buffered(i).value));
  card.sendq = Listed(trace, c, c.sendq(), true);
  card.recvq = Listed(trace, c, c.recvq(), false);
  card.sendq_len = card.sendq.size() < kQueueListed ? card.sendq.size() : CountWaiting(m, c.id(), "chan send");
  card.recvq_len = card.recvq.size() < kQueueListed ? card.recvq.size() : CountWaiting(m, c.id(), "chan receive");
  if (const auto* vc = dynamic_cast<const lang::VmChannel*>(&c); vc && sources.vm) {
    const auto& types = sources.vm->program().types;
    if (vc->elem_type() >= 0) card.elem_type = types[vc->elem_type()].name;
  }
  m.channels.push_back(std::move(card));
}

void AddObjects(StageModel& m, const core::Scheduler& sched, const StageSources& sources) {
  sched.ForEachObject([&](const core::KernelObject& o) {
    switch (o.kind()) {
      case core::ObjectKind::kChannel:
        AddChannel(m, sched, static_cast<const core::Channel&>(o), sources);
        break;
      case core::ObjectKind::kMutex: {
        const auto& mu = static_cast<const core::Mutex&>(o);
        m.mutexes.push_back({o.id(), false, mu.locked(), mu.holder(), 0, Ids(mu.waiters()), {}});
        break;
      }
      case core::ObjectKind::kRWMutex: {
        const auto& rw = static_cast<const core::RWMutex&>(o);
        m.mutexes.push_back({o.id(), true, rw.writer_holds(), rw.writer_holds() ? rw.writer() : 0,
                             rw.readers(), Ids(rw.waiting_writers()), Ids(rw.waiting_readers())});
        break;
      }
      case core::ObjectKind::kWaitGroup: {
        const auto& wg = static_cast<const core::WaitGroup&>(o);
        m.waitgroups.push_back({o.id(), wg.counter(), Ids(wg.waiters())});
        break;
      }
      case core::ObjectKind::kCond:
        m.conds.push_back({o.id(), Ids(static_cast<const core::Cond&>(o).waiters())});
        break;
      default: break;
    }
  });
  for (const core::Timer* t : sched.ActiveTimers()) {
    m.timers.push_back({t->id(), t->when, t->when - sched.Now(), t->period,
                        t->action == core::TimerAction::kWake && t->g ? t->g->id : 0,
                        t->chan ? t->chan->id() : 0});
  }
}

void AddWaitingSelects(StageModel& m) {
  for (const ChannelCard& c : m.channels) {
    for (const auto* q : {&c.sendq, &c.recvq}) {
      for (const QueuedG& w : *q) {
        if (!w.select) continue;
        auto it = std::find_if(m.selects.begin(), m.selects.end(),
                               [&w](const SelectCard& s) { return s.g == w.g; });
        if (it == m.selects.end()) it = m.selects.insert(m.selects.end(), {.g = w.g, .waiting = true});
        it->candidates.push_back(c.id);
      }
    }
  }
}

// How many cases goroutine g's last select poll before event `before` found ready.
std::int32_t ReadyAtPoll(const core::Trace& trace, std::size_t before, std::int64_t g) {
  constexpr std::size_t kLookBack = 256;  // a poll is a few events before its choice
  for (std::size_t i = before; i-- > 0 && before - i <= kLookBack;) {
    const core::Event& e = trace.events[i];
    if (e.g == g && e.kind == core::EventKind::kSelectPoll) return e.arg;
  }
  return 0;
}

// Tokens and select choices of the last kTokenWindow events; one select card per goroutine
// (its latest choice).
void AddRecent(StageModel& m, const core::Trace& trace) {
  const std::size_t n = trace.events.size();
  const std::size_t first = n > kTokenWindow ? n - kTokenWindow : 0;
  for (std::size_t i = first; i < n; ++i) {
    const core::Event& e = trace.events[i];
    const bool handoff = e.flags & core::kFlagHandoff;
    if (e.kind == core::EventKind::kChanSend) {
      m.tokens.push_back({e.step, e.msg, e.object, ShowValue(trace, e.object, e.value), e.g,
                          handoff ? e.peer : 0,
                          handoff ? TokenKind::kHandoff : TokenKind::kIntoBuffer});
    } else if (e.kind == core::EventKind::kChanRecv && !handoff && (e.flags & core::kFlagOk)) {
      m.tokens.push_back({e.step, e.msg, e.object, ShowValue(trace, e.object, e.value), 0, e.g,
                          TokenKind::kOutOfBuffer});
    } else if (e.kind == core::EventKind::kSelectChoose) {
      std::erase_if(m.selects, [&e](const SelectCard& s) { return s.g == e.g && !s.waiting; });
      m.selects.push_back({.g = e.g, .chosen_case = e.arg, .chosen_channel = e.object,
                           .ready = ReadyAtPoll(trace, i, e.g),
                           .random = (e.flags & core::kFlagRandom) != 0, .step = e.step});
    }
  }
}

}  // namespace

void StageBuilder::MarkTouched(std::int64_t g) {
  if (g < 1 || static_cast<std::size_t>(g) > touched_.size() || touched_[g - 1] == build_) return;
  touched_[g - 1] = build_;
  touched_ids_.push_back(g);
}

// New goroutines get their cards (who they are never changes); every goroutine an event names
// is looked at again.
void StageBuilder::Consume(const core::Trace& trace) {
  touched_ids_.clear();
  for (; consumed_ < trace.events.size(); ++consumed_) {
    const core::Event& e = trace.events[consumed_];
    if (e.kind == core::EventKind::kGoCreate) {
      const auto id = static_cast<std::size_t>(e.peer);
      if (model_.goroutines.size() < id) {
        model_.goroutines.resize(id);
        touched_.resize(id, 0);
        updated_.resize(id, 0);
        gs_.resize(id, nullptr);
      }
      GoroutineCard& card = model_.goroutines[id - 1];
      card.id = e.peer;
      if (id < trace.goroutines.size()) {
        card.function = trace.goroutines[id].function;
        card.created_by = trace.goroutines[id].created_by;
      }
      card.state = GoState::kFinished;  // until the scheduler lists it alive
      card.parent = e.g;
      card.created_line = e.pos.line;
      card.colour = static_cast<int>((id - 1) % kGoroutineColours);
      card.born_step = e.step;
      if (e.g) model_.arrows.push_back({e.g, e.peer, e.step});
    } else if (e.kind == core::EventKind::kGoEnd && e.g >= 1 &&
               static_cast<std::size_t>(e.g) <= model_.goroutines.size()) {
      model_.goroutines[e.g - 1].ended_step = static_cast<std::int64_t>(e.step);
      gs_[e.g - 1] = nullptr;  // its record may be another goroutine's by now
      ended_since_ = true;
    }
    MarkTouched(e.g);
    MarkTouched(e.peer);
  }
}

// Cards of goroutines the trace named since the last build, the running ones and the ones
// shown in detail are refreshed from the scheduler; the others have not changed. No walk over
// every goroutine: the scheduler's record of each live one is kept (gs_), and the goroutines
// created since the last build are the newest in its list.
void StageBuilder::UpdateGoroutines(const core::Scheduler& sched, const StageSources& sources) {
  auto& cards = model_.goroutines;
  sched.ForEachGNewestFirst([&](const core::G& g) {
    if (g.id <= known_) return false;
    if (static_cast<std::size_t>(g.id) <= gs_.size()) gs_[g.id - 1] = &g;
    return true;
  });
  known_ = static_cast<std::int64_t>(cards.size());
  const auto refresh = [&](const core::G& g) {
    if (g.id < 1 || static_cast<std::size_t>(g.id) > cards.size() || updated_[g.id - 1] == build_) return;
    FillLive(cards[g.id - 1], g, sources);
    updated_[g.id - 1] = build_;
  };
  for (std::int64_t id : touched_ids_)
    if (const core::G* g = gs_[id - 1]) refresh(*g);
  for (const core::Processor& p : sched.processors())
    if (p.current) refresh(*p.current);
  UpdateStacks(sched, sources, refresh);
  // A goroutine named by an event that the scheduler no longer lists has ended.
  for (std::int64_t id : touched_ids_)
    if (!gs_[id - 1]) FillFinished(cards[id - 1]);
}

// Stacks with locals for every live goroutine while there are few, else for main and those the
// views ask for; cards that had one and are not shown in detail any more lose it.
template <typename Refresh>
void StageBuilder::UpdateStacks(const core::Scheduler& sched, const StageSources& sources, Refresh refresh) {
  auto& cards = model_.goroutines;
  const std::vector<std::int64_t> previous = std::move(detailed_ids_);
  detailed_ids_.clear();
  const auto detail = [&](const core::G& g) {
    if (g.id < 1 || static_cast<std::size_t>(g.id) > cards.size()) return;
    refresh(g);
    cards[g.id - 1].stack = sources.vm->Stack(g);
    detailed_ids_.push_back(g.id);
  };
  if (sources.vm && sched.live_goroutines() <= kDetailAllUpTo) {
    sched.ForEachG(detail);
  } else if (sources.vm) {
    std::vector<std::int64_t> asked{1};
    if (sources.detailed) asked.insert(asked.end(), sources.detailed->begin(), sources.detailed->end());
    std::sort(asked.begin(), asked.end());
    asked.erase(std::unique(asked.begin(), asked.end()), asked.end());
    for (std::int64_t id : asked)
      if (id >= 1 && static_cast<std::size_t>(id) <= gs_.size() && gs_[id - 1]) detail(*gs_[id - 1]);
  }
  std::sort(detailed_ids_.begin(), detailed_ids_.end());
  for (std::int64_t id : previous)
    if (!std::binary_search(detailed_ids_.begin(), detailed_ids_.end(), id)) cards[id - 1].stack.clear();
}

// Go arrows are kept for goroutines still alive.
void StageBuilder::UpdateArrows() {
  if (!ended_since_) return;
  ended_since_ = false;
  std::erase_if(model_.arrows, [this](const GoArrow& a) {
    return model_.goroutines[a.child - 1].ended_step >= 0;
  });
}

// Names channels after the variables that hold them: the first goroutine (by id) with such a
// local, outermost frame first. A name once found stays (the variable may go out of scope, or
// its goroutine out of detail); a C++ program's own names win.
void StageBuilder::NameChannels(const StageSources& sources) {
  for (std::int64_t id : detailed_ids_) {
    const GoroutineCard& g = model_.goroutines[id - 1];
    for (auto f = g.stack.rbegin(); f != g.stack.rend(); ++f) {
      for (const lang::FrameView::Local& local : f->locals) {
        if (local.value.rfind("chan#", 0) != 0) continue;
        const auto id = static_cast<std::uint32_t>(std::stoul(local.value.substr(5)));
        found_names_.emplace(id, local.name);
      }
    }
  }
  for (ChannelCard& c : model_.channels) {
    const std::string* name = nullptr;
    if (sources.channel_names) {
      auto it = sources.channel_names->find(c.id);
      if (it != sources.channel_names->end()) name = &it->second;
    }
    if (!name) {
      auto it = found_names_.find(c.id);
      if (it != found_names_.end()) name = &it->second;
    }
    c.name = name ? *name : "chan#" + std::to_string(c.id);
  }
}

const StageModel& StageBuilder::Build(const core::Scheduler& sched, const StageSources& sources) {
  ++build_;
  const core::Trace& trace = sched.trace();
  Consume(trace);
  StageModel& m = model_;
  m.step = sched.step();
  m.now = sched.Now();
  UpdateGoroutines(sched, sources);
  UpdateArrows();
  // Objects, recent events and queues are few (or listed only in part): made afresh.
  m.channels.clear();
  m.mutexes.clear();
  m.waitgroups.clear();
  m.conds.clear();
  m.timers.clear();
  m.tokens.clear();
  m.selects.clear();
  m.processors.clear();
  AddObjects(m, sched, sources);
  NameChannels(sources);
  AddWaitingSelects(m);
  AddRecent(m, trace);
  for (const core::Processor& p : sched.processors()) {
    ProcessorCard& card = m.processors.emplace_back();
    card.id = p.id;
    card.running = p.current ? p.current->id : 0;
    card.runnext = p.runnext ? p.runnext->id : 0;
    for (const core::G* g : p.local) card.local.push_back(g->id);
    card.clock = p.clock;
  }
  m.global_queue.clear();
  for (const core::G* g : sched.GlobalQueue(kGlobalQueueListed)) m.global_queue.push_back(g->id);
  m.global_queue_len = sched.global_queue_size();
  return m;
}

}  // namespace chanscope
