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

// Where the goroutine is, and (with a VM) its frames with locals.
void FillPosition(GoroutineCard& card, const core::G& g, const StageSources& sources) {
  if (!g.body) return;
  if (sources.vm) card.stack = sources.vm->Stack(g);
  if (!card.stack.empty()) {
    card.file = card.stack.front().file;
    card.line = card.stack.front().line;
    return;
  }
  std::vector<core::Frame> frames;
  g.body->Frames(frames);
  if (frames.empty() || !frames.front().pos.file) return;
  card.file = frames.front().pos.file;
  card.line = frames.front().pos.line;
}

void AddGoroutines(StageModel& m, const core::Scheduler& sched, const StageSources& sources) {
  sched.ForEachG([&](const core::G& g) {
    if (g.id < 1 || static_cast<std::size_t>(g.id) > m.goroutines.size()) return;
    GoroutineCard& card = m.goroutines[g.id - 1];
    card.state = StateOf(g);
    if (g.status == core::GStatus::kWaiting) {
      card.wait_reason = core::WaitReasonText(g.wait_reason);
      card.waiting_on = g.wait_object;
    }
    card.lane = g.lane;
    FillPosition(card, g, sources);
  });
}

QueuedG Queued(const core::Trace& trace, const core::Channel& c, const core::Waiter& w,
               bool send) {
  return {w.g->id, w.is_select, send ? ShowValue(trace, c.id(), w.value) : std::string()};
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
  // Stale select waiters (their select completed elsewhere) are not waiting any more.
  c.sendq().ForEach([&](const core::Waiter& w) {
    if (!w.is_select || !w.g->select_done) card.sendq.push_back(Queued(trace, c, w, true));
  });
  c.recvq().ForEach([&](const core::Waiter& w) {
    if (!w.is_select || !w.g->select_done) card.recvq.push_back(Queued(trace, c, w, false));
  });
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

// Names channels after the variables that hold them: the first goroutine (by id) with such a
// local, outermost frame first; a C++ program's own names win.
void NameChannels(StageModel& m, const StageSources& sources) {
  std::map<std::uint32_t, std::string> names;
  if (sources.channel_names) names = *sources.channel_names;
  for (const GoroutineCard& g : m.goroutines) {
    for (auto f = g.stack.rbegin(); f != g.stack.rend(); ++f) {
      for (const lang::FrameView::Local& local : f->locals) {
        if (local.value.rfind("chan#", 0) != 0) continue;
        const auto id = static_cast<std::uint32_t>(std::stoul(local.value.substr(5)));
        names.emplace(id, local.name);
      }
    }
  }
  for (ChannelCard& c : m.channels) {
    auto it = names.find(c.id);
    c.name = it != names.end() ? it->second : "chan#" + std::to_string(c.id);
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

void StageBuilder::Consume(const core::Trace& trace) {
  for (; consumed_ < trace.events.size(); ++consumed_) {
    const core::Event& e = trace.events[consumed_];
    if (e.kind == core::EventKind::kGoCreate) {
      if (lives_.size() < static_cast<std::size_t>(e.peer)) lives_.resize(e.peer);
      lives_[e.peer - 1] = {e.g, e.pos.line, e.step, -1};
    } else if (e.kind == core::EventKind::kGoEnd && e.g >= 1 &&
               static_cast<std::size_t>(e.g) <= lives_.size()) {
      lives_[e.g - 1].ended_step = static_cast<std::int64_t>(e.step);
    }
  }
}

StageModel StageBuilder::Build(const core::Scheduler& sched, const StageSources& sources) {
  const core::Trace& trace = sched.trace();
  Consume(trace);
  StageModel m;
  m.step = sched.step();
  m.now = sched.Now();
  m.goroutines.resize(lives_.size());
  for (std::size_t i = 0; i < lives_.size(); ++i) {
    GoroutineCard& card = m.goroutines[i];
    const Life& life = lives_[i];
    card.id = static_cast<std::int64_t>(i + 1);
    if (i + 1 < trace.goroutines.size()) {
      card.function = trace.goroutines[i + 1].function;
      card.created_by = trace.goroutines[i + 1].created_by;
    }
    card.state = GoState::kFinished;
    card.parent = life.parent;
    card.created_line = life.created_line;
    card.colour = static_cast<int>(i % kGoroutineColours);
    card.born_step = life.born_step;
    card.ended_step = life.ended_step;
    if (life.parent && life.ended_step < 0)
      m.arrows.push_back({life.parent, card.id, life.born_step});
  }
  AddGoroutines(m, sched, sources);
  AddObjects(m, sched, sources);
  NameChannels(m, sources);
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
  for (const core::G* g : sched.GlobalQueue()) m.global_queue.push_back(g->id);
  return m;
}

}  // namespace chanscope
