// trace_json.h — a run's kernel trace as Chrome Trace Event JSON (Perfetto, chrome://tracing).
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "core/trace.h"

namespace chanscope {

// Writes `trace` as one JSON object {"traceEvents": [...]}: a named track per goroutine
// ("G7 main.worker") with spans for each state ("running", "runnable", or Go's wait reason
// such as "chan receive"), a slice per channel operation with a flow arrow from each send
// to its receive, a counter per buffered channel's length, and instants for prints, panics
// and fatal errors. Timestamps are virtual time in microseconds.
void WriteChromeTrace(const core::Trace& trace, std::string_view program_name, std::ostream& out);

// The same into a file; false (with a message on stderr) when it cannot be written.
bool WriteChromeTraceFile(const core::Trace& trace, std::string_view program_name,
                          const std::string& path);

}  // namespace chanscope
