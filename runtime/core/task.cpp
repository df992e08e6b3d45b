// task.cpp — the C++ coroutine front: goroutine bodies, awaiters, handles.
#include "task.h"

#include <cstring>

#include "check.h"

namespace chanscope::core {

namespace detail {
constinit thread_local Scheduler* tls_sched = nullptr;
constinit thread_local Task::promise_type* tls_root = nullptr;
}  // namespace detail

using detail::tls_root;
using detail::tls_sched;

namespace {

// "Task {anonymous}::Pinger(chanscope::core::co::Chan)" -> "Pinger(...)"
const char* CleanFunctionName(const char* pretty) {
  // Interned per distinct pointer: source_location strings are static.
  thread_local std::vector<std::pair<const char*, std::string>> cache;
  for (auto& [k, v] : cache)
    if (k == pretty) return v.c_str();
  std::string s(pretty);
  size_t paren = s.find('(');
  if (paren != std::string::npos) s.resize(paren);
  size_t space = s.rfind(' ');
  if (space != std::string::npos) s.erase(0, space + 1);
  for (const char* noise : {"{anonymous}::", "chanscope::core::"}) {
    for (size_t at; (at = s.find(noise)) != std::string::npos;) s.erase(at, std::strlen(noise));
  }
  s += "(...)";
  cache.emplace_back(pretty, std::move(s));
  return cache.back().second.c_str();
}

}  // namespace

// ---- Task ----

std::coroutine_handle<> Task::FinalAwaiter::await_suspend(Handle h) noexcept {
  promise_type& p = h.promise();
  if (!p.continuation) return std::noop_coroutine();  // a goroutine's root: Step sees done()
  p.root->innermost = p.caller;
  return p.continuation;
}

std::coroutine_handle<> Task::await_suspend(std::coroutine_handle<> awaiting) {
  promise_type& callee = handle_.promise();
  promise_type* caller = tls_root->innermost;
  callee.continuation = awaiting;
  callee.caller = caller;
  callee.root = tls_root;
  tls_root->innermost = &callee;
  return handle_;
}

void Task::await_resume() {
  if (handle_.promise().panic) std::rethrow_exception(handle_.promise().panic);
}

StepResult Task::promise_type::Step(Scheduler& sched, G& g) {
  tls_sched = &sched;
  tls_root = this;
  yield = false;
  Handle::from_promise(*innermost).resume();
  tls_root = nullptr;
  if (Handle::from_promise(*this).done()) {
    if (!panic) return StepResult::kExited;
    try {
      std::rethrow_exception(panic);
    } catch (const GoPanic& p) {
      sched.Panic(p.message);
    } catch (const RunStopped&) {
      return StepResult::kStopped;
    } catch (const std::exception& e) {
      sched.Panic(std::string("C++ exception: ") + e.what());
    }
    return StepResult::kPanicked;
  }
  if (g.status == GStatus::kWaiting) return StepResult::kParked;
  if (sched.finished()) return StepResult::kStopped;
  if (yield) return StepResult::kYielded;
  if (sched.ShouldReturn()) return StepResult::kPaused;
  return StepResult::kPreempted;
}

void Task::promise_type::Frames(std::vector<Frame>& out) const {
  for (const promise_type* p = innermost; p; p = p->caller)
    if (p->function) out.push_back({CleanFunctionName(p->function), p->pos});
}

void Task::promise_type::Destroy() { Handle::from_promise(*this).destroy(); }

namespace co {

void ThrowPanic(OpStatus status) { throw GoPanic(std::string(PanicText(status))); }
void ThrowStopped() { throw RunStopped{}; }

Scheduler& Sched() {
  CS_CHECK(tls_sched);
  return *tls_sched;
}

G& Self() { return *Sched().current(); }

G* Go(Scheduler& sched, Task task, const char* function, Loc loc) {
  Task::Handle h = task.Release();
  Task::promise_type& root = h.promise();
  root.root = &root;
  root.innermost = &root;
  return sched.Spawn(&root, function, SrcPos{loc.file_name(), static_cast<int32_t>(loc.line())});
}

G* Go(Task task, const char* function, Loc loc) {
  Enter(loc);
  Sched().InFunction(CleanFunctionName(loc.function_name()));
  return Go(Sched(), std::move(task), function, loc);
}

// ---- channels ----

void Chan::Close(Loc loc) const {
  Enter(loc);
  ThrowIfPanic(ChanClose(Sched(), c_));
}

Chan MakeChan(Scheduler& sched, uint32_t capacity) { return Chan(sched.Make<Channel>(capacity)); }
Chan MakeChan(uint32_t capacity) { return MakeChan(Sched(), capacity); }

// ---- time ----

OpStatus SleepOp(int64_t ns) { return Sched().Sleep(ns) ? OpStatus::kParked : OpStatus::kDone; }

OpStatus WorkOp(int64_t instructions) {
  // The final instruction is charged by SuspendAfter.
  if (instructions > 1) Sched().Charge(instructions - 1);
  return OpStatus::kDone;
}

SleepAwaiter Sleep(int64_t ns, Loc loc) { return {ns, loc}; }
WorkAwaiter Work(int64_t instructions, Loc loc) { return {instructions, loc}; }

void YieldAwaiter::await_suspend(std::coroutine_handle<>) {
  Enter(loc);
  tls_root->yield = true;
}

YieldAwaiter Gosched(Loc loc) { return {loc}; }

void Print(std::string_view text, Loc loc) {
  Enter(loc);
  Sched().Print(1, text);
}

namespace {

Timer* MakeTimer(TimerAction action, int64_t ns, int64_t period) {
  Scheduler& s = Sched();
  Timer* t = s.Make<Timer>(action);
  if (action == TimerAction::kSendTime) t->chan = s.Make<Channel>(1u);
  t->when = s.Now() + ns;
  t->period = period;
  s.AddTimer(t);
  return t;
}

}  // namespace

bool TimerHandle::Stop() const { return Sched().StopTimer(t_); }

bool TimerHandle::Reset(int64_t ns) const {
  Scheduler& s = Sched();
  if (t_->period > 0 && ns <= 0) throw GoPanic("non-positive interval for Ticker.Reset");
  bool was_active = s.StopTimer(t_);
  t_->when = s.Now() + ns;
  if (t_->period > 0) t_->period = ns;
  s.AddTimer(t_);
  return was_active;
}

TimerHandle NewTimer(int64_t ns) { return TimerHandle(MakeTimer(TimerAction::kSendTime, ns, 0)); }
TimerHandle NewTicker(int64_t period_ns) {
  if (period_ns <= 0) throw GoPanic("non-positive interval for NewTicker");
  return TimerHandle(MakeTimer(TimerAction::kSendTime, period_ns, period_ns));
}
Chan After(int64_t ns) { return NewTimer(ns).C(); }
Chan Tick(int64_t period_ns) { return period_ns > 0 ? NewTicker(period_ns).C() : Chan(); }

TimerHandle AfterFunc(int64_t ns, std::function<Task()> f, const char* function) {
  Scheduler& s = Sched();
  Timer* t = s.Make<Timer>(TimerAction::kFunc);
  t->func = [f = std::move(f), function](Scheduler& sched) { Go(sched, f(), function); };
  t->when = s.Now() + ns;
  s.AddTimer(t);
  return TimerHandle(t);
}

// ---- sync ----

void Mu::Unlock(Loc loc) const {
  Enter(loc);
  m_->Unlock();
  ThrowIfStopped();
}

void RWMu::Unlock(Loc loc) const {
  Enter(loc);
  m_->Unlock();
  ThrowIfStopped();
}

void RWMu::RUnlock(Loc loc) const {
  Enter(loc);
  m_->RUnlock();
  ThrowIfStopped();
}

void WG::Add(int64_t delta, Loc loc) const {
  Enter(loc);
  ThrowIfPanic(w_->Add(delta));
}

Task CondVar::Wait(Loc loc) const {
  co_await CondWaitAwaiter{c_, l_.get(), loc};
  co_await l_.Lock(loc);
}

void CondVar::Signal(Loc loc) const {
  Enter(loc);
  c_->Signal();
}

void CondVar::Broadcast(Loc loc) const {
  Enter(loc);
  c_->Broadcast();
}

Task OnceHandle::Do(std::function<Task()> f, Loc loc) const {
  Once* o = o_;
  Enter(loc);
  if (!o->Begin()) co_return;  // fast path: already done
  Mu m(&o->mutex());
  co_await m.Lock(loc);
  if (!o->done()) {
    try {
      co_await f();
    } catch (...) {
      // A panicking f still counts as done; the panic goes on.
      o->MarkDone();
      m.Unlock(loc);
      throw;
    }
    o->MarkDone();
  }
  m.Unlock(loc);
}

Mu MakeMutex(Scheduler& sched) { return Mu(sched.Make<Mutex>()); }
RWMu MakeRWMutex(Scheduler& sched) { return RWMu(sched.Make<RWMutex>()); }
WG MakeWaitGroup(Scheduler& sched) { return WG(sched.Make<WaitGroup>()); }
CondVar MakeCond(Scheduler& sched, Mu l) { return CondVar(sched.Make<Cond>(), l); }
OnceHandle MakeOnce(Scheduler& sched) { return OnceHandle(sched.Make<Once>()); }

}  // namespace co
}  // namespace chanscope::core
