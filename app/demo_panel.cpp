// DemoPanel: playback controls plus the goroutine, channel, trace, output and source panes.
#include "demo_panel.h"

#include <imgui.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "channel_view.h"
#include "goroutine_view.h"
#include "layout.h"
#include "palette.h"
#include "text_views.h"

namespace chanscope {
namespace {

core::Config ConfigFrom(const AppOptions& options) {
  return core::Config{.seed = options.seed.value_or(1), .procs = options.procs.value_or(1)};
}

std::string ExpandTabs(std::string_view text) {
  std::string out;
  for (char ch : text) out += ch == '\t' ? std::string(4, ' ') : std::string(1, ch);
  return out;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

const char* OutcomeText(const core::Outcome& outcome) {
  switch (outcome.state) {
    case core::RunState::kRunning: return "running";
    case core::RunState::kExited: return "exited";
    case core::RunState::kDeadlock: return "deadlock!";
    case core::RunState::kPanic: return "panic";
    case core::RunState::kFatal: return "fatal error";
    case core::RunState::kStepLimit: return "step limit reached";
  }
  return "?";
}

}  // namespace

namespace {

// The built-in demo, or the Go file the user opened, run by the interpreter.
Playback MakePlayback(const AppOptions& options, const std::string& source) {
  if (options.program_file.empty()) return Playback(ConfigFrom(options));
  return Playback(ConfigFrom(options), options.program_file, source);
}

}  // namespace

DemoPanel::DemoPanel(const AppOptions& options, const Fonts& fonts)
    : fonts_(fonts),
      program_text_(options.program_file.empty() ? "" : ReadFile(options.program_file)),
      playback_(MakePlayback(options, program_text_)) {
  if (options.program_file.empty()) {
    source_ = ExpandTabs(demo::kPingPongGoSource);
    source_title_ = "Program: ping-pong (built-in demo)";
    return;
  }
  source_ = ExpandTabs(program_text_);
  source_title_ = "Program: " + options.program_file;
}

void DemoPanel::Update(float seconds) {
  HandleKeys();
  if (!playing_ || playback_.finished()) return;
  pending_events_ += events_per_second_ * seconds;
  const auto whole = static_cast<std::uint64_t>(pending_events_);
  pending_events_ -= static_cast<float>(whole);
  playback_.Advance(whole);
}

void DemoPanel::HandleKeys() {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput) return;
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Space), false)) playing_ = !playing_;
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_RightArrow))) {
    playing_ = false;
    playback_.Advance(1);
  }
}

void DemoPanel::Draw() {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const Layout layout = ComputeLayout(viewport->WorkPos, viewport->WorkSize);

  if (BeginPane("##toolbar", layout.toolbar, ImGuiWindowFlags_NoTitleBar)) DrawToolbar();
  EndPane();

  if (BeginPane(source_title_.c_str(), layout.program)) {
    if (!notice_.empty()) {
      ImGui::PushTextWrapPos();
      ImGui::TextColored(palette::ToVec4(palette::kWarning), "%s", notice_.c_str());
      ImGui::PopTextWrapPos();
    }
    DrawSource(source_, fonts_);
  }
  EndPane();

  if (BeginPane("Output", layout.output)) DrawOutput(playback_.output(), fonts_);
  EndPane();
  if (BeginPane("Goroutines", layout.goroutines)) DrawGoroutineTable(playback_.goroutines());
  EndPane();
  if (BeginPane("Channels", layout.channels)) DrawChannels(playback_.Channels(), fonts_);
  EndPane();
  if (BeginPane("Trace: the last 20 kernel events", layout.trace))
    DrawTraceLines(playback_.RecentEvents(kTraceLines), fonts_);
  EndPane();
}

void DemoPanel::DrawToolbar() {
  const bool finished = playback_.finished();
  ImGui::BeginDisabled(finished);
  if (ImGui::Button(playing_ && !finished ? "Pause" : "Play", ImVec2(80, 0))) playing_ = !playing_;
  ImGui::SameLine();
  if (ImGui::Button("Step", ImVec2(80, 0))) {
    playing_ = false;
    playback_.Advance(1);
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button("Restart", ImVec2(80, 0))) {
    playback_.Restart();
    pending_events_ = 0.0f;
  }
  ImGui::SameLine(0, 24);
  ImGui::SetNextItemWidth(200);
  ImGui::SliderFloat("##speed", &events_per_second_, 1.0f, 240.0f, "%.0f events/s",
                     ImGuiSliderFlags_Logarithmic);
  ImGui::SameLine(0, 32);
  DrawStatus();
}

void DemoPanel::DrawStatus() {
  const std::int64_t now = playback_.now();
  ImGui::TextColored(palette::ToVec4(palette::kTextDim), "virtual clock");
  ImGui::SameLine();
  ImGui::PushFont(fonts_.mono);
  ImGui::TextColored(palette::ToVec4(palette::kClock), "%s", FormatClock(now).c_str());
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::TextColored(palette::ToVec4(palette::kTextDim), "(t = %.3f s)   step %llu",
                     static_cast<double>(now) / 1e9,
                     static_cast<unsigned long long>(playback_.step()));
  ImGui::SameLine(0, 24);
  const core::Outcome& outcome = playback_.outcome();
  const bool bad =
      outcome.state != core::RunState::kRunning && outcome.state != core::RunState::kExited;
  ImGui::TextColored(palette::ToVec4(bad ? palette::kError : palette::kStateRunning), "%s",
                     OutcomeText(outcome));
  ImGui::SameLine(0, 24);
  const core::Config& config = playback_.config();
  ImGui::TextColored(palette::ToVec4(palette::kTextDim), "seed %llu   procs %d   policy %s",
                     static_cast<unsigned long long>(config.seed), config.procs,
                     std::string(core::PolicyName(config.policy)).c_str());
}

}  // namespace chanscope
