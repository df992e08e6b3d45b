// chanscope: the GUI. Dear ImGui + GLFW + OpenGL 3.3 core, phased like ImGui's example main.cpp.
#include <glad/gl.h>  // before GLFW, which then includes no GL header of its own
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <clocale>
#include <cstdio>
#include <string>

#include "app_options.h"
#include "demo_panel.h"
#include "fonts.h"
#include "palette.h"
#include "screenshot.h"

namespace {

constexpr int kWindowWidth = 1600;
constexpr int kWindowHeight = 900;
constexpr float kScreenshotFrameSeconds = 1.0f / 60.0f;
constexpr const char* kGlslVersion = "#version 330 core";

// GLFW reports failures through a callback; keep the last one for our single error line.
std::string g_glfw_error;
void OnGlfwError(int code, const char* description) {
  g_glfw_error = std::to_string(code) + ": " + description;
}

int FailNoDisplay(const char* what) {
  std::fprintf(stderr,
               "chanscope: cannot %s (%s); a display is needed: set DISPLAY, or run under "
               "xvfb-run for --screenshot\n",
               what, g_glfw_error.empty() ? "no details" : g_glfw_error.c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  // --- Command line ----------------------------------------------------------------------------
  int exit_code = 0;
  const auto options = chanscope::ParseAppOptions(argc, argv, exit_code);
  if (!options) return exit_code;
  const bool screenshot_mode = !options->screenshot_path.empty();

  // --- Setup: window and OpenGL 3.3 core context -------------------------------------------------
  std::setlocale(LC_CTYPE, "");  // lets GLFW's X11 input method commit Korean text
  glfwSetErrorCallback(OnGlfwError);
  if (!glfwInit()) return FailNoDisplay("initialise GLFW");
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  glfwWindowHint(GLFW_RESIZABLE, screenshot_mode ? GLFW_FALSE : GLFW_TRUE);
  GLFWwindow* window = glfwCreateWindow(kWindowWidth, kWindowHeight, "Chanscope", nullptr, nullptr);
  if (!window) {
    glfwTerminate();
    return FailNoDisplay("create an OpenGL 3.3 window");
  }
  glfwMakeContextCurrent(window);
  glfwSwapInterval(screenshot_mode ? 0 : 1);  // screenshots need not wait for vsync
  if (!gladLoadGL(glfwGetProcAddress)) {
    std::fprintf(stderr, "chanscope: cannot load OpenGL 3.3 functions\n");
    glfwDestroyWindow(window);
    glfwTerminate();
    return 1;
  }

  // --- Setup: Dear ImGui -------------------------------------------------------------------------
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // the layout is computed from the window size every frame
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  chanscope::palette::ApplyTheme(ImGui::GetStyle());
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init(kGlslVersion);

  // --- Fonts -------------------------------------------------------------------------------------
  const chanscope::Fonts fonts = chanscope::LoadFonts(io, 1.0f);

  chanscope::DemoPanel panel(*options, fonts);

  // --- Main loop ---------------------------------------------------------------------------------
  int frame = 0;
  while (!glfwWindowShouldClose(window)) {
    glfwPollEvents();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();

    // Screenshots advance a fixed 1/60 s per frame, so the same --frames gives the same picture.
    panel.Update(screenshot_mode ? kScreenshotFrameSeconds : io.DeltaTime);
    panel.Draw();

    // --- Render ----------------------------------------------------------------------------------
    ImGui::Render();
    int width = 0, height = 0;
    glfwGetFramebufferSize(window, &width, &height);
    glViewport(0, 0, width, height);
    const ImVec4 clear = chanscope::palette::ToVec4(chanscope::palette::kBackground);
    glClearColor(clear.x, clear.y, clear.z, clear.w);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    if (screenshot_mode && ++frame >= options->frames) {
      std::string error;
      if (!chanscope::SaveBackBufferPng(options->screenshot_path, width, height, error)) {
        std::fprintf(stderr, "chanscope: screenshot failed: %s\n", error.c_str());
        exit_code = 1;
      }
      glfwSetWindowShouldClose(window, GLFW_TRUE);
    }
    glfwSwapBuffers(window);
  }

  // --- Cleanup -----------------------------------------------------------------------------------
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window);
  glfwTerminate();
  return exit_code;
}
