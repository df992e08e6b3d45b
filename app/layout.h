// The window's tiles: a toolbar on top; the program and its output on the left; goroutines and
// channels side by side on the right, above the trace.
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
  Rect goroutines;  // right area, top left
  Rect channels;    // right area, top right
  Rect trace;       // right area, bottom: wide, so whole trace lines fit
};

// Splits the area at `origin` of `size` into tiles; recomputed every frame, so the tiles follow
// the window when it is resized.
Layout ComputeLayout(ImVec2 origin, ImVec2 size);

// A tile is an ImGui window that cannot be moved or resized. Always pair with EndPane().
bool BeginPane(const char* title, const Rect& rect, ImGuiWindowFlags extra_flags = 0);
void EndPane();

}  // namespace chanscope
