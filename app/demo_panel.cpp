// Placeholder until the kernel (runtime/core) exists: one pane saying what will appear here.
#include "demo_panel.h"

#include <imgui.h>

#include "palette.h"

namespace chanscope {

DemoPanel::DemoPanel(const AppOptions& options, const Fonts& fonts)
    : options_(options), fonts_(fonts) {}

void DemoPanel::Update() {}

void DemoPanel::Draw() {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  ImGui::Begin("Chanscope", nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize);
  ImGui::TextColored(palette::ToVec4(palette::kWarning), "The kernel is not built yet.");
  ImGui::TextWrapped("Goroutines, channels and the trace of the built-in demo appear here.");
  ImGui::Text("seed %llu, procs %d", static_cast<unsigned long long>(options_.seed),
              options_.procs);
  ImGui::PushFont(fonts_.mono);
  ImGui::TextUnformatted("안녕하세요, 고루틴! ch <- v");
  ImGui::PopFont();
  ImGui::End();
}

}  // namespace chanscope
