// Keyboard input for Dear ImGui 1.86, a frame at a time. ImGui 1.86 reads keys as held-down
// state once per frame, so a key pressed and released between two frames (a quick tap during a
// slow frame on a software-rendered classroom laptop, or synthetic input from xdotool) was never
// seen. The queue hands GLFW's key and character events to ImGui's GLFW backend in their order,
// a frame at a time, so that every frame sees each key pressed in it still down (ImGui 1.87 later
// queued input the same way).
#pragma once

struct GLFWwindow;

namespace chanscope {

// Takes over the backend's key and character callbacks: call after ImGui_ImplGlfw_InitForOpenGL.
void InstallKeyQueue(GLFWwindow* window);
// Hands this frame's share of the queued events to the backend: call after glfwPollEvents.
void DeliverQueuedKeys(GLFWwindow* window);

}  // namespace chanscope
