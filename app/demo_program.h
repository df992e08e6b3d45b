// The built-in demo: three players and a main goroutine play ping-pong over channels.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "core/scheduler.h"

namespace chanscope::demo {

// Names the program gives its channels, by kernel object id; views show these.
using ChannelNames = std::map<std::uint32_t, std::string>;

// The Go program the C++ demo is written after, line for line.
extern const std::string_view kPingPongGoSource;

// Spawns the demo's main goroutine on `sched` (before Run). Main fills `names` as it makes
// its channels; `names` must outlive the run.
void StartPingPong(core::Scheduler& sched, ChannelNames* names);

}  // namespace chanscope::demo
