// task.h — the C++20 coroutine front: goroutines written in C++ for tests and demos.
//
//   Task Pinger(co::Chan ping, co::Chan pong) {
//     for (int i = 0; i < 3; i++) {
//       co_await ping.Send(i);
//       Value v = co_await pong.Recv();
//     }
//   }
//   Scheduler s;  co::Go(s, Main(), "main");  s.Run();
//
// A Task is a lazily started coroutine. Awaiting a Task calls it; co::Go starts one as
// a goroutine. Go panics are C++ exceptions of type GoPanic (catch one to recover).
// The coroutine's promise is the goroutine's Body, so a goroutine costs its G record
// plus its coroutine frames and nothing else.
#pragma once

#include <array>
#include <coroutine>
#include <exception>
#include <functional>
#include <initializer_list>
#include <source_location>
#include <string>
#include <utility>

#include "channel.h"
#include "scheduler.h"
#include "select.h"
#include "sync.h"

namespace chanscope::core {

// A Go panic travelling through C++ coroutines.
struct GoPanic : std::exception {
  explicit GoPanic(std::string m) : message(std::move(m)) {}
  const char* what() const noexcept override { return message.c_str(); }
  std::string message;
};

// Unwinds a goroutine whose run has ended (fatal error, os.Exit); never catch it.
struct RunStopped {};

class Task {
 public:
  struct promise_type;
  using Handle = std::coroutine_handle<promise_type>;

  struct FinalAwaiter {
    bool await_ready() noexcept { return false; }
    std::coroutine_handle<> await_suspend(Handle h) noexcept;
    void await_resume() noexcept {}
  };

  // Also the goroutine's Body when this coroutine is the root of a goroutine.
  struct promise_type final : Body {
    Task get_return_object() { return Task(Handle::from_promise(*this)); }
    std::suspend_always initial_suspend() noexcept { return {}; }
    FinalAwaiter final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() { panic = std::current_exception(); }

    StepResult Step(Scheduler& sched, G& g) override;
    void Frames(std::vector<Frame>& out) const override;
    void Destroy() override;

    std::coroutine_handle<> continuation;  // the awaiting caller; null for a root
    promise_type* caller = nullptr;        // the caller's promise, for stack frames
    promise_type* root = nullptr;          // the goroutine's root promise
    promise_type* innermost = nullptr;     // root only: where to resume
    std::exception_ptr panic;              // the panic leaving this coroutine
    const char* function = nullptr;        // set at the first await (from source_location)
    SrcPos pos;                            // where it is suspended
    bool yield = false;                    // root only: the last suspension was Gosched
  };

  Task(Task&& other) noexcept : handle_(std::exchange(other.handle_, {})) {}
  Task& operator=(Task&&) = delete;
  ~Task() {
    if (handle_) handle_.destroy();
  }

  // Awaiting a Task runs it to completion as a function call; its panic propagates.
  bool await_ready() const noexcept { return false; }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<> awaiting);
  void await_resume();

  Handle Release() { return std::exchange(handle_, {}); }

 private:
  explicit Task(Handle h) : handle_(h) {}
  Handle handle_;
};

namespace co {

using Loc = std::source_location;

// The scheduler and goroutine the calling coroutine runs on (inside a Step only).
Scheduler& Sched();
G& Self();

// Starts `task` as a goroutine (the first one is main, id 1).
G* Go(Scheduler& sched, Task task, const char* function, Loc loc = Loc::current());
// A go statement inside a running goroutine.
G* Go(Task task, const char* function, Loc loc = Loc::current());

}  // namespace co

namespace detail {
// The scheduler and root promise of the coroutine running right now. The kernel is
// single-threaded; these are set for the duration of one Step.
extern constinit thread_local Scheduler* tls_sched;
extern constinit thread_local Task::promise_type* tls_root;
}  // namespace detail

namespace co {

[[noreturn]] void ThrowPanic(OpStatus status);
[[noreturn]] void ThrowStopped();

// Every awaiter passes here (hot, hence inline): stamps the await site before a
// kernel call. Function names stay raw until a dump shows them.
inline void Enter(const Loc& loc) {
  Task::promise_type* p = detail::tls_root->innermost;
  const SrcPos pos{loc.file_name(), static_cast<int32_t>(loc.line())};
  p->function = loc.function_name();
  p->pos = pos;
  detail::tls_sched->At(pos);
}
// Charges one instruction and decides whether the coroutine suspends after a kernel
// call that returned `status` (parked, slice over, or a pause was asked for).
inline bool SuspendAfter(OpStatus status, const Loc&) {
  if (IsPanic(status)) return false;  // await_resume throws it
  Scheduler& s = *detail::tls_sched;
  bool slice_over = s.Charge(1);
  return status == OpStatus::kParked || slice_over || s.ShouldReturn();
}
inline void ThrowIfStopped() {
  if (detail::tls_sched->finished()) ThrowStopped();
}
inline void ThrowIfPanic(OpStatus status) {
  if (IsPanic(status)) ThrowPanic(status);
  ThrowIfStopped();
}

// A channel handle (nil when default-constructed), made by MakeChan.
class Chan {
 public:
  Chan() = default;
  explicit Chan(Channel* c) : c_(c) {}
  Channel* get() const { return c_; }
  uint32_t Len() const { return c_ ? c_->len() : 0; }
  uint32_t Cap() const { return c_ ? c_->cap() : 0; }

  struct SendAwaiter {
    Channel* c;
    Value v;
    Loc loc;
    Waiter w{};
    OpStatus status = OpStatus::kDone;
    bool await_ready() const noexcept { return false; }
    bool await_suspend(std::coroutine_handle<>) {
      Enter(loc);
      status = ChanSend(Sched(), c, w, v);
      return SuspendAfter(status, loc);
    }
    void await_resume() {
      if (status == OpStatus::kParked) status = AfterSendWake(w);
      ThrowIfPanic(status);
    }
  };
  struct RecvAwaiter {
    Channel* c;
    Loc loc;
    bool want_ok;
    Waiter w{};
    OpStatus status = OpStatus::kDone;
    bool await_ready() const noexcept { return false; }
    bool await_suspend(std::coroutine_handle<>) {
      Enter(loc);
      status = ChanRecv(Sched(), c, w);
      return SuspendAfter(status, loc);
    }
    std::pair<Value, bool> await_resume() {
      ThrowIfPanic(status);
      return {w.value, w.success};
    }
  };
  struct RecvValueAwaiter : RecvAwaiter {
    Value await_resume() { return RecvAwaiter::await_resume().first; }
  };

  SendAwaiter Send(Value v, Loc loc = Loc::current()) const { return {c_, v, loc}; }
  SendAwaiter Send(int64_t v, Loc loc = Loc::current()) const { return {c_, Value::Int(v), loc}; }
  RecvValueAwaiter Recv(Loc loc = Loc::current()) const { return {{c_, loc, false}}; }
  // v, ok := <-c
  RecvAwaiter Recv2(Loc loc = Loc::current()) const { return {c_, loc, true}; }
  void Close(Loc loc = Loc::current()) const;

 private:
  Channel* c_ = nullptr;
};

Chan MakeChan(Scheduler& sched, uint32_t capacity = 0);
Chan MakeChan(uint32_t capacity = 0);

// ---- select ----
struct Case {
  enum Kind : uint8_t { kRecv, kSend, kDefault } kind;
  Channel* chan = nullptr;
  Value v;
};
inline Case Recv(Chan c) { return {Case::kRecv, c.get(), {}}; }
inline Case Send(Chan c, Value v) { return {Case::kSend, c.get(), v}; }
inline Case Send(Chan c, int64_t v) { return {Case::kSend, c.get(), Value::Int(v)}; }
inline Case Default() { return {Case::kDefault, nullptr, {}}; }

// The result's index is the position of the chosen case in the argument list
// (including the position of Default()).
template <size_t N>
struct SelectAwaiter {
  std::array<SelectCase, N> cases{};
  std::array<int32_t, N> position{};  // position in the argument list of cases[i]
  std::array<Waiter, N> waiters{};
  size_t n = 0;
  int32_t default_position = -1;
  Loc loc;
  SelectResult result{};
  OpStatus status = OpStatus::kDone;

  bool await_ready() const noexcept { return false; }
  bool await_suspend(std::coroutine_handle<>) {
    Enter(loc);
    status = SelectBegin(Sched(), Cases(), Waiters(), default_position >= 0, &result);
    return SuspendAfter(status, loc);
  }
  SelectResult await_resume() {
    if (status == OpStatus::kParked) {
      Enter(loc);
      status = SelectFinish(Sched(), Cases(), Waiters(), &result);
    }
    ThrowIfPanic(status);
    result.index = result.index < 0 ? default_position : position[result.index];
    return result;
  }
  std::span<const SelectCase> Cases() const { return {cases.data(), n}; }
  std::span<Waiter> Waiters() { return {waiters.data(), n}; }
};

// co_await Select(Recv(a), Send(b, 1), Default()); co_await Select() is `select {}`.
template <typename... C>
struct Select : SelectAwaiter<sizeof...(C)> {
  Select(C... cs, Loc at = Loc::current()) {
    this->loc = at;
    int32_t pos = 0;
    for (const Case& c : std::initializer_list<Case>{cs...}) {
      if (c.kind == Case::kDefault) {
        this->default_position = pos++;
        continue;
      }
      this->position[this->n] = pos++;
      this->cases[this->n++] = SelectCase{c.chan, c.kind == Case::kSend, c.v};
    }
  }
};
template <typename... C>
Select(C...) -> Select<C...>;

// ---- time ----
// Awaits one kernel call `Op(arg)` that may park the goroutine. Trivially
// destructible on purpose: GCC 12 destroys some co_await temporaries twice.
template <OpStatus (*Op)(int64_t)>
struct CallAwaiter {
  int64_t arg;
  Loc loc;
  OpStatus status = OpStatus::kDone;
  bool await_ready() const noexcept { return false; }
  bool await_suspend(std::coroutine_handle<>) {
    Enter(loc);
    status = Op(arg);
    return SuspendAfter(status, loc);
  }
  void await_resume() { ThrowIfPanic(status); }
};
OpStatus SleepOp(int64_t ns);
OpStatus WorkOp(int64_t instructions);
using SleepAwaiter = CallAwaiter<&SleepOp>;
using WorkAwaiter = CallAwaiter<&WorkOp>;

SleepAwaiter Sleep(int64_t ns, Loc loc = Loc::current());

// Awaits a blocking sync operation with the waiter kept inline (no allocation).
template <typename Object, OpStatus (Object::*Op)(Waiter&)>
struct WaitAwaiter {
  Object* object;
  Loc loc;
  Waiter w{};
  OpStatus status = OpStatus::kDone;
  bool await_ready() const noexcept { return false; }
  bool await_suspend(std::coroutine_handle<>) {
    Enter(loc);
    status = (object->*Op)(w);
    return SuspendAfter(status, loc);
  }
  void await_resume() { ThrowIfPanic(status); }
};
using LockAwaiter = WaitAwaiter<Mutex, &Mutex::Lock>;
using WriteLockAwaiter = WaitAwaiter<RWMutex, &RWMutex::Lock>;
using ReadLockAwaiter = WaitAwaiter<RWMutex, &RWMutex::RLock>;
using WaitGroupAwaiter = WaitAwaiter<WaitGroup, &WaitGroup::Wait>;

// sync.Cond.Wait's first half: unlock L and wait, in one step so no Signal is lost.
struct CondWaitAwaiter {
  Cond* cond;
  Mutex* lock;
  Loc loc;
  Waiter w{};
  OpStatus status = OpStatus::kDone;
  bool await_ready() const noexcept { return false; }
  bool await_suspend(std::coroutine_handle<>) {
    Enter(loc);
    lock->Unlock();
    status = Sched().finished() ? OpStatus::kDone : cond->Wait(w);
    return SuspendAfter(status, loc);
  }
  void await_resume() { ThrowIfPanic(status); }
};
// runtime.Gosched()
struct YieldAwaiter {
  Loc loc;
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>);
  void await_resume() const noexcept {}
};
YieldAwaiter Gosched(Loc loc = Loc::current());
// CPU work of n instructions on the current lane (may be preempted).
WorkAwaiter Work(int64_t instructions, Loc loc = Loc::current());
void Print(std::string_view text, Loc loc = Loc::current());

// time.Timer / time.Ticker: C receives the fire time (Unix ns) with capacity 1.
class TimerHandle {
 public:
  TimerHandle() = default;
  explicit TimerHandle(Timer* t) : t_(t) {}
  Chan C() const { return Chan(t_->chan); }
  bool Stop() const;
  bool Reset(int64_t ns) const;
  Timer* get() const { return t_; }

 private:
  Timer* t_ = nullptr;
};
TimerHandle NewTimer(int64_t ns);
TimerHandle NewTicker(int64_t period_ns);
Chan After(int64_t ns);
Chan Tick(int64_t period_ns);
// Starts f as a new goroutine after ns.
TimerHandle AfterFunc(int64_t ns, std::function<Task()> f, const char* function = "time.goFunc");

// ---- sync ----
class Mu {
 public:
  Mu() = default;
  explicit Mu(Mutex* m) : m_(m) {}
  LockAwaiter Lock(Loc loc = Loc::current()) const { return {m_, loc}; }
  void Unlock(Loc loc = Loc::current()) const;
  bool TryLock() const { return m_->TryLock(); }
  Mutex* get() const { return m_; }

 private:
  Mutex* m_ = nullptr;
};
class RWMu {
 public:
  RWMu() = default;
  explicit RWMu(RWMutex* m) : m_(m) {}
  WriteLockAwaiter Lock(Loc loc = Loc::current()) const { return {m_, loc}; }
  ReadLockAwaiter RLock(Loc loc = Loc::current()) const { return {m_, loc}; }
  void Unlock(Loc loc = Loc::current()) const;
  void RUnlock(Loc loc = Loc::current()) const;
  RWMutex* get() const { return m_; }

 private:
  RWMutex* m_ = nullptr;
};
class WG {
 public:
  WG() = default;
  explicit WG(WaitGroup* w) : w_(w) {}
  void Add(int64_t delta, Loc loc = Loc::current()) const;
  void Done(Loc loc = Loc::current()) const { Add(-1, loc); }
  WaitGroupAwaiter Wait(Loc loc = Loc::current()) const { return {w_, loc}; }
  WaitGroup* get() const { return w_; }

 private:
  WaitGroup* w_ = nullptr;
};
// sync.Cond with a Mutex as its Locker.
class CondVar {
 public:
  CondVar() = default;
  CondVar(Cond* c, Mu l) : c_(c), l_(l) {}
  // Unlocks L, waits for Signal/Broadcast, locks L again.
  Task Wait(Loc loc = Loc::current()) const;
  void Signal(Loc loc = Loc::current()) const;
  void Broadcast(Loc loc = Loc::current()) const;
  Cond* get() const { return c_; }

 private:
  Cond* c_ = nullptr;
  Mu l_;
};
class OnceHandle {
 public:
  OnceHandle() = default;
  explicit OnceHandle(Once* o) : o_(o) {}
  // Runs f once; concurrent callers wait until it returns. A panicking f counts as done.
  Task Do(std::function<Task()> f, Loc loc = Loc::current()) const;
  Once* get() const { return o_; }

 private:
  Once* o_ = nullptr;
};

Mu MakeMutex(Scheduler& sched);
RWMu MakeRWMutex(Scheduler& sched);
WG MakeWaitGroup(Scheduler& sched);
CondVar MakeCond(Scheduler& sched, Mu l);
OnceHandle MakeOnce(Scheduler& sched);

}  // namespace co
}  // namespace chanscope::core
