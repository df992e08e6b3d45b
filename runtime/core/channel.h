// channel.h — Go's hchan: a ring buffer plus queues of waiting senders and receivers.
//
// Invariants (checked by CheckInvariants; stale select waiters are not counted):
//  - At least one of sendq and recvq is empty, except (as in Go) on an unbuffered channel
//    where a single goroutine blocked in one select waits to send and to receive on it.
//  - A channel with waiting receivers has an empty buffer.
//  - A channel with waiting senders has a full buffer (for capacity 0: always).
//  - count <= capacity; a closed channel has no waiting senders or receivers.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "goroutine.h"
#include "object.h"
#include "value.h"

namespace chanscope::core {

// How a kernel operation ended for the running goroutine.
enum class OpStatus : uint8_t {
  kDone,    // completed without blocking
  kParked,  // the goroutine parked; its body returns kParked and resumes later
  kPanicSendOnClosed,
  kPanicCloseOfClosed,
  kPanicCloseOfNil,
  kPanicNegativeWaitGroup,
};
// Go's panic message for a kPanic* status, e.g. "send on closed channel".
std::string_view PanicText(OpStatus status);
inline bool IsPanic(OpStatus s) { return s >= OpStatus::kPanicSendOnClosed; }

class Channel : public KernelObject {
 public:
  struct Slot {
    Value value;
    uint64_t msg;  // message id, so a receive can be paired with its send
    int64_t time;  // virtual time it was sent
  };

  Channel(Scheduler& sched, uint32_t capacity);

  uint32_t len() const { return count_; }
  uint32_t cap() const { return static_cast<uint32_t>(buffer_.size()); }
  bool closed() const { return closed_; }
  // The i-th buffered value, oldest first (for views).
  const Slot& Buffered(uint32_t i) const { return buffer_[(head_ + i) % buffer_.size()]; }
  const WaitQueue& sendq() const { return sendq_; }
  const WaitQueue& recvq() const { return recvq_; }

  // Non-blocking send used by timers (no goroutine is running): false if it would block.
  bool TrySend(Value v);
  void CheckInvariants() const override;

 private:
  bool OneSelectOnBothSides() const;  // the exception to "one queue is empty"
  friend OpStatus ChanSend(Scheduler&, Channel*, Waiter&, Value);
  friend OpStatus ChanRecv(Scheduler&, Channel*, Waiter&);
  friend OpStatus ChanClose(Scheduler&, Channel*);
  friend class SelectOps;

  bool CanSend() const;  // a send would complete now (or panic: closed)
  bool CanRecv() const;  // a receive would complete now
  void SendNow(Value v);  // requires CanSend() and !closed
  void RecvNow(Waiter& w);           // requires CanRecv()
  void Enqueue(Waiter& w, bool is_send);
  void Remove(Waiter& w);
  void Wake(Waiter& w);
  void Push(Value v, uint64_t msg);
  Slot Pop();

  std::vector<Slot> buffer_;  // capacity slots; [head_, head_ + count_) are full
  uint32_t head_ = 0;
  uint32_t count_ = 0;
  bool closed_ = false;
  int64_t closed_at_ = 0;  // virtual time of the close
  WaitQueue sendq_;
  WaitQueue recvq_;
};

// ---- Entry points from compiled code (Go's chansend1, chanrecv1/2, closechan) ----
// The running goroutine sends v on c (nil c blocks forever). On kParked the body
// resumes later and must call AfterSendWake(w).
OpStatus ChanSend(Scheduler& sched, Channel* c, Waiter& w, Value v);
// kDone or kPanicSendOnClosed for a send that was parked and has been woken.
OpStatus AfterSendWake(const Waiter& w);
// The running goroutine receives from c into w.value; w.success is Go's ok.
// On kParked, w holds the result once the goroutine is woken.
OpStatus ChanRecv(Scheduler& sched, Channel* c, Waiter& w);
OpStatus ChanClose(Scheduler& sched, Channel* c);

}  // namespace chanscope::core
