// sync.test.cpp — Go's sync package on the kernel: Mutex, RWMutex, WaitGroup, Once,
// Cond, Pool, Map and the atomics, with Go's misuse messages.
#include <algorithm>
#include <deque>

#include "kernel_test_util.h"

using namespace kt;

namespace {

struct Log {
  std::vector<int64_t> ids;
};

Task RecvForever(co::Chan c) { co_await c.Recv(); }

// ---- Mutex ----

struct Shared {
  int64_t value = 0;
  int inside = 0;
  int max_inside = 0;
};

Task Increment(co::Mu mu, co::WG wg, Shared* s, int times) {
  for (int i = 0; i < times; i++) {
    co_await mu.Lock();
    s->inside++;
    s->max_inside = std::max(s->max_inside, s->inside);
    int64_t v = s->value;
    co_await co::Gosched();  // let everyone else try while we hold the lock
    s->value = v + 1;
    s->inside--;
    mu.Unlock();
  }
  wg.Done();
}

Task MutexMain(Shared* s, co::Mu* out) {
  Scheduler& sched = co::Sched();
  co::Mu mu = co::MakeMutex(sched);
  *out = mu;
  co::WG wg = co::MakeWaitGroup(sched);
  wg.Add(5);
  for (int i = 0; i < 5; i++) co::Go(Increment(mu, wg, s, 20), "main.increment");
  co_await wg.Wait();
}

Task LockLogUnlock(co::Mu mu, Log* log) {
  co_await mu.Lock();
  log->ids.push_back(co::Self().id);
  mu.Unlock();
}

Task FifoMain(Log* log) {
  Scheduler& s = co::Sched();
  co::Mu mu = co::MakeMutex(s);
  co_await mu.Lock();
  for (int i = 0; i < 3; i++) {
    co::Go(LockLogUnlock(mu, log), "main.locker");  // 2, 3, 4, queued in that order
    co_await co::Sleep(kUs);
  }
  CHECK(mu.get()->waiters().size() == 3);
  CHECK(StateOf(s, 2) == "sync.Mutex.Lock");
  CHECK(mu.get()->holder() == 1);
  mu.Unlock();
  co_await co::Sleep(kSettle);
  CHECK_FALSE(mu.get()->locked());
  CHECK(mu.get()->waiters().empty());
}

// Normal mode: Unlock frees the lock and wakes the longest waiter, but a goroutine
// that is running can take the lock first; the waiter goes back to the front.
Task BargingMain(Log* log, bool* barged) {
  Scheduler& s = co::Sched();
  co::Mu mu = co::MakeMutex(s);
  co_await mu.Lock();
  co::Go(LockLogUnlock(mu, log), "main.waiter");  // 2
  co_await co::Sleep(kUs);
  mu.Unlock();
  CHECK_FALSE(mu.get()->locked());
  CHECK(mu.get()->holder() == 0);
  *barged = mu.TryLock();
  co_await co::Sleep(kUs);  // 2 wakes, finds the lock taken, queues again
  CHECK(StateOf(s, 2) == "sync.Mutex.Lock");
  CHECK(mu.get()->waiters().size() == 1);
  CHECK(log->ids.empty());
  mu.Unlock();
  co_await co::Sleep(kUs);
  CHECK(log->ids == std::vector<int64_t>{2});
}

// Starvation mode: once a waiter has been kept out for over 1ms, Unlock hands the lock
// straight to it and newcomers cannot take it.
Task StarvationMain(Log* log, int* barges, bool* saw_starving) {
  Scheduler& s = co::Sched();
  co::Mu mu = co::MakeMutex(s);
  co_await mu.Lock();
  co::Go(LockLogUnlock(mu, log), "main.waiter");  // 2
  co_await co::Sleep(kUs);
  for (int round = 0; round < 10 && !mu.get()->starving(); round++) {
    mu.Unlock();
    if (!mu.TryLock()) break;
    (*barges)++;
    co_await co::Sleep(400 * kUs);  // 2 retries and fails while main holds the lock
  }
  *saw_starving = mu.get()->starving();
  CHECK(s.Now() > kMs);
  mu.Unlock();
  // Handed over: 2 owns it before it even runs.
  CHECK(mu.get()->locked());
  CHECK(mu.get()->holder() == 2);
  CHECK_FALSE(mu.TryLock());
  co_await co::Sleep(kUs);
  CHECK(log->ids == std::vector<int64_t>{2});
  CHECK_FALSE(mu.get()->starving());  // the last waiter left starvation mode
  CHECK(mu.TryLock());
  mu.Unlock();
}

Task TryLockMain() {
  co::Mu mu = co::MakeMutex(co::Sched());
  CHECK_FALSE(mu.get()->locked());
  CHECK(mu.TryLock());
  CHECK(mu.get()->locked());
  CHECK(mu.get()->holder() == 1);
  CHECK_FALSE(mu.TryLock());
  mu.Unlock();
  CHECK(mu.TryLock());
  mu.Unlock();
  co_return;
}

Task UnlockUnlockedMain(bool* after, bool* recovered) {
  co::Chan c = co::MakeChan(0);
  co::Go(RecvForever(c), "main.waiter");  // 2
  co_await co::Sleep(kSettle);
  co::Mu mu = co::MakeMutex(co::Sched());
  try {
    mu.Unlock();
  } catch (const GoPanic&) {
    *recovered = true;  // a fatal error is not a panic: this must not run
  }
  *after = true;
}

// ---- RWMutex ----

struct Readers {
  int max_readers = 0;
  std::vector<std::string> order;
};

Task Reader(co::RWMu rw, co::WG wg, Readers* r) {
  co_await rw.RLock();
  r->max_readers = std::max(r->max_readers, rw.get()->readers());
  co_await co::Sleep(kMs);
  rw.RUnlock();
  wg.Done();
}

Task ManyReadersMain(Readers* r, int64_t* elapsed) {
  Scheduler& s = co::Sched();
  co::RWMu rw = co::MakeRWMutex(s);
  co::WG wg = co::MakeWaitGroup(s);
  wg.Add(3);
  int64_t start = s.Now();
  for (int i = 0; i < 3; i++) co::Go(Reader(rw, wg, r), "main.reader");
  co_await wg.Wait();
  *elapsed = s.Now() - start;
  CHECK(rw.get()->readers() == 0);
}

Task NamedReader(co::RWMu rw, Readers* r, const char* name, co::Chan release) {
  co_await rw.RLock();
  r->order.push_back(name);
  if (release.get()) co_await release.Recv();
  rw.RUnlock();
}

Task NamedWriter(co::RWMu rw, Readers* r, const char* name) {
  co_await rw.Lock();
  r->order.push_back(name);
  CHECK(rw.get()->readers() == 0);
  CHECK(rw.get()->writer_holds());
  co_await co::Sleep(kSettle);
  rw.Unlock();
}

Task WriterExcludesMain(Readers* r) {
  Scheduler& s = co::Sched();
  co::RWMu rw = co::MakeRWMutex(s);
  co_await rw.Lock();
  r->order.push_back("main");
  co::Go(NamedReader(rw, r, "reader", co::Chan()), "main.reader");  // 2
  co::Go(NamedWriter(rw, r, "writer"), "main.writer");              // 3
  co_await co::Sleep(kSettle);
  CHECK(StateOf(s, 2) == "sync.RWMutex.RLock");
  CHECK(StateOf(s, 3) == "sync.RWMutex.Lock");
  CHECK_FALSE(rw.get()->TryRLock());
  CHECK_FALSE(rw.get()->TryLock());
  rw.Unlock();
  co_await co::Sleep(10 * kSettle);
}

Task WriterPreferenceMain(Readers* r) {
  Scheduler& s = co::Sched();
  co::RWMu rw = co::MakeRWMutex(s);
  co::Chan release = co::MakeChan(0);
  co::Go(NamedReader(rw, r, "r1", release), "main.r1");  // 2 holds a read lock
  co_await co::Sleep(kSettle);
  co::Go(NamedWriter(rw, r, "w"), "main.w");  // 3 waits for r1
  co_await co::Sleep(kSettle);
  CHECK(StateOf(s, 3) == "sync.RWMutex.Lock");
  co::Go(NamedReader(rw, r, "r2", co::Chan()), "main.r2");  // 4: a writer waits, so it waits
  co_await co::Sleep(kSettle);
  CHECK(StateOf(s, 4) == "sync.RWMutex.RLock");
  CHECK(rw.get()->readers() == 1);
  CHECK_FALSE(rw.get()->TryRLock());
  co_await release.Send(1);  // r1 leaves: the writer goes first, then r2
  co_await co::Sleep(10 * kSettle);
}

Task RWTryMain() {
  co::RWMu rw = co::MakeRWMutex(co::Sched());
  CHECK(rw.get()->TryRLock());
  CHECK(rw.get()->TryRLock());
  CHECK(rw.get()->readers() == 2);
  CHECK_FALSE(rw.get()->TryLock());
  rw.RUnlock();
  rw.RUnlock();
  CHECK(rw.get()->TryLock());
  CHECK(rw.get()->writer() == 1);
  CHECK_FALSE(rw.get()->TryRLock());
  CHECK_FALSE(rw.get()->TryLock());
  rw.Unlock();
  co_return;
}

Task RUnlockUnlockedMain(bool* after) {
  co::RWMu rw = co::MakeRWMutex(co::Sched());
  rw.RUnlock();
  *after = true;
  co_return;
}

Task UnlockUnlockedRWMain(bool* after) {
  co::RWMu rw = co::MakeRWMutex(co::Sched());
  rw.Unlock();
  *after = true;
  co_return;
}

Task UnlockReadLockedRWMain(bool* after) {
  co::RWMu rw = co::MakeRWMutex(co::Sched());
  co_await rw.RLock();
  rw.Unlock();  // held for reading only
  *after = true;
}

// ---- WaitGroup ----

Task SleepThenDone(co::WG wg, int64_t d, int* done) {
  co_await co::Sleep(d);
  (*done)++;
  wg.Done();
}

Task WaitAndCount(co::WG wg, int* released) {
  co_await wg.Wait();
  (*released)++;
}

Task WaitGroupMain(int* done, int* released, int64_t* waited) {
  Scheduler& s = co::Sched();
  co::WG wg = co::MakeWaitGroup(s);
  wg.Add(3);
  for (int i = 1; i <= 3; i++) co::Go(SleepThenDone(wg, i * kMs, done), "main.worker");
  co::Go(WaitAndCount(wg, released), "main.waiter1");  // 5
  co::Go(WaitAndCount(wg, released), "main.waiter2");  // 6
  co_await co::Sleep(kUs);
  CHECK(StateOf(s, 5) == "sync.WaitGroup.Wait");
  CHECK(wg.get()->counter() == 3);
  int64_t start = s.Now();
  co_await wg.Wait();
  *waited = s.Now() - start;
  CHECK(*done == 3);
  CHECK(wg.get()->counter() == 0);
  co_await co::Sleep(kSettle);
}

Task ZeroWaitGroupMain(bool* returned) {
  co::WG wg = co::MakeWaitGroup(co::Sched());
  co_await wg.Wait();
  *returned = true;
  CHECK(CountEvents(co::Sched().trace(), EventKind::kGoBlock) == 0);
}

Task NegativeWaitGroupMain(bool* after) {
  co::WG wg = co::MakeWaitGroup(co::Sched());
  wg.Add(1);
  wg.Done();
  wg.Done();
  *after = true;
  co_return;
}

Task RecoverNegativeWaitGroupMain(std::string* recovered) {
  co::WG wg = co::MakeWaitGroup(co::Sched());
  try {
    wg.Add(-1);
  } catch (const GoPanic& p) {
    *recovered = p.message;
  }
  co_return;
}

// ---- Once ----

struct OnceState {
  int calls = 0;
  std::vector<int> seen_calls;  // what each caller saw when its Do returned
  std::vector<int64_t> returned_at;
};

Task SlowInit(OnceState* st) {
  co_await co::Sleep(kMs);
  st->calls++;
}

Task CallOnce(co::OnceHandle once, OnceState* st, co::WG wg) {
  co_await once.Do([st] { return SlowInit(st); });
  st->seen_calls.push_back(st->calls);
  st->returned_at.push_back(co::Sched().Now());
  wg.Done();
}

Task OnceMain(OnceState* st) {
  Scheduler& s = co::Sched();
  co::OnceHandle once = co::MakeOnce(s);
  co::WG wg = co::MakeWaitGroup(s);
  wg.Add(3);
  for (int i = 0; i < 3; i++) co::Go(CallOnce(once, st, wg), "main.caller");
  co_await wg.Wait();
  co_await once.Do([st] { return SlowInit(st); });  // done already: f does not run
  CHECK(once.get()->done());
}

Task PanickingInit(int* calls) {
  (*calls)++;
  co_await co::Gosched();
  throw GoPanic("init failed");
}

Task CountingInit(int* calls) {
  if (calls) (*calls)++;
  co_return;
}

Task PanickingOnceMain(std::string* recovered, int* panicking_calls, int* later_calls) {
  co::OnceHandle once = co::MakeOnce(co::Sched());
  try {
    co_await once.Do([panicking_calls] { return PanickingInit(panicking_calls); });
  } catch (const GoPanic& p) {
    *recovered = p.message;
  }
  CHECK(once.get()->done());
  co_await once.Do([later_calls] { return CountingInit(later_calls); });
  CHECK_FALSE(once.get()->mutex().locked());
}

// ---- Cond ----

Task CondWaiter(co::Mu mu, co::CondVar cv, Log* woke) {
  co_await mu.Lock();
  co_await cv.Wait();
  // Wait returns with the mutex held again.
  CHECK(mu.get()->holder() == co::Self().id);
  woke->ids.push_back(co::Self().id);
  mu.Unlock();
}

Task SignalBroadcastMain(Log* woke) {
  Scheduler& s = co::Sched();
  co::Mu mu = co::MakeMutex(s);
  co::CondVar cv = co::MakeCond(s, mu);
  cv.Signal();  // nobody waits: lost, as in Go
  for (int i = 0; i < 3; i++) {
    co::Go(CondWaiter(mu, cv, woke), "main.waiter");  // 2, 3, 4
    co_await co::Sleep(kSettle);
  }
  CHECK(StateOf(s, 2) == "sync.Cond.Wait");
  CHECK(cv.get()->waiters().size() == 3);
  CHECK_FALSE(mu.get()->locked());  // each waiter unlocked it
  co_await mu.Lock();
  cv.Signal();
  CHECK(cv.get()->waiters().size() == 2);
  co_await co::Sleep(kSettle);
  CHECK(woke->ids.empty());  // the woken waiter needs the mutex main holds
  mu.Unlock();
  co_await co::Sleep(kSettle);
  CHECK(woke->ids == std::vector<int64_t>{2});
  CHECK(StateOf(s, 3) == "sync.Cond.Wait");
  cv.Broadcast();
  co_await co::Sleep(kSettle);
  std::vector<int64_t> sorted = woke->ids;
  std::sort(sorted.begin(), sorted.end());
  CHECK(sorted == std::vector<int64_t>{2, 3, 4});
}

// Go's notify list: tickets are covered in order, also before their holders sleep.
Task CondTicketsMain(std::vector<OpStatus>* statuses) {
  Scheduler& s = co::Sched();
  Cond* cond = co::MakeCond(s, co::MakeMutex(s)).get();
  uint32_t first = cond->Add(), second = cond->Add();
  cond->Signal();  // covers `first`, whose holder is not asleep yet
  Waiter w1, w2;
  statuses->push_back(cond->WaitTicket(first, w1));   // returns at once
  cond->Broadcast();                                   // covers `second` too
  statuses->push_back(cond->WaitTicket(second, w2));  // returns at once
  cond->Signal();                                      // no ticket left: lost
  CHECK(cond->waiters().empty());
  co_return;
}

struct BoundedQueue {
  std::deque<int64_t> items;
  size_t cap = 2;
  size_t max_size = 0;
  std::vector<int64_t> consumed;
};

Task Producer(co::Mu mu, co::CondVar not_full, co::CondVar not_empty, BoundedQueue* q,
              int64_t first, int n, co::WG wg) {
  for (int i = 0; i < n; i++) {
    co_await mu.Lock();
    while (q->items.size() == q->cap) co_await not_full.Wait();
    q->items.push_back(first + i);
    q->max_size = std::max(q->max_size, q->items.size());
    not_empty.Signal();
    mu.Unlock();
  }
  wg.Done();
}

Task Consumer(co::Mu mu, co::CondVar not_full, co::CondVar not_empty, BoundedQueue* q, int n,
              co::WG wg) {
  for (int i = 0; i < n; i++) {
    co_await mu.Lock();
    while (q->items.empty()) co_await not_empty.Wait();
    q->consumed.push_back(q->items.front());
    q->items.pop_front();
    not_full.Signal();
    mu.Unlock();
  }
  wg.Done();
}

Task ProducerConsumerMain(BoundedQueue* q) {
  Scheduler& s = co::Sched();
  co::Mu mu = co::MakeMutex(s);
  co::CondVar not_full = co::MakeCond(s, mu), not_empty = co::MakeCond(s, mu);
  co::WG wg = co::MakeWaitGroup(s);
  wg.Add(4);
  co::Go(Consumer(mu, not_full, not_empty, q, 50, wg), "main.consumer");
  co::Go(Consumer(mu, not_full, not_empty, q, 50, wg), "main.consumer");
  co::Go(Producer(mu, not_full, not_empty, q, 1000, 50, wg), "main.producer");
  co::Go(Producer(mu, not_full, not_empty, q, 2000, 50, wg), "main.producer");
  co_await wg.Wait();
}

// ---- Pool ----

Task PoolMain(std::vector<int64_t>* got) {
  Pool* pool = co::Sched().Make<Pool>();
  int64_t made = 0;
  auto get = [&] {
    std::optional<Value> v = pool->Get();
    return v ? v->AsInt() : 1000 + made++;  // New
  };
  got->push_back(get());  // empty: New
  pool->Put(Value::Int(7));
  got->push_back(get());  // 7
  pool->Put(Value::Int(1));
  pool->Put(Value::Int(2));
  CHECK(pool->size() == 2);
  got->push_back(get());
  got->push_back(get());
  CHECK(pool->size() == 0);
  got->push_back(get());  // empty again: New
  co_return;
}

Task PoolGcMain(std::vector<bool>* hits) {
  Pool* pool = co::Sched().Make<Pool>();
  pool->Put(Value::Int(1));
  pool->OnGc();  // survives one collection in the victim cache
  std::optional<Value> v = pool->Get();
  hits->push_back(v.has_value() && v->AsInt() == 1);
  pool->Put(Value::Int(2));
  pool->OnGc();
  pool->OnGc();  // gone after two
  CHECK(pool->size() == 0);
  hits->push_back(pool->Get().has_value());
  co_return;
}

// ---- Atomics ----

Task AtomicAdder(Atomic<int64_t>* a, co::WG wg) {
  for (int i = 0; i < 10; i++) {
    a->Add(1);
    co_await co::Gosched();
  }
  wg.Done();
}

Task AtomicMain(Atomic<int64_t>* a) {
  co::WG wg = co::MakeWaitGroup(co::Sched());
  wg.Add(10);
  for (int i = 0; i < 10; i++) co::Go(AtomicAdder(a, wg), "main.adder");
  co_await wg.Wait();
}

// ---- More Mutex and RWMutex rules ----

Task UnlockFromAnother(co::Mu mu) {
  co_await co::Sleep(kUs);
  mu.Unlock();  // Go allows unlocking a Mutex locked by another goroutine
}

Task UnlockElsewhereMain(bool* relocked) {
  co::Mu mu = co::MakeMutex(co::Sched());
  co_await mu.Lock();
  co::Go(UnlockFromAnother(mu), "main.unlocker");
  co_await mu.Lock();  // waits until goroutine 2 unlocks
  *relocked = true;
  mu.Unlock();
}

Task BadUnlocker() {
  co_await co::Sleep(kUs);
  co::Mu mu = co::MakeMutex(co::Sched());
  mu.Unlock();
}

Task FatalInOtherGoroutineMain() {
  co::Go(BadUnlocker(), "main.bad");
  co_await co::MakeChan(0).Recv();
}

Task LockWriter(co::RWMu rw) { co_await rw.Lock(); }

Task RecursiveReadLockMain() {
  co::RWMu rw = co::MakeRWMutex(co::Sched());
  co_await rw.RLock();
  co::Go(LockWriter(rw), "main.writer");
  co_await co::Sleep(kUs);
  co_await rw.RLock();  // a writer waits: this reader waits behind it, forever
}

Task DoubleLockMain() {
  co::Mu mu = co::MakeMutex(co::Sched());
  co_await mu.Lock();
  co_await mu.Lock();  // Go's Mutex is not reentrant
}

Task WaitWithoutLockMain(bool* after) {
  Scheduler& s = co::Sched();
  co::Mu mu = co::MakeMutex(s);
  co::CondVar cv = co::MakeCond(s, mu);
  co_await cv.Wait();  // L is not held: Wait's Unlock is a fatal error
  *after = true;
}

Task RecursiveOnce(co::OnceHandle once) {
  co_await once.Do([] { return CountingInit(nullptr); });
}

Task OnceCallsItselfMain() {
  co::OnceHandle once = co::MakeOnce(co::Sched());
  co_await once.Do([once] { return RecursiveOnce(once); });
}

Task RUnlockWriteLockedMain(bool* after) {
  co::RWMu rw = co::MakeRWMutex(co::Sched());
  co_await rw.Lock();
  rw.RUnlock();  // held for writing only
  *after = true;
}

}  // namespace

TEST_SUITE("sync") {
  TEST_CASE("Mutex: mutual exclusion, no lost updates") {
    for (Policy policy : {Policy::kGo, Policy::kRandom}) {
      CAPTURE(PolicyName(policy));
      Shared s;
      co::Mu mu;
      Harness h(TestConfig(3, 1, policy));
      h.Run(MutexMain(&s, &mu));
      CHECK(h.sched.outcome().state == RunState::kExited);
      CHECK(s.value == 100);
      CHECK(s.max_inside == 1);
      CHECK_FALSE(mu.get()->locked());
      CHECK(CountEvents(h.sched.trace(), EventKind::kMutexLock) == 100);
      CHECK(CountEvents(h.sched.trace(), EventKind::kMutexUnlock) == 100);
    }
  }

  TEST_CASE("Mutex: waiters get the lock in the order they came") {
    Log log;
    Result r = RunProgram(TestConfig(), [&] { return FifoMain(&log); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(log.ids == std::vector<int64_t>{2, 3, 4});
  }

  TEST_CASE("Mutex: normal mode lets a running goroutine barge in before the woken waiter") {
    Log log;
    bool barged = false;
    Result r = RunProgram(TestConfig(), [&] { return BargingMain(&log, &barged); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(barged);
    CHECK(log.ids == std::vector<int64_t>{2});
  }

  TEST_CASE("Mutex: a waiter kept out for over 1ms switches to starvation mode (hand-off)") {
    Log log;
    int barges = 0;
    bool saw_starving = false;
    Result r =
        RunProgram(TestConfig(), [&] { return StarvationMain(&log, &barges, &saw_starving); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(barges >= 2);
    CHECK(barges <= 4);
    CHECK(saw_starving);
    CHECK(log.ids == std::vector<int64_t>{2});
  }

  TEST_CASE("Mutex: TryLock") {
    Result r = RunProgram(TestConfig(), [] { return TryLockMain(); });
    CHECK(r.outcome.state == RunState::kExited);
  }

  TEST_CASE("Mutex: unlock of unlocked mutex is a fatal error with a full dump") {
    bool after = false, recovered = false;
    Result r = RunProgram(TestConfig(), [&] { return UnlockUnlockedMain(&after, &recovered); });
    CHECK(r.outcome.state == RunState::kFatal);
    CHECK(r.outcome.exit_code == 2);
    CHECK(StartsWith(r.outcome.report,
                     "fatal error: sync: unlock of unlocked mutex\n\ngoroutine 1 [running]:\n"));
    CHECK(Contains(r.outcome.report, "\n\ngoroutine 2 [chan receive]:\n"));
    CHECK_FALSE(recovered);
    CHECK_FALSE(after);
  }

  TEST_CASE("Mutex: another goroutine may unlock it") {
    bool relocked = false;
    Result r = RunProgram(TestConfig(), [&] { return UnlockElsewhereMain(&relocked); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(relocked);
  }

  TEST_CASE("Mutex: a fatal error dumps the running goroutine first, then the others") {
    Result r = RunProgram(TestConfig(), [] { return FatalInOtherGoroutineMain(); });
    CHECK(r.outcome.state == RunState::kFatal);
    CHECK(r.outcome.exit_code == 2);
    CHECK(StartsWith(r.outcome.report,
                     "fatal error: sync: unlock of unlocked mutex\n\ngoroutine 2 [running]:\n"));
    CHECK(Contains(r.outcome.report, "\n\ngoroutine 1 [chan receive]:\n"));
  }

  TEST_CASE("RWMutex: a recursive read lock while a writer waits deadlocks") {
    Result r = RunProgram(TestConfig(), [] { return RecursiveReadLockMain(); });
    CHECK(r.outcome.state == RunState::kDeadlock);
    CHECK(StartsWith(r.outcome.report,
                     "fatal error: all goroutines are asleep - deadlock!\n\n"
                     "goroutine 1 [sync.RWMutex.RLock]:\n"));
    CHECK(Contains(r.outcome.report, "\n\ngoroutine 2 [sync.RWMutex.Lock]:\n"));
  }

  TEST_CASE("RWMutex: many readers hold it at once") {
    Readers r;
    int64_t elapsed = 0;
    Result res = RunProgram(TestConfig(), [&] { return ManyReadersMain(&r, &elapsed); });
    CHECK(res.outcome.state == RunState::kExited);
    CHECK(r.max_readers == 3);
    CHECK(elapsed >= kMs);
    CHECK(elapsed < 2 * kMs);  // the three 1ms read sections overlapped
  }

  TEST_CASE("RWMutex: a writer excludes readers and writers; waiting readers go first") {
    Readers r;
    Result res = RunProgram(TestConfig(), [&] { return WriterExcludesMain(&r); });
    CHECK(res.outcome.state == RunState::kExited);
    CHECK(r.order == std::vector<std::string>{"main", "reader", "writer"});
  }

  TEST_CASE("RWMutex: a waiting writer blocks new readers (writer preference)") {
    Readers r;
    Result res = RunProgram(TestConfig(), [&] { return WriterPreferenceMain(&r); });
    CHECK(res.outcome.state == RunState::kExited);
    CHECK(r.order == std::vector<std::string>{"r1", "w", "r2"});
  }

  TEST_CASE("RWMutex: TryLock and TryRLock") {
    Result r = RunProgram(TestConfig(), [] { return RWTryMain(); });
    CHECK(r.outcome.state == RunState::kExited);
  }

  TEST_CASE("RWMutex: RUnlock of unlocked RWMutex is fatal") {
    bool after = false;
    Result r = RunProgram(TestConfig(), [&] { return RUnlockUnlockedMain(&after); });
    CHECK(r.outcome.state == RunState::kFatal);
    CHECK(r.outcome.exit_code == 2);
    CHECK(StartsWith(r.outcome.report,
                     "fatal error: sync: RUnlock of unlocked RWMutex\n\ngoroutine 1 [running]:\n"));
    CHECK_FALSE(after);
  }

  TEST_CASE("RWMutex: Unlock of unlocked RWMutex is fatal") {
    bool after = false;
    Result r = RunProgram(TestConfig(), [&] { return UnlockUnlockedRWMain(&after); });
    CHECK(r.outcome.state == RunState::kFatal);
    CHECK(r.outcome.exit_code == 2);
    CHECK(StartsWith(r.outcome.report,
                     "fatal error: sync: Unlock of unlocked RWMutex\n\ngoroutine 1 [running]:\n"));
    CHECK_FALSE(after);
  }

  TEST_CASE("RWMutex: Unlock of a read-locked RWMutex is fatal") {
    bool after = false;
    Result r = RunProgram(TestConfig(), [&] { return UnlockReadLockedRWMain(&after); });
    CHECK(r.outcome.state == RunState::kFatal);
    CHECK(StartsWith(r.outcome.report, "fatal error: sync: Unlock of unlocked RWMutex\n"));
    CHECK_FALSE(after);
  }

  TEST_CASE("RWMutex: RUnlock of a write-locked RWMutex is fatal") {
    bool after = false;
    Result r = RunProgram(TestConfig(), [&] { return RUnlockWriteLockedMain(&after); });
    CHECK(r.outcome.state == RunState::kFatal);
    CHECK(StartsWith(r.outcome.report, "fatal error: sync: RUnlock of unlocked RWMutex\n"));
    CHECK_FALSE(after);
  }

  TEST_CASE("WaitGroup: Wait returns when the counter reaches zero, for every waiter") {
    int done = 0, released = 0;
    int64_t waited = 0;
    Result r = RunProgram(TestConfig(), [&] { return WaitGroupMain(&done, &released, &waited); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(done == 3);
    CHECK(released == 2);
    // Main started waiting at ~1us; the last Done came at 3ms.
    CHECK(waited >= 3 * kMs - 2 * kUs);
    CHECK(waited <= 3 * kMs);
  }

  TEST_CASE("WaitGroup: Wait with a zero counter returns at once") {
    bool returned = false;
    Result r = RunProgram(TestConfig(), [&] { return ZeroWaitGroupMain(&returned); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(returned);
  }

  TEST_CASE("WaitGroup: a negative counter panics") {
    bool after = false;
    Result r = RunProgram(TestConfig(), [&] { return NegativeWaitGroupMain(&after); });
    CHECK(r.outcome.state == RunState::kPanic);
    CHECK(r.outcome.exit_code == 2);
    CHECK(StartsWith(r.outcome.report,
                     "panic: sync: negative WaitGroup counter\n\ngoroutine 1 [running]:\n"));
    CHECK_FALSE(after);
  }

  TEST_CASE("WaitGroup: the negative counter panic can be recovered") {
    std::string recovered;
    Result r = RunProgram(TestConfig(), [&] { return RecoverNegativeWaitGroupMain(&recovered); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(recovered == "sync: negative WaitGroup counter");
  }

  TEST_CASE("Once: f runs once; concurrent callers wait until it has returned") {
    OnceState st;
    Result r = RunProgram(TestConfig(), [&] { return OnceMain(&st); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(st.calls == 1);
    CHECK(st.seen_calls == std::vector<int>{1, 1, 1});
    for (int64_t t : st.returned_at) CHECK(t >= kMs);
  }

  TEST_CASE("Once: a panicking f counts as done") {
    std::string recovered;
    int panicking_calls = 0, later_calls = 0;
    Result r = RunProgram(TestConfig(), [&] {
      return PanickingOnceMain(&recovered, &panicking_calls, &later_calls);
    });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(recovered == "init failed");
    CHECK(panicking_calls == 1);
    CHECK(later_calls == 0);
  }

  TEST_CASE("Mutex: locking it twice in one goroutine deadlocks") {
    Result r = RunProgram(TestConfig(), [] { return DoubleLockMain(); });
    CHECK(r.outcome.state == RunState::kDeadlock);
    CHECK(StartsWith(r.outcome.report,
                     "fatal error: all goroutines are asleep - deadlock!\n\n"
                     "goroutine 1 [sync.Mutex.Lock]:\n"));
  }

  TEST_CASE("Cond: Wait without holding the lock is unlock of unlocked mutex") {
    bool after = false;
    Result r = RunProgram(TestConfig(), [&] { return WaitWithoutLockMain(&after); });
    CHECK(r.outcome.state == RunState::kFatal);
    CHECK(StartsWith(r.outcome.report,
                     "fatal error: sync: unlock of unlocked mutex\n\ngoroutine 1 [running]:\n"));
    CHECK_FALSE(after);
  }

  TEST_CASE("Once: calling Do from inside f deadlocks, as in Go") {
    Result r = RunProgram(TestConfig(), [] { return OnceCallsItselfMain(); });
    CHECK(r.outcome.state == RunState::kDeadlock);
    CHECK(StartsWith(r.outcome.report,
                     "fatal error: all goroutines are asleep - deadlock!\n\n"
                     "goroutine 1 [sync.Mutex.Lock]:\n"));
  }

  TEST_CASE("Cond: Signal wakes the longest waiter, Broadcast all; Wait re-locks") {
    Log woke;
    Result r = RunProgram(TestConfig(), [&] { return SignalBroadcastMain(&woke); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(woke.ids.size() == 3);
  }

  TEST_CASE("Cond: a ticket covered by Signal or Broadcast before its holder sleeps does not sleep") {
    std::vector<OpStatus> statuses;
    Result r = RunProgram(TestConfig(), [&] { return CondTicketsMain(&statuses); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(statuses == std::vector<OpStatus>{OpStatus::kDone, OpStatus::kDone});
  }

  TEST_CASE("Cond: a bounded queue with producers and consumers loses nothing") {
    for (auto [seed, policy] : {std::pair{1u, Policy::kGo}, std::pair{2u, Policy::kRandom},
                                std::pair{3u, Policy::kRandom}}) {
      CAPTURE(seed);
      BoundedQueue q;
      Result r = RunProgram(TestConfig(seed, 1, policy), [&] { return ProducerConsumerMain(&q); });
      CHECK(r.outcome.state == RunState::kExited);
      CHECK(q.max_size <= q.cap);
      REQUIRE(q.consumed.size() == 100);
      std::vector<int64_t> sorted = q.consumed, want;
      std::sort(sorted.begin(), sorted.end());
      for (int i = 0; i < 50; i++) want.push_back(1000 + i);
      for (int i = 0; i < 50; i++) want.push_back(2000 + i);
      CHECK(sorted == want);
    }
  }

  TEST_CASE("Pool: Get calls New when empty and returns what was Put") {
    std::vector<int64_t> got;
    Harness h;
    h.Run(PoolMain(&got));
    CHECK(h.sched.outcome().state == RunState::kExited);
    REQUIRE(got.size() == 5);
    CHECK(got[0] == 1000);
    CHECK(got[1] == 7);
    CHECK(std::min(got[2], got[3]) == 1);
    CHECK(std::max(got[2], got[3]) == 2);
    CHECK(got[4] == 1001);
    auto gets = EventsOf(h.sched.trace(), EventKind::kPoolGet);
    REQUIRE(gets.size() == 5);
    CHECK((gets[0].flags & kFlagHit) == 0);
    CHECK((gets[1].flags & kFlagHit) != 0);
    CHECK((gets[4].flags & kFlagHit) == 0);
    CHECK(CountEvents(h.sched.trace(), EventKind::kPoolPut) == 3);
  }

  TEST_CASE("Pool: items survive one GC and are dropped by the second") {
    std::vector<bool> hits;
    Result r = RunProgram(TestConfig(), [&] { return PoolGcMain(&hits); });
    CHECK(hits == std::vector<bool>{true, false});
  }

  TEST_CASE("Map: every method") {
    Scheduler s(TestConfig());
    SyncMap* m = s.Make<SyncMap>();
    Value k1 = Value::Int(1), k2 = Value::Int(2), k3 = Value::Int(3);
    CHECK_FALSE(m->Load(k1).has_value());
    m->Store(k1, Value::Int(10));
    REQUIRE(m->Load(k1).has_value());
    CHECK(m->Load(k1)->AsInt() == 10);
    m->Store(k1, Value::Int(11));  // overwrite
    CHECK(m->Load(k1)->AsInt() == 11);

    auto [actual, loaded] = m->LoadOrStore(k1, Value::Int(99));
    CHECK(loaded);
    CHECK(actual.AsInt() == 11);
    auto [stored, loaded2] = m->LoadOrStore(k2, Value::Int(20));
    CHECK_FALSE(loaded2);
    CHECK(stored.AsInt() == 20);
    CHECK(m->size() == 2);

    std::optional<Value> prev = m->Swap(k3, Value::Int(30));  // absent: stores
    CHECK_FALSE(prev.has_value());
    prev = m->Swap(k3, Value::Int(31));
    REQUIRE(prev.has_value());
    CHECK(prev->AsInt() == 30);

    CHECK_FALSE(m->CompareAndSwap(k3, Value::Int(30), Value::Int(32)));  // old value is 31
    CHECK(m->CompareAndSwap(k3, Value::Int(31), Value::Int(32)));
    CHECK(m->Load(k3)->AsInt() == 32);
    CHECK_FALSE(m->CompareAndSwap(Value::Int(4), Value{}, Value::Int(1)));  // absent key
    CHECK_FALSE(m->Load(Value::Int(4)).has_value());

    std::vector<int64_t> keys;
    m->Range([&](Value k, Value) {
      keys.push_back(k.AsInt());
      return true;
    });
    CHECK(keys == std::vector<int64_t>{1, 2, 3});
    keys.clear();
    m->Range([&](Value k, Value) {
      keys.push_back(k.AsInt());
      return k.AsInt() < 2;  // stop after 2
    });
    CHECK(keys == std::vector<int64_t>{1, 2});

    CHECK_FALSE(m->CompareAndDelete(k3, Value::Int(31)));
    CHECK(m->CompareAndDelete(k3, Value::Int(32)));
    CHECK_FALSE(m->Load(k3).has_value());
    std::optional<Value> gone = m->LoadAndDelete(k2);
    REQUIRE(gone.has_value());
    CHECK(gone->AsInt() == 20);
    CHECK_FALSE(m->LoadAndDelete(k2).has_value());
    m->Delete(k1);
    m->Delete(k1);  // deleting an absent key is fine
    CHECK(m->size() == 0);
    // Keys compare by both words.
    m->Store(Value{1, 7}, Value::Int(1));
    CHECK_FALSE(m->Load(Value{1, 0}).has_value());
    CHECK(m->Load(Value{1, 7}).has_value());
  }

  TEST_CASE("atomics: Go's return values") {
    Atomic<int64_t> a;
    CHECK(a.Load() == 0);
    CHECK(a.Add(5) == 5);  // the new value
    CHECK(a.Add(-2) == 3);
    CHECK(a.Swap(10) == 3);  // the old value
    CHECK_FALSE(a.CompareAndSwap(3, 4));
    CHECK(a.Load() == 10);
    CHECK(a.CompareAndSwap(10, 12));
    CHECK(a.Load() == 12);
    CHECK(a.And(0b0110) == 12);  // And and Or return the old value
    CHECK(a.Load() == 4);
    CHECK(a.Or(0b0011) == 4);
    CHECK(a.Load() == 7);
    a.Store(-1);
    CHECK(a.Load() == -1);

    Atomic<uint32_t> u;
    CHECK(u.Add(1) == 1u);
    CHECK(u.Add(~0u) == 0u);  // Go's AddUint32(&x, ^uint32(0)) decrements
    Atomic<bool> b;
    CHECK_FALSE(b.Load());
    CHECK_FALSE(b.Swap(true));
    CHECK(b.Load());
    CHECK(b.CompareAndSwap(true, false));
    CHECK_FALSE(b.Load());
  }

  TEST_CASE("atomics: concurrent Adds lose nothing") {
    Atomic<int64_t> a;
    Result r = RunProgram(TestConfig(5, 1, Policy::kRandom), [&] { return AtomicMain(&a); });
    CHECK(r.outcome.state == RunState::kExited);
    CHECK(a.Load() == 100);
  }
}
