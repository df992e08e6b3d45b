// trace.cpp — names and the stable text form of trace events.
#include "trace.h"

#include <cstdio>
#include <cstring>

namespace chanscope::core {

std::string_view EventName(EventKind kind) {
  static constexpr std::string_view kNames[] = {
#define EVENT(name, text) text,
#include "events.def"
#undef EVENT
  };
  return kNames[static_cast<size_t>(kind)];
}

std::string_view WaitReasonText(WaitReason reason) {
  static constexpr std::string_view kTexts[] = {
#define WAIT_REASON(name, text) text,
#include "wait_reasons.def"
#undef WAIT_REASON
  };
  return kTexts[static_cast<size_t>(reason)];
}

namespace {

// Only the file's base name, so traces do not depend on where the tree was built.
const char* BaseName(const char* path) {
  const char* slash = std::strrchr(path, '/');
  return slash ? slash + 1 : path;
}

}  // namespace

std::string FormatEvent(const Trace& trace, const Event& e) {
  char buf[256];
  int n = std::snprintf(buf, sizeof buf, "%llu t=%lld P%d G%lld %s",
                        static_cast<unsigned long long>(e.step), static_cast<long long>(e.time),
                        e.p, static_cast<long long>(e.g), EventName(e.kind).data());
  std::string out(buf, n);
  auto add = [&out, &buf](const char* fmt, auto... args) {
    int len = std::snprintf(buf, sizeof buf, fmt, args...);
    out.append(buf, len);
  };
  if (e.object) add(" obj=%u", e.object);
  if (e.reason != WaitReason::kNone) add(" [%s]", WaitReasonText(e.reason).data());
  std::string shown = trace.value_formatter && e.object && e.kind != EventKind::kDecision
                          ? trace.value_formatter(e.object, e.value)
                          : std::string();
  if (!shown.empty()) {
    out += " val=" + shown;
  } else if (e.value.word || e.value.aux) {
    add(" val=%lld", static_cast<long long>(e.value.word));
    if (e.value.aux) add(":%llu", static_cast<unsigned long long>(e.value.aux));
  }
  if (e.msg) add(" msg=%llu", static_cast<unsigned long long>(e.msg));
  if (e.peer) add(" peer=G%lld", static_cast<long long>(e.peer));
  if (e.arg) add(" arg=%d", e.arg);
  if (e.flags & kFlagHandoff) out += " handoff";
  if (e.flags & kFlagOk) out += " ok";
  if (e.flags & kFlagRandom) out += " random";
  if (e.flags & kFlagHit) out += " hit";
  if (e.text) {
    out += " text=\"";
    for (char c : trace.texts[e.text]) out += c == '\n' ? std::string("\\n") : std::string(1, c);
    out += '"';
  }
  if (e.pos.file) add(" @%s:%d", BaseName(e.pos.file), e.pos.line);
  return out;
}

std::string FormatTrace(const Trace& trace) {
  std::string out;
  for (const Event& e : trace.events) {
    out += FormatEvent(trace, e);
    out += '\n';
  }
  return out;
}

}  // namespace chanscope::core
