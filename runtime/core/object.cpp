// object.cpp — kernel object registration.
#include "object.h"

#include "scheduler.h"

namespace chanscope::core {

std::string_view ObjectKindName(ObjectKind kind) {
  switch (kind) {
    case ObjectKind::kChannel: return "chan";
    case ObjectKind::kMutex: return "mutex";
    case ObjectKind::kRWMutex: return "rwmutex";
    case ObjectKind::kWaitGroup: return "waitgroup";
    case ObjectKind::kCond: return "cond";
    case ObjectKind::kOnce: return "once";
    case ObjectKind::kPool: return "pool";
    case ObjectKind::kMap: return "map";
    case ObjectKind::kTimer: return "timer";
  }
  return "?";
}

KernelObject::KernelObject(Scheduler& sched, ObjectKind kind)
    : sched_(&sched), id_(sched.Register(this)), kind_(kind) {}

KernelObject::~KernelObject() { sched_->Unregister(id_); }

}  // namespace chanscope::core
