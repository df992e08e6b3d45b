// The window's tiles: a toolbar on top; the program and its output on the left; the stage on the
// right, above the goroutine inspector and the timeline.
#pragma once

#include <imgui.h>

namespace chanscope {

struct Rect {
  ImVec2 pos;
  ImVec2 size;
};

struct Layout {
  Rect toolbar;
  Rect program;     // left column, top: the Go source
  Rect output;      // left column, bottom: what the program printed
  Rect stage;       // right area, top: the animation
  Rect goroutines;  // right area, bottom left: the inspector
  Rect trace;       // right area, bottom right: timeline, processors, trace
};

// Splits the area at `origin` of `size` into tiles; recomputed every frame, so the tiles follow
// the window when it is resized.
Layout ComputeLayout(ImVec2 origin, ImVec2 size);

// A tile is an ImGui window that cannot be moved or resized. Always pair with EndPane().
bool BeginPane(const char* title, const Rect& rect, ImGuiWindowFlags extra_flags = 0);
void EndPane();

}  // namespace chanscope
