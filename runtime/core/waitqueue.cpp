// waitqueue.cpp — the intrusive FIFO of waiters used by channels and sync objects.
#include "check.h"
#include "goroutine.h"

namespace chanscope::core {

void WaitQueue::PushBack(Waiter* w) {
  w->next = nullptr;
  w->prev = tail_;
  (tail_ ? tail_->next : head_) = w;
  tail_ = w;
  w->queued = true;
}

void WaitQueue::PushFront(Waiter* w) {
  w->prev = nullptr;
  w->next = head_;
  (head_ ? head_->prev : tail_) = w;
  head_ = w;
  w->queued = true;
}

void WaitQueue::Remove(Waiter* w) {
  CS_CHECK(w->queued);
  (w->prev ? w->prev->next : head_) = w->next;
  (w->next ? w->next->prev : tail_) = w->prev;
  w->next = w->prev = nullptr;
  w->queued = false;
}

Waiter* WaitQueue::Dequeue() {
  while (Waiter* w = head_) {
    Remove(w);
    if (!w->is_select) return w;
    // A select waiter: claim its select, unless another channel already did.
    if (!w->g->select_done) {
      w->g->select_done = true;
      return w;
    }
  }
  return nullptr;
}

bool WaitQueue::HasLive() const {
  for (Waiter* w = head_; w; w = w->next)
    if (!w->is_select || !w->g->select_done) return true;
  return false;
}

size_t WaitQueue::size() const {
  size_t n = 0;
  for (Waiter* w = head_; w; w = w->next) n++;
  return n;
}

}  // namespace chanscope::core
