// channel.cpp — channel send, receive and close, following Go's runtime/chan.go.
#include "channel.h"

#include "check.h"
#include "scheduler.h"

namespace chanscope::core {

std::string_view PanicText(OpStatus status) {
  switch (status) {
    case OpStatus::kPanicSendOnClosed: return "send on closed channel";
    case OpStatus::kPanicCloseOfClosed: return "close of closed channel";
    case OpStatus::kPanicCloseOfNil: return "close of nil channel";
    case OpStatus::kPanicNegativeWaitGroup: return "sync: negative WaitGroup counter";
    default: return "";
  }
}

Channel::Channel(Scheduler& sched, uint32_t capacity)
    : KernelObject(sched, ObjectKind::kChannel), buffer_(capacity) {
  if (Event* e = sched.Record(EventKind::kChanMake, id())) e->arg = static_cast<int32_t>(capacity);
}

void Channel::CheckInvariants() const {
  bool senders = sendq_.HasLive();
  bool receivers = recvq_.HasLive();
  CS_CHECK(count_ <= cap());
  CS_CHECK(!(senders && receivers) || OneSelectOnBothSides());
  CS_CHECK(!receivers || count_ == 0);
  CS_CHECK(!senders || count_ == cap());
  CS_CHECK(!closed_ || (!senders && !receivers));
}

bool Channel::OneSelectOnBothSides() const {
  // Go's one exception to "one queue is empty": on an unbuffered channel, a single
  // goroutine blocked in a select with a send and a receive case on it waits in both.
  if (cap() != 0) return false;
  const G* only = nullptr;
  bool one = true;
  auto visit = [&](const Waiter& w) {
    if (w.is_select && w.g->select_done) return;  // claimed already: leaving the queue
    if (!w.is_select || (only && only != w.g)) one = false;
    only = w.g;
  };
  sendq_.ForEach(visit);
  recvq_.ForEach(visit);
  return one;
}

void Channel::Push(Value v, uint64_t msg) {
  uint32_t tail = head_ + count_;
  if (tail >= buffer_.size()) tail -= cap();
  buffer_[tail] = Slot{v, msg, sched().Now()};
  count_++;
}

Channel::Slot Channel::Pop() {
  Slot s = buffer_[head_];
  buffer_[head_] = Slot{};
  if (++head_ == buffer_.size()) head_ = 0;
  count_--;
  return s;
}

bool Channel::CanSend() const { return closed_ || recvq_.HasLive() || count_ < cap(); }
bool Channel::CanRecv() const { return closed_ || sendq_.HasLive() || count_ > 0; }

void Channel::Enqueue(Waiter& w, bool is_send) {
  w.chan = this;
  w.is_send = is_send;
  w.time = sched().Now();
  (is_send ? sendq_ : recvq_).PushBack(&w);
}

void Channel::Remove(Waiter& w) {
  if (!w.queued) return;  // a close or a dequeue already took it out
  (w.is_send ? sendq_ : recvq_).Remove(&w);
}

void Channel::Wake(Waiter& w) {
  if (w.is_select) w.g->select_winner = &w;
  sched().Ready(w.g);
}

namespace {

// Records one side of a transfer on behalf of goroutine `actor`.
void RecordTransfer(Scheduler& s, EventKind kind, const Channel& c, int64_t actor, int64_t peer,
                    Value v, uint64_t msg, uint8_t flags) {
  if (Event* e = s.Record(kind, c.id())) {
    e->g = actor;
    e->peer = peer;
    e->value = v;
    e->msg = msg;
    e->arg = static_cast<int32_t>(c.len());
    e->flags = flags;
  }
}

int64_t IdOf(const G* g) { return g ? g->id : 0; }

}  // namespace

bool Channel::TrySend(Value v) {
  if (closed_ || !CanSend()) return false;
  SendNow(v);
  return true;
}

void Channel::SendNow(Value v) {
  Scheduler& s = sched();
  int64_t me = IdOf(s.current());
  if (Waiter* r = recvq_.Dequeue()) {
    // Found a waiting receiver; hand the value over directly.
    uint64_t msg = s.NewMessageId();
    r->value = v;
    r->msg = msg;
    r->success = true;
    RecordTransfer(s, EventKind::kChanSend, *this, me, r->g->id, v, msg, kFlagHandoff);
    RecordTransfer(s, EventKind::kChanRecv, *this, r->g->id, me, v, msg, kFlagHandoff | kFlagOk);
    Wake(*r);
    return;
  }
  // Space in the buffer; enqueue the value.
  CS_CHECK(count_ < cap());
  uint64_t msg = s.NewMessageId();
  Push(v, msg);
  RecordTransfer(s, EventKind::kChanSend, *this, me, 0, v, msg, 0);
}

void Channel::RecvNow(Waiter& w) {
  Scheduler& s = sched();
  int64_t me = IdOf(s.current());
  if (Waiter* snd = sendq_.Dequeue()) {
    s.AdvanceTo(cap() == 0 ? snd->time : buffer_[head_].time);
    uint64_t msg = s.NewMessageId();
    if (cap() == 0) {
      // Unbuffered: take the value straight from the waiting sender.
      w.value = snd->value;
      w.msg = msg;
      RecordTransfer(s, EventKind::kChanSend, *this, snd->g->id, me, w.value, msg, kFlagHandoff);
      RecordTransfer(s, EventKind::kChanRecv, *this, me, snd->g->id, w.value, msg,
                     kFlagHandoff | kFlagOk);
    } else {
      // Buffer full: take its head and put the sender's value at the tail.
      Slot head = Pop();
      w.value = head.value;
      w.msg = head.msg;
      RecordTransfer(s, EventKind::kChanRecv, *this, me, 0, head.value, head.msg, kFlagOk);
      Push(snd->value, msg);
      RecordTransfer(s, EventKind::kChanSend, *this, snd->g->id, 0, snd->value, msg, 0);
    }
    w.success = true;
    snd->success = true;
    Wake(*snd);
    return;
  }
  if (count_ > 0) {
    // A buffered value is waiting; take the oldest.
    s.AdvanceTo(buffer_[head_].time);
    Slot head = Pop();
    w.value = head.value;
    w.msg = head.msg;
    w.success = true;
    RecordTransfer(s, EventKind::kChanRecv, *this, me, 0, head.value, head.msg, kFlagOk);
    return;
  }
  // Closed and drained: the zero value, ok == false.
  CS_CHECK(closed_);
  s.AdvanceTo(closed_at_);
  w.value = Value{};
  w.msg = 0;
  w.success = false;
  RecordTransfer(s, EventKind::kChanRecv, *this, me, 0, Value{}, 0, 0);
}

// ---- Entry points ----

OpStatus ChanSend(Scheduler& s, Channel* c, Waiter& w, Value v) {
  G* g = s.current();
  if (!c) {
    // Send on a nil channel blocks forever.
    s.Park(WaitReason::kChanSendNilChan, 0);
    return OpStatus::kParked;
  }
  if (c->closed_) return OpStatus::kPanicSendOnClosed;
  if (c->CanSend()) {
    c->SendNow(v);
    return OpStatus::kDone;
  }
  // No receiver and no room: wait in sendq until a receiver (or close) wakes us.
  w.g = g;
  w.value = v;
  w.is_select = false;
  w.success = false;
  c->Enqueue(w, /*is_send=*/true);
  s.Park(WaitReason::kChanSend, c->id());
  return OpStatus::kParked;
}

OpStatus AfterSendWake(const Waiter& w) {
  // Woken without success means the channel was closed under us.
  return w.success ? OpStatus::kDone : OpStatus::kPanicSendOnClosed;
}

OpStatus ChanRecv(Scheduler& s, Channel* c, Waiter& w) {
  G* g = s.current();
  if (!c) {
    // Receive from a nil channel blocks forever.
    s.Park(WaitReason::kChanReceiveNilChan, 0);
    return OpStatus::kParked;
  }
  if (c->CanRecv()) {
    c->RecvNow(w);
    return OpStatus::kDone;
  }
  // Nothing to take: wait in recvq until a sender (or close) wakes us.
  w.g = g;
  w.is_select = false;
  w.success = false;
  c->Enqueue(w, /*is_send=*/false);
  s.Park(WaitReason::kChanReceive, c->id());
  return OpStatus::kParked;
}

OpStatus ChanClose(Scheduler& s, Channel* c) {
  if (!c) return OpStatus::kPanicCloseOfNil;
  if (c->closed_) return OpStatus::kPanicCloseOfClosed;
  c->closed_ = true;
  c->closed_at_ = s.Now();
  s.Record(EventKind::kChanClose, c->id());
  // Release all receivers with the zero value, then all senders, who will panic.
  while (Waiter* r = c->recvq_.Dequeue()) {
    r->value = Value{};
    r->msg = 0;
    r->success = false;
    RecordTransfer(s, EventKind::kChanRecv, *c, r->g->id, 0, Value{}, 0, 0);
    c->Wake(*r);
  }
  while (Waiter* snd = c->sendq_.Dequeue()) {
    snd->success = false;
    c->Wake(*snd);
  }
  return OpStatus::kDone;
}

}  // namespace chanscope::core
