// Goroutine states in the palette's four state colours, the same in every view.
#pragma once

#include "core/goroutine.h"
#include "palette.h"

namespace chanscope {

constexpr palette::Colour StateColour(core::GStatus status) {
  switch (status) {
    case core::GStatus::kRunning: return palette::kStateRunning;
    case core::GStatus::kRunnable: return palette::kStateRunnable;
    case core::GStatus::kWaiting: return palette::kStateWaiting;
    case core::GStatus::kDead: return palette::kStateDead;
  }
  return palette::kStateDead;
}

}  // namespace chanscope
