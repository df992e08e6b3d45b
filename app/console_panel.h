// The console panel: stdout and stderr in their own colours, the run's outcome, and clickable
// `file:line` references.
#pragma once

#include "console_log.h"
#include "fonts.h"
#include "ui_text.h"

namespace chanscope {

// Draws `log`, following its end unless scrolled up; returns the link clicked this frame, if any.
const SourceLink* DrawConsole(const ConsoleLog& log, const Fonts& fonts, const UiText& ui);

}  // namespace chanscope
