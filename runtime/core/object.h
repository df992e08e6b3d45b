// object.h — what every kernel object (channel, mutex, timer, ...) has: an id and a kind.
#pragma once

#include <cstdint>
#include <string_view>

namespace chanscope::core {

enum class ObjectKind : uint8_t {
  kChannel, kMutex, kRWMutex, kWaitGroup, kCond, kOnce, kPool, kMap, kTimer
};
std::string_view ObjectKindName(ObjectKind kind);  // "chan", "mutex", ...

class Scheduler;

// Registers itself with the scheduler for its whole life, so views can enumerate
// live objects and trace events can name them by id. Not copyable: the registry and
// waiting goroutines hold its address.
class KernelObject {
 public:
  KernelObject(Scheduler& sched, ObjectKind kind);
  virtual ~KernelObject();
  KernelObject(const KernelObject&) = delete;
  KernelObject& operator=(const KernelObject&) = delete;

  uint32_t id() const { return id_; }
  ObjectKind kind() const { return kind_; }
  Scheduler& sched() const { return *sched_; }
  // Asserts the object's invariants; called after every step when checking is on.
  virtual void CheckInvariants() const {}

 private:
  Scheduler* sched_;
  uint32_t id_;
  ObjectKind kind_;
};

}  // namespace chanscope::core
