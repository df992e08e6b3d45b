// The stage's pieces: goroutine cards, channel pipes with slots and queues, sync objects,
// select and go-statement lines, tokens in flight, and the state summary.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "stage_canvas.h"
#include "text_fit.h"

namespace chanscope::stage {
namespace {

using namespace stage_geometry;

constexpr float kTitleSize = 15.0f;   // world units: card titles and object names
constexpr float kDetailSize = 13.0f;  // wait reasons, queue lines, values
constexpr float kMinTextPixels = 6.5f;
constexpr float kMinOutlinedPixels = 6.0f;  // smaller boxes on screen are drawn without an outline
constexpr float kTinyCardPixels = 52.0f;  // narrower than this on screen: a plain tile
constexpr float kSelectedRingPixels = 9.0f;  // the ring round a selected tile, at least
constexpr std::size_t kMaxLinesPerQueue = 300;
constexpr std::size_t kMaxTokens = 64;
constexpr std::uint64_t kRecentGo = 8;  // go arrows show this many events after the go statement
constexpr float kTokenRadius = 13.0f;

ImFont* FontFor(const Fonts& fonts, bool mono) { return mono ? fonts.mono : fonts.ui; }

// "8.0ms", "1.50s", "250us": a virtual duration as a learner reads it (Go writes µs; the UI
// font has no µ, and Go's time.ParseDuration accepts "us" too).
std::string FormatDuration(std::int64_t ns) {
  char text[32];
  if (ns >= 1'000'000'000) {
    std::snprintf(text, sizeof text, "%.2fs", static_cast<double>(ns) / 1e9);
  } else if (ns >= 1'000'000) {
    std::snprintf(text, sizeof text, "%.1fms", static_cast<double>(ns) / 1e6);
  } else {
    std::snprintf(text, sizeof text, "%.0fus", static_cast<double>(ns) / 1e3);
  }
  return text;
}

// "G3 G5 G8 +12": the first goroutines of a queue of `total` (the ids listed, when 0).
std::string IdList(const std::vector<std::int64_t>& ids, std::size_t total = 0) {
  constexpr std::size_t kShown = 6;
  const std::size_t shown = std::min(ids.size(), kShown);
  std::string out;
  for (std::size_t i = 0; i < shown; ++i) out += (i ? " G" : "G") + std::to_string(ids[i]);
  if (std::max(total, ids.size()) > shown) out += " +" + std::to_string(std::max(total, ids.size()) - shown);
  return out;
}

std::vector<std::int64_t> QueueIds(const std::vector<QueuedG>& q) {
  std::vector<std::int64_t> ids;
  for (const QueuedG& w : q) ids.push_back(w.g);
  return ids;
}

// How an object is called on cards: the channel's name or "sync.Mutex#5".
std::string ObjectLabel(const StageModel& m, std::uint32_t id) {
  if (const ChannelCard* c = m.FindChannel(id)) return c->name;
  for (const MutexCard& mu : m.mutexes)
    if (mu.id == id) return (mu.rw ? "sync.RWMutex#" : "sync.Mutex#") + std::to_string(id);
  for (const WaitGroupCard& wg : m.waitgroups)
    if (wg.id == id) return "sync.WaitGroup#" + std::to_string(id);
  for (const CondCard& cond : m.conds)
    if (cond.id == id) return "sync.Cond#" + std::to_string(id);
  return id ? "#" + std::to_string(id) : "";
}

// Shortens `text` with "…" to fit `width` world units.
std::string Fit(const Canvas& c, float size, std::string text, float width, bool mono) {
  return FitText(std::move(text), width, [&](std::string_view s) { return c.TextWidth(size, s, mono); });
}

// The midpoint of the side of `b` that faces `towards`.
Vec2 EdgeFacing(const Area& b, Vec2 towards) {
  const Vec2 c = b.Centre();
  if (towards.x < b.min.x) return {b.min.x, c.y};
  if (towards.x > b.max.x) return {b.max.x, c.y};
  return {c.x, towards.y < c.y ? b.min.y : b.max.y};
}

Area PipeBox(const Area& object) {
  return {{object.min.x, object.min.y + 22.0f}, {object.max.x, object.min.y + 54.0f}};
}

const TimerCard* SleepTimer(const StageModel& m, std::int64_t g) {
  for (const TimerCard& t : m.timers)
    if (t.sleeper == g) return &t;
  return nullptr;
}

}  // namespace

std::string StatusLine(const StageModel& m, const GoroutineCard& g, const UiText& ui) {
  switch (g.state) {
    case GoState::kRunning: return Fill(ui.running_on, {std::to_string(g.lane)});
    case GoState::kRunnable:
    case GoState::kFinished: return ui.State(g.state);
    case GoState::kSleeping:
      if (const TimerCard* t = SleepTimer(m, g.id)) return Fill(ui.sleep_left, {FormatDuration(t->remaining)});
      return "sleep";  // Go's wait reason
    case GoState::kBlocked: {
      const std::string on = ObjectLabel(m, g.waiting_on);
      return on.empty() ? g.wait_reason : g.wait_reason + " · " + on;
    }
  }
  return "";
}

namespace {

void DrawCard(const Canvas& c, const StageModel& m, const GoroutineCard& g, const Area& b,
              float alpha, bool selected) {
  const palette::Colour state = palette::StateColour(g.state);
  const auto a = [alpha](int byte) { return static_cast<std::uint8_t>(byte * alpha); };
  if ((b.max.x - b.min.x) * c.zoom < kTinyCardPixels) {
    // A tile in the state's colour, with the goroutine's id when it fits at a readable size.
    c.Rect(b, palette::WithAlpha(state, a(0xd0)), palette::WithAlpha(state, a(0xff)), 2.0f);
    const std::string id = "G" + std::to_string(g.id);
    const float px = std::min(13.0f, (b.max.y - b.min.y) * c.zoom * 0.75f);
    const ImVec2 size = c.fonts->ui->CalcTextSizeA(px, 1e9f, 0.0f, id.c_str());
    const ImVec2 lo = c.ToScreen(b.min), hi = c.ToScreen(b.max);
    if (px >= 8.0f && size.x + 4.0f <= hi.x - lo.x)
      c.draw->AddText(c.fonts->ui, px, ImVec2((lo.x + hi.x - size.x) * 0.5f, (lo.y + hi.y - size.y) * 0.5f),
                      palette::ToU32(palette::WithAlpha(palette::current.stage, a(0xff))), id.c_str());
    // The selected goroutine stays findable in a crowd: a ring of a fixed screen size around it.
    if (selected) {
      const ImVec2 centre((lo.x + hi.x) * 0.5f, (lo.y + hi.y) * 0.5f);
      const float radius = std::max(kSelectedRingPixels, (hi.x - lo.x) * 0.75f);
      c.draw->AddCircle(centre, radius, palette::ToU32(palette::kAccent), 0, 2.0f);
    }
    return;
  }
  c.Rect(b, palette::WithAlpha(state, a(0x30)), palette::WithAlpha(state, a(0xe0)), 6.0f,
         selected ? 3.0f : 1.5f);
  const Area stripe{b.min, {b.min.x + 6.0f, b.max.y}};
  c.Rect(stripe, palette::WithAlpha(palette::GoroutineColour(g.colour), a(0xff)),
         palette::WithAlpha(palette::GoroutineColour(g.colour), 0), 3.0f, 0.0f);
  const std::string id = "G" + std::to_string(g.id);
  const Vec2 title{b.min.x + 14.0f, b.min.y + 6.0f};
  c.Text(title, kTitleSize, palette::WithAlpha(palette::GoroutineColour(g.colour), a(0xff)), id);
  const float id_width = c.TextWidth(kTitleSize, id + " ");
  const std::string line = g.line && g.state != GoState::kFinished ? ":" + std::to_string(g.line) : "";
  const float line_width = c.TextWidth(kDetailSize, line, true);
  const float room = b.max.x - title.x - id_width - line_width - 8.0f;
  c.Text({title.x + id_width, title.y}, kTitleSize, palette::WithAlpha(palette::kText, a(0xff)),
         Fit(c, kTitleSize, g.function, room, false));
  c.Text({b.max.x - line_width - 6.0f, title.y + 1.0f}, kDetailSize,
         palette::WithAlpha(palette::kTextDim, a(0xff)), line, true);
  c.Text({title.x, b.min.y + 28.0f}, kDetailSize, palette::WithAlpha(state, a(0xff)),
         Fit(c, kDetailSize, StatusLine(m, g, *c.ui), b.max.x - title.x - 6.0f, false));
}

void DrawChannel(const Canvas& c, const ChannelCard& ch, const Area& b) {
  const Area pipe = PipeBox(b);
  const palette::Colour edge = ch.closed ? palette::kStateDead : palette::kChannel;
  const UiText& ui = *c.ui;
  c.Text({b.min.x, b.min.y}, kTitleSize, palette::kChannel, ch.name, true);
  const float name_width = c.TextWidth(kTitleSize, ch.name + "  ", true);
  // "closed" at the right end; the type takes the room left between, shortened if need be.
  const float closed_width = ch.closed ? c.TextWidth(kDetailSize, ui.closed) : 0.0f;
  if (ch.closed) c.Text({b.max.x - closed_width, b.min.y + 2.0f}, kDetailSize, palette::kError, ui.closed);
  std::string type = ch.elem_type.empty() ? "chan" : "chan " + ch.elem_type;
  if (ch.capacity > 0) type += "  " + std::to_string(ch.slots.size()) + "/" + std::to_string(ch.capacity);
  const float type_room = b.max.x - b.min.x - name_width - (ch.closed ? closed_width + 6.0f : 0.0f);
  c.Text({b.min.x + name_width, b.min.y + 2.0f}, kDetailSize, palette::kTextDim,
         Fit(c, kDetailSize, type, type_room, false));
  c.Rect(pipe, palette::current.panel_raised, edge, 8.0f, 2.0f);
  if (ch.capacity == 0) {
    c.TextCentred(pipe.Centre(), kDetailSize, palette::kTextFaint,
                  Fit(c, kDetailSize, ui.unbuffered, pipe.max.x - pipe.min.x - 8.0f, false));
  }
  const std::uint32_t shown = std::min<std::uint32_t>(ch.capacity, kMaxSlotsShown);
  for (std::uint32_t i = 0; i < shown; ++i) {
    const Area slot = SlotBox(b.min, ch.capacity, i);
    const bool full = i < ch.slots.size();
    c.Rect(slot, full ? palette::WithAlpha(palette::kValue, 0x50) : palette::current.panel,
           full ? palette::kValue : palette::kBorder, 4.0f);
    if (full)
      c.TextCentred(slot.Centre(), kDetailSize - 1.0f, palette::kText,
                    Fit(c, kDetailSize - 1.0f, ch.slots[i], kSlotWidth - 4.0f, true), true);
  }
  if (ch.capacity > kMaxSlotsShown)
    c.Text({pipe.min.x + 4.0f, pipe.min.y + 8.0f}, kDetailSize - 2.0f, palette::kTextDim,
           "+" + std::to_string(ch.capacity - kMaxSlotsShown));
  if (ch.capacity > 0 && ch.capacity <= kMaxSlotsShown) {
    // Values go in on the left and come out on the right, oldest first.
    const float y = pipe.min.y + 8.0f;
    c.Text({pipe.min.x + 7.0f, y}, kDetailSize - 1.0f, palette::kTextDim, ui.pipe_in);
    c.Text({pipe.max.x - 7.0f - c.TextWidth(kDetailSize - 1.0f, ui.pipe_out), y}, kDetailSize - 1.0f,
           palette::kTextDim, ui.pipe_out);
  }
  const Vec2 queue_at{b.min.x, b.min.y + 58.0f};
  if (!ch.recvq.empty())
    c.Text(queue_at, kDetailSize, palette::kStateWaiting,
           Fill(ui.receivers_waiting, {IdList(QueueIds(ch.recvq), ch.recvq_len)}));
  if (!ch.sendq.empty())
    c.Text(queue_at, kDetailSize, palette::kStateWaiting,
           Fill(ui.senders_waiting, {IdList(QueueIds(ch.sendq), ch.sendq_len)}));
}

// A sync object or timer: a name, one line of state, one line of waiters.
void DrawSyncBox(const Canvas& c, const Area& b, const std::string& name, const std::string& state,
                 const std::vector<std::int64_t>& waiters) {
  c.Text(b.min, kTitleSize, palette::current.sync, name, true);
  const Area body = PipeBox(b);
  c.Rect(body, palette::current.panel_raised, palette::current.sync, 6.0f, 1.5f);
  c.TextCentred(body.Centre(), kDetailSize, palette::kText, state);
  if (!waiters.empty())
    c.Text({b.min.x, b.min.y + 58.0f}, kDetailSize, palette::kStateWaiting, Fill(c.ui->waiting, {IdList(waiters)}));
}

// Below this zoom a crowd of wait lines would hide everything: only the selection's are drawn.
constexpr float kLinesZoom = 0.3f;

// A line from a waiting goroutine's card to what it waits on.
void WaitLine(const Canvas& c, const Placement& at, std::int64_t g, const Area& target,
              palette::Colour colour, bool dashed) {
  const Area* card = at.Card(g);
  if (!card || (c.zoom < kLinesZoom && g != c.selected)) return;
  const Vec2 to = EdgeFacing(target, card->Centre());
  c.Line(EdgeFacing(*card, to), to, colour, 1.5f, dashed);
}

Vec2 Bezier(Vec2 a, Vec2 ctrl, Vec2 b, float t) {
  const float u = 1.0f - t;
  return {u * u * a.x + 2 * u * t * ctrl.x + t * t * b.x, u * u * a.y + 2 * u * t * ctrl.y + t * t * b.y};
}

}  // namespace

// ---- Canvas ----

void Canvas::Text(Vec2 at, float size, palette::Colour colour, std::string_view text, bool mono) const {
  const float px = size * zoom;
  if (px < kMinTextPixels || text.empty()) return;
  draw->AddText(FontFor(*fonts, mono), px, ToScreen(at), palette::ToU32(colour), text.data(),
                text.data() + text.size());
}

void Canvas::TextCentred(Vec2 at, float size, palette::Colour colour, std::string_view text,
                         bool mono) const {
  const float w = TextWidth(size, text, mono);
  Text({at.x - w * 0.5f, at.y - size * 0.6f}, size, colour, text, mono);
}

float Canvas::TextWidth(float size, std::string_view text, bool mono) const {
  ImFont* font = FontFor(*fonts, mono);
  return font->CalcTextSizeA(size, 1e9f, 0.0f, text.data(), text.data() + text.size()).x;
}

void Canvas::Rect(const Area& b, palette::Colour fill, palette::Colour outline, float rounding,
                  float thickness) const {
  const ImVec2 a = ToScreen(b.min), c = ToScreen(b.max);
  // Zoomed far out, corners under two pixels and outlines on boxes a few pixels wide cannot be
  // seen, yet cost a software renderer dozens of triangles each: plain rectangles instead.
  const float corner = rounding * zoom >= 2.0f ? rounding * zoom : 0.0f;
  draw->AddRectFilled(a, c, palette::ToU32(fill), corner);
  if (thickness > 0.0f && outline.a && std::min(c.x - a.x, c.y - a.y) >= kMinOutlinedPixels)
    draw->AddRect(a, c, palette::ToU32(outline), corner, 0, std::max(1.0f, std::round(thickness * zoom)));
}

void Canvas::Line(Vec2 a, Vec2 b, palette::Colour colour, float thickness, bool dashed) const {
  const ImVec2 p = ToScreen(a), q = ToScreen(b);
  const float width = std::max(1.0f, thickness * zoom);
  if (!dashed) {
    draw->AddLine(p, q, palette::ToU32(colour), width);
    return;
  }
  const float length = std::hypot(q.x - p.x, q.y - p.y);
  const float dash = std::max(4.0f, 8.0f * zoom);
  for (float s = 0; s < length; s += 2 * dash) {
    const float e = std::min(length, s + dash);
    draw->AddLine(ImVec2(p.x + (q.x - p.x) * s / length, p.y + (q.y - p.y) * s / length),
                  ImVec2(p.x + (q.x - p.x) * e / length, p.y + (q.y - p.y) * e / length),
                  palette::ToU32(colour), width);
  }
}

void Canvas::Arrow(Vec2 a, Vec2 b, palette::Colour colour, float thickness) const {
  Line(a, b, colour, thickness);
  const float length = std::hypot(b.x - a.x, b.y - a.y);
  if (length < 1.0f) return;
  const Vec2 d{(b.x - a.x) / length, (b.y - a.y) / length};
  const float head = 9.0f;
  const ImVec2 tip = ToScreen(b);
  const ImVec2 l = ToScreen({b.x - d.x * head - d.y * head * 0.5f, b.y - d.y * head + d.x * head * 0.5f});
  const ImVec2 r = ToScreen({b.x - d.x * head + d.y * head * 0.5f, b.y - d.y * head - d.x * head * 0.5f});
  draw->AddTriangleFilled(tip, l, r, palette::ToU32(colour));
}

// ---- Placement ----

std::vector<std::uint32_t> ColumnObjects(const StageModel& m) {
  std::vector<std::uint32_t> ids;
  for (const ChannelCard& ch : m.channels) ids.push_back(ch.id);
  for (const MutexCard& mu : m.mutexes) ids.push_back(mu.id);
  for (const WaitGroupCard& wg : m.waitgroups) ids.push_back(wg.id);
  for (const CondCard& cond : m.conds) ids.push_back(cond.id);
  for (const TimerCard& t : m.timers)
    if (t.channel) ids.push_back(t.id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

Placement Place(const StageModel& m, StageViewState& state) {
  Placement at;
  for (std::size_t id = state.cells.size() + 1; id <= m.goroutines.size(); ++id) {
    const Vec2 p = GoroutineCell(static_cast<std::int64_t>(id));
    state.cells.push_back({p, {p.x + kCardWidth, p.y + kCardHeight}});
  }
  at.cards.assign(state.cells.begin(), state.cells.begin() + static_cast<std::ptrdiff_t>(m.goroutines.size()));
  for (const auto& [id, p] : state.moved_goroutines)
    if (id >= 1 && static_cast<std::size_t>(id) <= at.cards.size())
      at.cards[id - 1] = {p, {p.x + kCardWidth, p.y + kCardHeight}};
  const std::vector<std::uint32_t> ids = ColumnObjects(m);
  for (std::size_t rank = 0; rank < ids.size(); ++rank) {
    const ChannelCard* ch = m.FindChannel(ids[rank]);
    const float width = ch ? ChannelWidth(ch->capacity) : ChannelWidth(0);
    auto moved = state.moved_objects.find(ids[rank]);
    Vec2 p = ObjectCell(rank);
    p.x += (kColumnWidth - width) * 0.5f;
    if (moved != state.moved_objects.end()) p = moved->second;
    at.objects[ids[rank]] = {p, {p.x + width, p.y + kObjectHeight}};
  }
  return at;
}

float CardAlpha(const GoroutineCard& g, StageViewState& state, double now, float speed) {
  constexpr float kFaint = 0.22f;  // a faint trace stays where it was
  if (g.state != GoState::kFinished) return 1.0f;
  auto it = state.end_seen.find(g.id);
  if (it == state.end_seen.end()) {
    // Ended before the last frame drawn: it has faded already (or ended out of view).
    if (g.ended_step < static_cast<std::int64_t>(state.previous_step)) return kFaint;
    it = state.end_seen.emplace(g.id, now).first;
  }
  const float t = static_cast<float>((now - it->second) * std::max(speed, 0.01f) / state.fade_seconds);
  if (t >= 1.0f) state.end_seen.erase(it);  // faded: the map keeps only the fading
  return std::clamp(1.0f - t, kFaint, 1.0f);
}

// ---- The pieces ----

void DrawObjects(const Canvas& c, const StageModel& m, const Placement& at) {
  for (const ChannelCard& ch : m.channels)
    if (const Area* b = at.Object(ch.id); b && c.Visible(*b)) DrawChannel(c, ch, *b);
  const UiText& ui = *c.ui;
  for (const MutexCard& mu : m.mutexes) {
    const Area* b = at.Object(mu.id);
    if (!b || !c.Visible(*b)) continue;
    const std::string readers = Fill(ui.readers, {std::to_string(mu.readers)});
    std::string state = mu.locked ? (mu.holder ? Fill(ui.held_by, {std::to_string(mu.holder)}) : ui.locked)
                        : mu.readers ? readers  // read-locked: not "unlocked" to a learner
                                     : ui.unlocked;
    if (mu.locked && mu.readers) state += " · " + readers;
    std::vector<std::int64_t> waiting = mu.waiters;
    waiting.insert(waiting.end(), mu.reader_waiters.begin(), mu.reader_waiters.end());
    DrawSyncBox(c, *b, ObjectLabel(m, mu.id), state, waiting);
  }
  for (const WaitGroupCard& wg : m.waitgroups)
    if (const Area* b = at.Object(wg.id); b && c.Visible(*b))
      DrawSyncBox(c, *b, ObjectLabel(m, wg.id), Fill(ui.counter, {std::to_string(wg.counter)}), wg.waiters);
  for (const CondCard& cond : m.conds)
    if (const Area* b = at.Object(cond.id); b && c.Visible(*b))
      DrawSyncBox(c, *b, ObjectLabel(m, cond.id), Fill(ui.cond_waiting, {std::to_string(cond.waiters.size())}),
                  cond.waiters);
  for (const TimerCard& t : m.timers) {
    const Area* b = at.Object(t.id);
    if (!t.channel || !b || !c.Visible(*b)) continue;
    const std::string name = Fill(t.period ? ui.ticker_for : ui.timer_for, {ObjectLabel(m, t.channel)});
    DrawSyncBox(c, *b, name, Fill(ui.fires_in, {FormatDuration(t.remaining)}), {});
  }
}

void DrawQueues(const Canvas& c, const StageModel& m, const Placement& at) {
  for (const ChannelCard& ch : m.channels) {
    const Area* b = at.Object(ch.id);
    if (!b) continue;
    const Area pipe = PipeBox(*b);
    for (const auto* q : {&ch.sendq, &ch.recvq})
      for (std::size_t i = 0; i < q->size() && i < kMaxLinesPerQueue; ++i)
        if (!(*q)[i].select) WaitLine(c, at, (*q)[i].g, pipe, palette::kStateWaiting, false);
  }
  for (const MutexCard& mu : m.mutexes) {
    const Area* b = at.Object(mu.id);
    if (!b) continue;
    if (mu.holder) WaitLine(c, at, mu.holder, PipeBox(*b), palette::current.sync, false);
    for (std::int64_t g : mu.waiters) WaitLine(c, at, g, PipeBox(*b), palette::kStateWaiting, true);
    for (std::int64_t g : mu.reader_waiters) WaitLine(c, at, g, PipeBox(*b), palette::kStateWaiting, true);
  }
  for (const WaitGroupCard& wg : m.waitgroups)
    if (const Area* b = at.Object(wg.id))
      for (std::int64_t g : wg.waiters) WaitLine(c, at, g, PipeBox(*b), palette::kStateWaiting, true);
  for (const CondCard& cond : m.conds)
    if (const Area* b = at.Object(cond.id))
      for (std::int64_t g : cond.waiters) WaitLine(c, at, g, PipeBox(*b), palette::kStateWaiting, true);
}

void DrawSelects(const Canvas& c, const StageModel& m, const Placement& at) {
  for (const SelectCard& s : m.selects) {
    const Area* card = at.Card(s.g);
    if (!card) continue;
    const UiText& ui = *c.ui;
    std::string label = Fill(ui.select_waiting, {std::to_string(s.candidates.size())});
    const Area* first = s.waiting && !s.candidates.empty() ? at.Object(s.candidates.front())
                                                           : at.Object(s.chosen_channel);
    if (s.waiting) {
      for (std::uint32_t ch : s.candidates)
        if (const Area* b = at.Object(ch)) WaitLine(c, at, s.g, PipeBox(*b), palette::kAccent, true);
    } else {
      label = s.chosen_case < 0 ? ui.select_default : Fill(ui.select_case, {std::to_string(s.chosen_case + 1)});
      if (s.random) label += Fill(ui.select_random, {std::to_string(s.ready)});
      if (first) WaitLine(c, at, s.g, PipeBox(*first), palette::kAccent, false);
    }
    // The label rides on the line, between the card and the channel, on a patch of floor;
    // where the two are too close for that, it sits above the card.
    const float w = c.TextWidth(kDetailSize, label);
    const auto patch = [&](Vec2 at) {
      return Area{{at.x - 3.0f, at.y - 1.0f}, {at.x + w + 3.0f, at.y + kDetailSize + 3.0f}};
    };
    const Vec2 above{card->min.x, card->min.y - kDetailSize - 6.0f};
    Vec2 at_label = above;
    if (first) {
      const Vec2 to = EdgeFacing(PipeBox(*first), card->Centre());
      const Vec2 from = EdgeFacing(*card, to);
      at_label = {(from.x + to.x) * 0.5f - w * 0.5f, (from.y + to.y) * 0.5f - kDetailSize};
      if (patch(at_label).Overlaps(*card)) at_label = above;
    }
    c.Rect(patch(at_label), palette::WithAlpha(palette::current.stage, 0xe0), palette::kAccent, 3.0f, 1.0f);
    c.Text(at_label, kDetailSize, palette::kAccent, label);
  }
}

void DrawGoArrows(const Canvas& c, const StageModel& m, const Placement& at,
                  const StageViewState& state) {
  if (!state.show_go_arrows) return;
  // Recent go statements, and the selected goroutine's family: older arrows would only clutter.
  for (const GoArrow& a : m.arrows) {
    const bool recent = a.step + kRecentGo >= m.step;
    if (!recent && a.parent != state.selected && a.child != state.selected) continue;
    const Area* from = at.Card(a.parent);
    const Area* to = at.Card(a.child);
    if (!from || !to) continue;
    const Vec2 end = EdgeFacing(*to, from->Centre());
    c.Arrow(EdgeFacing(*from, end), end, palette::WithAlpha(palette::current.arrow, 0x90), 1.2f);
  }
}

void DrawCards(const Canvas& c, const StageModel& m, const Placement& at, StageViewState& state,
               double now, float speed) {
  if (IsCrowd(c)) {
    for (std::int64_t id : DrawCrowd(c, m, state, now, speed))
      if (const Area* b = at.Card(id); b && c.Visible(*b))
        DrawCard(c, m, m.goroutines[id - 1], *b, CardAlpha(m.goroutines[id - 1], state, now, speed), id == state.selected);
    return;
  }
  for (const GoroutineCard& g : m.goroutines) {
    const Area* b = at.Card(g.id);
    if (b && c.Visible(*b)) DrawCard(c, m, g, *b, CardAlpha(g, state, now, speed), g.id == state.selected);
  }
}

void DrawTokens(const Canvas& c, const StageModel& m, const Placement& at, StageViewState& state,
                double now, float speed) {
  std::size_t drawn = 0;
  for (const Token& t : m.tokens) {
    const double seen = state.token_seen.emplace(t.step, now).first->second;
    const float p = TokenProgress(static_cast<float>(now - seen), speed);
    const Area* chan = at.Object(t.channel);
    if (p >= 1.0f || !chan || drawn++ >= kMaxTokens) continue;
    const ChannelCard* ch = m.FindChannel(t.channel);
    const Area* from = at.Card(t.from);
    const Area* to = at.Card(t.to);
    const Vec2 mid = PipeBox(*chan).Centre();
    // From the edge of the sender's card that faces the channel, to the receiver's.
    Vec2 a = from ? EdgeFacing(*from, mid) : mid, b = to ? EdgeFacing(*to, mid) : mid;
    if (t.kind == TokenKind::kIntoBuffer && ch && !ch->slots.empty())
      b = SlotBox(chan->min, ch->capacity, static_cast<std::uint32_t>(ch->slots.size() - 1)).Centre();
    if (t.kind == TokenKind::kOutOfBuffer && ch && ch->capacity)
      a = SlotBox(chan->min, ch->capacity, 0).Centre();
    const Vec2 at_p = t.kind == TokenKind::kHandoff ? Bezier(a, mid, b, p)
                                                     : Vec2{a.x + (b.x - a.x) * p, a.y + (b.y - a.y) * p};
    const ImVec2 s = c.ToScreen(at_p);
    c.draw->AddCircleFilled(s, kTokenRadius * c.zoom, palette::ToU32(palette::kValue));
    c.draw->AddCircle(s, kTokenRadius * c.zoom, palette::ToU32(palette::current.stage), 0, 2.0f);
    c.TextCentred(at_p, kDetailSize - 1.0f, palette::current.stage,
                  Fit(c, kDetailSize - 1.0f, t.value, kTokenRadius * 2.6f, true), true);
  }
}

void DrawSummary(const Canvas& c, const StageModel& m) {
  constexpr float kHeadGap = 10.0f, kPartGap = 14.0f;
  int counts[5] = {0, 0, 0, 0, 0};
  for (const GoroutineCard& g : m.goroutines) ++counts[static_cast<int>(g.state)];
  const std::string head = Fill(c.ui->summary_head, {std::to_string(m.goroutines.size())});
  std::string parts[5];
  float width = ImGui::CalcTextSize(head.c_str()).x + kHeadGap;
  for (int s = 0; s < 5; ++s) {
    parts[s] = Fill(c.ui->summary_count, {std::to_string(counts[s]), c.ui->State(static_cast<GoState>(s))});
    width += ImGui::CalcTextSize(parts[s].c_str()).x + kPartGap;
  }
  // A narrow stage (or Korean's wider words) leaves out the states nobody is in.
  const bool skip_zeros = width > c.screen_max.x - c.screen_min.x - 20.0f;
  ImVec2 p(c.screen_min.x + 10.0f, c.screen_min.y + 8.0f);
  c.draw->AddText(p, palette::ToU32(palette::kTextDim), head.c_str());
  p.x += ImGui::CalcTextSize(head.c_str()).x + kHeadGap;
  for (int s = 0; s < 5; ++s) {
    if (skip_zeros && counts[s] == 0) continue;
    c.draw->AddText(p, palette::ToU32(palette::StateColour(static_cast<GoState>(s))), parts[s].c_str());
    p.x += ImGui::CalcTextSize(parts[s].c_str()).x + kPartGap;
  }
}

}  // namespace chanscope::stage
