// Shell: the toolbar (run controls, speed, seed, GOMAXPROCS, policy, status), the panels in
// their layout, and the splitters between them.
#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <random>
#include <string>

#include "console_panel.h"
#include "processors_view.h"
#include "palette.h"
#include "shell.h"
#include "text_fit.h"
#include "text_views.h"

namespace chanscope {
namespace {

// Room the speed, seed, GOMAXPROCS, policy and status need, in font heights.
constexpr float kToolbarSettingsEms = 52.0f;

constexpr ImGuiWindowFlags kPaneFlags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                        ImGuiWindowFlags_NoCollapse |
                                        ImGuiWindowFlags_NoSavedSettings;

// A panel is an ImGui window pinned to its box. Returns false when there is nothing to draw.
bool BeginPanel(const char* title, const char* id, const Box& box) {
  if (box.empty()) return false;
  ImGui::SetNextWindowPos(ImVec2(box.x, box.y));
  ImGui::SetNextWindowSize(ImVec2(box.w, box.h));
  const std::string label = std::string(title) + "###" + id;
  const bool open = ImGui::Begin(label.c_str(), nullptr, kPaneFlags);
  if (!open) ImGui::End();
  return open;
}

double Luminance(palette::Colour c) { return 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b; }

// The theme's text or background colour, whichever contrasts more with `fill`.
palette::Colour ReadableOn(palette::Colour fill) {
  const double l = Luminance(fill);
  return std::abs(Luminance(palette::kText) - l) > std::abs(Luminance(palette::kBackground) - l)
             ? palette::kText
             : palette::kBackground;
}

// Go's own words for how a program failed; ours for how it ended otherwise.
const char* OutcomeWord(const core::Outcome& outcome, const UiText& ui) {
  switch (outcome.state) {
    case core::RunState::kRunning: return nullptr;
    case core::RunState::kExited: return ui.exited;
    case core::RunState::kDeadlock: return "deadlock!";
    case core::RunState::kPanic: return "panic";
    case core::RunState::kFatal: return "fatal error";
    case core::RunState::kStepLimit: return ui.step_limit;
  }
  return nullptr;
}

}  // namespace

void Shell::DrawToolbar() {
  const UiText& t = ui();
  const float button_w = ImGui::GetFontSize() * 5.5f;
  const bool can_move = run_.compiled() || document_.needs_build;
  ImGui::BeginDisabled(!can_move);
  // Run stands out: the accent colour, with whichever text colour reads best on it.
  ImGui::PushStyleColor(ImGuiCol_Button, palette::ToVec4(palette::kAccentActive));
  ImGui::PushStyleColor(ImGuiCol_Text, palette::ToVec4(ReadableOn(palette::kAccentActive)));
  if (ImGui::Button(run_.playing() ? t.pause : t.run, ImVec2(button_w, 0))) TogglePlay();
  ImGui::PopStyleColor(2);
  ImGui::SameLine();
  if (ImGui::Button(t.step, ImVec2(button_w, 0))) StepForward();
  ImGui::SameLine();
  if (ImGui::Button(t.step_line, ImVec2(button_w, 0))) StepLine();
  ImGui::SameLine();
  ImGui::BeginDisabled(run_.playback().step() == 0);
  if (ImGui::Button(t.step_back, ImVec2(button_w, 0))) StepBack();
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button(t.restart, ImVec2(button_w, 0))) Restart();
  ImGui::EndDisabled();
  // The settings and status go on a second row when the window (or a large UI scale) leaves
  // too little room beside the buttons; the toolbar's height follows next frame.
  const float settings_w = ImGui::GetFontSize() * kToolbarSettingsEms;
  const float room = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x -
                     ImGui::GetItemRectMax().x;
  toolbar_rows_ = room < settings_w ? 2 : 1;
  if (toolbar_rows_ == 1) ImGui::SameLine(0, ImGui::GetFontSize() * 1.5f);
  DrawRunSettings();
  ImGui::SameLine(0, ImGui::GetFontSize() * 1.5f);
  DrawStatus();
}

void Shell::DrawRunSettings() {
  const UiText& t = ui();
  // Speed: a logarithmic slider, slow motion on the left, as fast as possible at the right end.
  float speed = static_cast<float>(run_.events_per_second);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
  const std::string format = run_.fastest() ? t.fastest : t.per_second;
  if (ImGui::SliderFloat("##speed", &speed, RunController::kMinEventsPerSecond,
                         RunController::kMaxEventsPerSecond, format.c_str(),
                         ImGuiSliderFlags_Logarithmic))
    run_.events_per_second = speed;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s: %s", t.speed, t.speed_tip);

  ImGui::SameLine();
  ImGui::TextColored(palette::ToVec4(palette::kTextDim), "%s", t.seed);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 4);
  const bool new_seed_typed =
      ImGui::InputScalar("##seed", ImGuiDataType_U64, &seed_, nullptr, nullptr, "%llu",
                         ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  const bool new_seed_drawn = ImGui::Button(t.new_seed);
  if (new_seed_drawn) seed_ = std::random_device{}() % 100000;
  if (new_seed_typed || new_seed_drawn) Restart();

  ImGui::SameLine();
  ImGui::TextColored(palette::ToVec4(palette::kTextDim), "%s", t.procs);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
  if (ImGui::SliderInt("##procs", &procs_, 1, 8)) Restart();

  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
  if (ImGui::BeginCombo("##policy", t.policy_names[static_cast<int>(policy_)])) {
    for (core::Policy p : {core::Policy::kGo, core::Policy::kRandom, core::Policy::kManual}) {
      if (ImGui::Selectable(t.policy_names[static_cast<int>(p)], p == policy_) && p != policy_) {
        policy_ = p;
        Restart();
      }
    }
    ImGui::EndCombo();
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", t.policy);
}

void Shell::DrawStatus() {
  const Playback& playback = run_.playback();
  ImGui::TextColored(palette::ToVec4(palette::kTextDim), "%s %llu", ui().step_count,
                     static_cast<unsigned long long>(playback.step()));
  ImGui::SameLine();
  ImGui::TextColored(palette::ToVec4(palette::kClock), "%s", FormatClock(playback.now()).c_str());
  if (const char* word = OutcomeWord(playback.outcome(), ui())) {
    ImGui::SameLine();
    const bool bad = playback.outcome().state != core::RunState::kExited;
    ImGui::TextColored(palette::ToVec4(bad ? palette::kError : palette::kStateRunning), "%s", word);
  }
  if (!notice_.empty()) {
    // As much as fits before the window's edge; all of it on hover.
    ImGui::SameLine();
    const std::string shortened = FitText(notice_, ImGui::GetContentRegionAvail().x, [](std::string_view s) {
      return ImGui::CalcTextSize(s.data(), s.data() + s.size()).x;
    });
    TextOrShorter(palette::kWarning, notice_, shortened, notice_);
  }
}

// "Code: main.go", and where the run stopped before a line: "· G2 stopped before line 13".
std::string Shell::CodeTitle() const {
  std::string title = std::string(ui().code) + ": " + document_.file_name;
  if (const auto& stop = run_.playback().line_stop())
    title += "  \xC2\xB7  " + Fill(ui().line_stop, {std::to_string(stop->g), std::to_string(stop->line)});
  return title;
}

void Shell::DrawPanels(const ShellLayout& layout) {
  const UiText& t = ui();
  // The goroutines looked at closely (open inspector rows, the selected and hovered cards)
  // get their stacks with locals in the stage model.
  std::vector<std::int64_t> detailed(inspector_view_.expanded.begin(), inspector_view_.expanded.end());
  detailed.push_back(inspector_view_.selected);
  detailed.push_back(stage_view_.hovered);
  run_.playback().SetDetailed(std::move(detailed));
  if (BeginPanel(t.lessons, "lesson", layout.lesson)) {
    const bool answered = run_.runs_finished() > runs_at_open_;
    const LessonPanel::Result result = lesson_panel_.Draw(
        catalog_, document_.lesson, completed_, answered, run_.playback().output(), settings_.language,
        fonts_, t);
    ImGui::End();
    if (result.open) OpenLesson(*result.open);
  }
  if (BeginPanel(CodeTitle().c_str(), "code", layout.code)) {
    if (code_panel_.Draw(document_.text, run_, fonts_, t).text_changed) OnTextEdited();
    ImGui::End();
  }
  if (BeginPanel(t.console, "console", layout.console)) {
    if (const SourceLink* link = DrawConsole(console_, fonts_, t)) code_panel_.ShowLine(link->line);
    ImGui::End();
  }
  if (BeginPanel(t.stage, "stage", layout.stage)) {
    DrawStage();
    ImGui::End();
  }
  if (BeginPanel(t.inspector, "inspector", layout.inspector)) {
    DrawInspector();
    ImGui::End();
  }
  if (BeginPanel(t.timeline, "timeline", layout.timeline)) {
    DrawTimeline();
    ImGui::End();
  }
}

// The splitters sit in the gaps between panels, on a window behind them all.
void Shell::DrawSplitters(const ShellLayout& layout) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  ImGui::Begin("##splitters", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground |
                   ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoFocusOnAppearing);
  for (std::size_t i = 0; i < layout.splitters.size(); ++i) {
    const Splitter& s = layout.splitters[i];
    ImGui::SetCursorScreenPos(ImVec2(s.bar.x, s.bar.y));
    ImGui::PushID(static_cast<int>(i));
    ImGui::InvisibleButton("splitter", ImVec2(std::max(1.0f, s.bar.w), std::max(1.0f, s.bar.h)));
    ImGui::PopID();
    const bool active = ImGui::IsItemActive();
    if (ImGui::IsItemHovered() || active) {
      ImGui::SetMouseCursor(s.vertical ? ImGuiMouseCursor_ResizeEW : ImGuiMouseCursor_ResizeNS);
      ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(s.bar.x, s.bar.y),
                                                ImVec2(s.bar.x + s.bar.w, s.bar.y + s.bar.h),
                                                palette::ToU32(palette::kAccent));
    }
    if (active) {
      const ImVec2 mouse = ImGui::GetMousePos();
      settings_.layout.*(s.share) = s.ShareAt(s.vertical ? mouse.x : mouse.y);
    }
  }
  ImGui::End();
}

// --- The run's views (h-guistage): stage, inspector, timeline and processors, sharing the
// selected goroutine. ---------------------------------------------------------------------------

void Shell::DrawStage() {
  // Animations last a few hundred ms at the default speed and scale with the speed control.
  const float speed = static_cast<float>(run_.events_per_second / RunController::kDefaultEventsPerSecond);
  stage_view_.selected = inspector_view_.selected;
  const auto& choice = run_.playback().pending_choice();
  if (auto option = chanscope::DrawStage(run_.playback().stage(), stage_view_, fonts_, ui(), speed,
                                         choice ? &*choice : nullptr))
    run_.Choose(*option);
  inspector_view_.selected = stage_view_.selected;
}

void Shell::DrawInspector() {
  chanscope::DrawInspector(run_.playback().stage(), inspector_view_, fonts_, ui());
}

void Shell::DrawTimeline() {
  if (!ImGui::BeginTabBar("timeline_tabs")) return;
  const std::string timeline = std::string(ui().timeline) + "###timeline_tab";
  const std::string processors = std::string(ui().processors) + "###processors_tab";
  const std::string trace = std::string(ui().trace) + "###trace_tab";
  if (ImGui::BeginTabItem(timeline.c_str())) {
    const Playback& playback = run_.playback();
    if (auto step = chanscope::DrawTimeline(playback.timeline(), playback.stage(), timeline_view_, fonts_, ui()))
      run_.SeekTo(*step);
    ImGui::EndTabItem();
  }
  if (ImGui::BeginTabItem(processors.c_str())) {
    DrawProcessors(run_.playback().stage(), ui());
    ImGui::EndTabItem();
  }
  if (ImGui::BeginTabItem(trace.c_str())) {
    DrawTraceLines(run_.playback().RecentEvents(40), fonts_);
    ImGui::EndTabItem();
  }
  ImGui::EndTabBar();
}

}  // namespace chanscope
