// KeyQueue: GLFW's key and character events, delivered to ImGui's backend in order, holding back
// the rest of the queue when a frame would not see a pressed key down.
#include "key_queue.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>

#include <algorithm>
#include <deque>
#include <vector>

namespace chanscope {
namespace {

struct InputEvent {
  bool is_char = false;
  int key = 0, scancode = 0, action = 0, mods = 0;  // a key event
  unsigned int codepoint = 0;                        // a character
};

// GLFW calls back with plain functions: the queue lives here, for the one window.
std::deque<InputEvent> g_queue;

void OnKey(GLFWwindow*, int key, int scancode, int action, int mods) {
  g_queue.push_back({false, key, scancode, action, mods, 0});
}

void OnChar(GLFWwindow*, unsigned int codepoint) { g_queue.push_back({true, 0, 0, 0, 0, codepoint}); }

}  // namespace

void InstallKeyQueue(GLFWwindow* window) {
  glfwSetKeyCallback(window, OnKey);
  glfwSetCharCallback(window, OnChar);
}

void DeliverQueuedKeys(GLFWwindow* window) {
  std::vector<int> changed;  // keys that went down or up this frame
  bool pressed = false;      // some key went down this frame
  while (!g_queue.empty()) {
    const InputEvent& e = g_queue.front();
    if (e.is_char) {
      ImGui_ImplGlfw_CharCallback(window, e.codepoint);
    } else if (e.action == GLFW_REPEAT) {
      ImGui_ImplGlfw_KeyCallback(window, e.key, e.scancode, e.action, e.mods);
    } else {
      // The frame must see every key that went down still down, together with the modifiers
      // held with it (synthetic input lets go of Ctrl before the S of Ctrl+S): a second change
      // of one key, or a release after a press, waits for the next frame with all that follows.
      const bool again = std::find(changed.begin(), changed.end(), e.key) != changed.end();
      if (again || (pressed && e.action == GLFW_RELEASE)) return;
      changed.push_back(e.key);
      pressed = pressed || e.action == GLFW_PRESS;
      ImGui_ImplGlfw_KeyCallback(window, e.key, e.scancode, e.action, e.mods);
    }
    g_queue.pop_front();
  }
}

}  // namespace chanscope
