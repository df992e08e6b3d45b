// The Timeline: lanes of state intervals, send-to-receive arrows, a playhead, time travel.
#include "timeline_view.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "palette.h"
#include "text_views.h"

namespace chanscope {
namespace {

constexpr float kLabelWidth = 150.0f;  // lane names on the left
constexpr float kAxisHeight = 20.0f;
constexpr std::size_t kMaxArrows = 400;

// The x axis: ns or events, mapped onto the plot's pixels.
struct Axis {
  double start, end;
  float x0, x1;
  float X(double u) const { return x0 + static_cast<float>((u - start) / (end - start)) * (x1 - x0); }
  double U(float x) const { return start + (x - x0) / (x1 - x0) * (end - start); }
};

double Extent(const TimelineModel& t, bool by_events) {
  return std::max(1.0, by_events ? static_cast<double>(t.end_step()) : static_cast<double>(t.end_time()));
}

double Begin(const Interval& i, bool by_events) { return by_events ? static_cast<double>(i.s0) : static_cast<double>(i.t0); }

double Finish(const Lane& lane, std::size_t k, const TimelineModel& t, bool by_events) {
  const Interval& i = lane.intervals[k];
  const bool open = lane.open && k + 1 == lane.intervals.size();
  if (open) return by_events ? static_cast<double>(t.end_step()) : static_cast<double>(t.end_time());
  return by_events ? static_cast<double>(i.s1) : static_cast<double>(i.t1);
}

// The first interval of `lane` from `from` on that ends at or after u (an open lane's last one
// ends where the timeline ends).
std::size_t FirstEndingAfter(const Lane& lane, double u, const TimelineModel& t, bool by_events,
                             std::size_t from) {
  auto it = std::lower_bound(lane.intervals.begin() + static_cast<std::ptrdiff_t>(from),
                             lane.intervals.end(), u, [by_events](const Interval& i, double v) {
                               return (by_events ? static_cast<double>(i.s1) : static_cast<double>(i.t1)) < v;
                             });
  const std::size_t k = static_cast<std::size_t>(it - lane.intervals.begin());
  const std::size_t last = lane.intervals.size() - 1;
  if (k > last && lane.open && last >= from && Finish(lane, last, t, by_events) >= u) return last;
  return k;
}

// Draws one lane in O(pixels * log intervals): where many intervals share a pixel, one of them
// stands for the rest and the others are skipped by binary search.
void DrawLane(ImDrawList* draw, const Lane& lane, const TimelineModel& t, const Axis& axis,
              float y, float h, bool by_events) {
  const double pixel = (axis.end - axis.start) / std::max(1.0f, axis.x1 - axis.x0);
  // Touching stretches of one colour go out as one rectangle (fewer triangles to rasterise).
  float run_x0 = 0, run_x1 = -1;
  ImU32 run_colour = 0;
  const auto flush = [&] {
    if (run_x1 > run_x0) draw->AddRectFilled(ImVec2(run_x0, y + 2), ImVec2(run_x1, y + h - 2), run_colour);
  };
  std::size_t k = FirstEndingAfter(lane, axis.start, t, by_events, 0);
  while (k < lane.intervals.size()) {
    const Interval& i = lane.intervals[k];
    const double b = Begin(i, by_events);
    if (i.state == GoState::kFinished || b > axis.end) break;
    const double e = Finish(lane, k, t, by_events);
    const float x0 = std::max(axis.X(b), axis.x0);
    const float x1 = std::min(std::max(axis.X(e), x0 + 1.0f), axis.x1);
    const ImU32 colour = palette::ToU32(palette::StateColour(i.state));
    if (colour == run_colour && x0 <= run_x1 + 0.5f) {
      run_x1 = std::max(run_x1, x1);
    } else {
      flush();
      run_x0 = x0, run_x1 = x1, run_colour = colour;
    }
    // The next interval that ends at least a pixel further on.
    k = std::max(k + 1, FirstEndingAfter(lane, std::max(e, b + pixel), t, by_events, k + 1));
  }
  flush();
}

// Arrows whose send is in view and which touch a lane in view (lanes [lane0, lane1), by index),
// at most kMaxArrows of them (evenly thinned when there are more). One-pixel lines: ImGui draws
// them from its font texture, one quad each, which a software renderer fills cheaply.
void DrawArrows(ImDrawList* draw, const TimelineModel& t, const Axis& axis, float top, float h,
                bool by_events, std::int64_t lane0, std::int64_t lane1) {
  const auto& arrows = t.arrows();
  // Sends are in event order: find the ones sent inside the view by their steps.
  const std::uint64_t s0 = by_events ? static_cast<std::uint64_t>(std::max(0.0, axis.start))
                                     : t.StepAtTime(static_cast<std::int64_t>(axis.start) - 1);
  const std::uint64_t s1 = by_events ? static_cast<std::uint64_t>(std::max(0.0, axis.end)) + 1
                                     : t.StepAtTime(static_cast<std::int64_t>(axis.end)) + 1;
  auto by_step = [](const FlowArrow& a, std::uint64_t s) { return a.s_send < s; };
  const auto first = std::lower_bound(arrows.begin(), arrows.end(), s0, by_step);
  const auto last = std::lower_bound(first, arrows.end(), s1, by_step);
  const std::size_t count = static_cast<std::size_t>(last - first);
  const std::size_t stride = std::max<std::size_t>(1, count / kMaxArrows);
  const ImU32 colour = palette::ToU32(palette::WithAlpha(palette::kValue, 0xb0));
  for (auto it = first; it < last; it += static_cast<std::ptrdiff_t>(stride)) {
    const FlowArrow& a = *it;
    if (a.to == 0) continue;
    const bool from_seen = a.from > lane0 && a.from <= lane1, to_seen = a.to > lane0 && a.to <= lane1;
    if (!from_seen && !to_seen) continue;
    const double us = by_events ? static_cast<double>(a.s_send) : static_cast<double>(a.t_send);
    const double ur = by_events ? static_cast<double>(a.s_recv) : static_cast<double>(a.t_recv);
    const ImVec2 p(axis.X(us), top + (static_cast<float>(a.from) - 0.5f) * h);
    const ImVec2 q(axis.X(ur), top + (static_cast<float>(a.to) - 0.5f) * h);
    draw->AddLine(p, q, colour, 1.0f);
    draw->AddRectFilled(ImVec2(q.x - 2, q.y - 2), ImVec2(q.x + 2, q.y + 2), colour);
    if (last - it <= static_cast<std::ptrdiff_t>(stride)) break;
  }
}

void DrawAxis(ImDrawList* draw, const Axis& axis, float y, bool by_events) {
  // About one tick per 120 px, at a round number of units.
  const double span = axis.end - axis.start;
  double step = std::pow(10.0, std::floor(std::log10(span / ((axis.x1 - axis.x0) / 120.0))));
  if (span / step > (axis.x1 - axis.x0) / 60.0) step *= 5;
  for (double u = std::ceil(axis.start / step) * step; u <= axis.end; u += step) {
    const float x = axis.X(u);
    draw->AddLine(ImVec2(x, y + kAxisHeight - 6), ImVec2(x, y + kAxisHeight), palette::ToU32(palette::kTextFaint));
    char label[32];
    // (NanumGothic has no µ: microseconds are written "us", as Go accepts in durations.)
    if (by_events) {
      std::snprintf(label, sizeof label, "%.0f", u);
    } else if (step >= 1e8) {
      std::snprintf(label, sizeof label, "%.1fs", u / 1e9);
    } else if (step >= 1e5) {
      std::snprintf(label, sizeof label, "%gms", u / 1e6);
    } else if (step >= 1e2) {
      std::snprintf(label, sizeof label, "%gus", u / 1e3);
    } else {
      std::snprintf(label, sizeof label, "%.0fns", u);
    }
    draw->AddText(ImVec2(x + 3, y), palette::ToU32(palette::kTextDim), label);
  }
}

void HandleZoomPan(TimelineViewState& state, const Axis& axis, bool hovered, double extent) {
  const ImGuiIO& io = ImGui::GetIO();
  double span = state.view_end - state.view_start;
  if (hovered && io.MouseWheel != 0.0f && !io.KeyShift) {
    const double anchor = axis.U(io.MousePos.x);
    const double factor = std::pow(0.85, io.MouseWheel);
    span = std::clamp(span * factor, 1.0, extent * 1.05);
    const double left_share = (anchor - state.view_start) / (state.view_end - state.view_start);
    state.view_start = anchor - span * left_share;
    state.view_end = state.view_start + span;
    state.follow = false;
  }
  if (hovered && ImGui::IsMouseDragging(ImGuiMouseButton_Right)) {
    const double du = -io.MouseDelta.x / (axis.x1 - axis.x0) * span;
    state.view_start += du;
    state.view_end += du;
    state.follow = false;
  }
  if (hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Right)) state.follow = true;
}

}  // namespace

std::optional<std::uint64_t> DrawTimeline(const TimelineModel& timeline, const StageModel& model,
                                          TimelineViewState& state, const Fonts& fonts,
                                          const UiText& ui) {
  ImGui::Checkbox(ui.events_axis, &state.by_events);
  ImGui::SameLine();
  ImGui::Checkbox(ui.send_arrows, &state.show_arrows);
  ImGui::SameLine();
  if (ImGui::Button(ui.fit)) state.follow = true;
  ImGui::SameLine();
  // The mouse controls, or a "(?)" that tells them on hover where the panel is too narrow.
  TextOrShorter(palette::kTextFaint, ui.timeline_hint, "(?)", ui.timeline_hint);
  const double extent = Extent(timeline, state.by_events);
  if (state.follow) {
    state.view_start = 0.0;
    state.view_end = extent;
  }

  const float h = std::max(state.lane_height, ImGui::GetFontSize() + 2.0f);  // follows the UI scale
  const auto lanes = static_cast<float>(timeline.lanes().size());
  ImGui::BeginChild("timeline_lanes", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollWithMouse);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const float visible_h = ImGui::GetContentRegionAvail().y;
  // The scroll position comes from a vertical drag of the lane names (the wheel zooms).
  ImGui::InvisibleButton("plot", ImVec2(width, std::max(visible_h, kAxisHeight + lanes * h)),
                         ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight);
  const bool hovered = ImGui::IsItemHovered();
  Axis axis{state.view_start, state.view_end, origin.x + kLabelWidth, origin.x + width - 8.0f};
  HandleZoomPan(state, axis, hovered, extent);
  axis.start = state.view_start;
  axis.end = state.view_end;

  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float top = origin.y + kAxisHeight;
  const float clip_top = ImGui::GetWindowPos().y;
  const float clip_bottom = clip_top + ImGui::GetWindowSize().y;
  DrawAxis(draw, axis, std::max(origin.y, clip_top), state.by_events);
  const std::size_t first = static_cast<std::size_t>(std::max(0.0f, (clip_top - top) / h));
  std::size_t end = first;  // one past the last lane in view
  for (std::size_t i = first; i < timeline.lanes().size(); ++i, end = i) {
    const float y = top + static_cast<float>(i) * h;
    if (y > clip_bottom) break;
    const Lane& lane = timeline.lanes()[i];
    const std::string name = "G" + std::to_string(lane.g) + " " + lane.function;
    draw->AddText(fonts.ui, h * 0.8f, ImVec2(origin.x + 4, y + 1),
                  palette::ToU32(palette::GoroutineColour(lane.colour)), name.c_str());
    DrawLane(draw, lane, timeline, axis, y, h, state.by_events);
  }
  if (state.show_arrows)
    DrawArrows(draw, timeline, axis, top, h, state.by_events, static_cast<std::int64_t>(first),
               static_cast<std::int64_t>(end));
  // The playhead: where the app is now.
  const double now = state.by_events ? static_cast<double>(model.step) : static_cast<double>(timeline.TimeAtStep(model.step));
  const float px = axis.X(now);
  draw->AddLine(ImVec2(px, clip_top), ImVec2(px, clip_bottom), palette::ToU32(palette::kAccent), 2.0f);

  std::optional<std::uint64_t> seek;
  if (ImGui::IsItemActivated() && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) state.seeking = true;
  if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) state.seeking = false;
  if (state.seeking && ImGui::GetIO().MousePos.x >= axis.x0) {
    const double u = std::clamp(axis.U(ImGui::GetIO().MousePos.x), 0.0, extent);
    seek = state.by_events ? static_cast<std::uint64_t>(std::llround(u))
                           : timeline.StepAtTime(static_cast<std::int64_t>(u));
    if (*seek == model.step) seek.reset();
  }
  ImGui::EndChild();
  return seek;
}

}  // namespace chanscope
