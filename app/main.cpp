// chanscope: the GUI. Dear ImGui + GLFW + OpenGL 3.3 core, phased like ImGui's example main.cpp:
// command line, setup, fonts, main loop, render, cleanup.
#include <glad/gl.h>  // before GLFW, which then includes no GL header of its own
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <clocale>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "app_options.h"
#include "key_queue.h"
#include "palette.h"
#include "screenshot.h"
#include "settings.h"
#include "shell.h"
#include "user_dirs.h"

namespace {

constexpr float kAutomatedFrameSeconds = 1.0f / 60.0f;  // screenshots: same --frames, same picture
// The shortest frame of an interactive run: a display without vsync (Xvfb, some remote desktops)
// would otherwise be redrawn as fast as a core allows. Below 60 Hz vsync's own period, so with
// vsync it never adds a wait.
constexpr std::chrono::microseconds kMinFramePeriod{1'000'000 / 75};
constexpr const char* kGlslVersion = "#version 330 core";

// GLFW reports failures through a callback; keep the last one for our single error line.
std::string g_glfw_error;
void OnGlfwError(int code, const char* description) {
  g_glfw_error = std::to_string(code) + ": " + description;
}

// Files dropped on the window, opened at the start of the next frame.
std::vector<std::string> g_dropped;
void OnDrop(GLFWwindow*, int count, const char** paths) {
  for (int i = 0; i < count; ++i) g_dropped.emplace_back(paths[i]);
}

int FailNoDisplay(const char* what) {
  std::fprintf(stderr,
               "chanscope: cannot %s (%s); a display is needed: set DISPLAY, or run under "
               "xvfb-run for --screenshot\n",
               what, g_glfw_error.empty() ? "no details" : g_glfw_error.c_str());
  return 1;
}

GLFWwindow* CreateWindow(const chanscope::AppOptions& options) {
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  glfwWindowHint(GLFW_RESIZABLE, options.automated() ? GLFW_FALSE : GLFW_TRUE);
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);  // HiDPI: the window keeps its apparent size
  return glfwCreateWindow(options.width, options.height, "Chanscope", nullptr, nullptr);
}

// --status-file: rewritten whenever what it says changes, atomically (a test polling it never
// reads half a file).
void UpdateStatusFile(const std::string& path, const std::string& status) {
  static std::string written;
  if (status == written) return;
  if (chanscope::WriteFileAtomically(path, status)) written = status;
}

// The median and 95th percentile of frame times, for --bench-frames.
void PrintFrameTimes(std::vector<double> ms) {
  std::sort(ms.begin(), ms.end());
  const auto at = [&ms](double q) { return ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * ms.size()))]; };
  std::printf("frames=%zu frame_ms_median=%.2f frame_ms_p95=%.2f\n", ms.size(), at(0.5), at(0.95));
}

}  // namespace

int main(int argc, char** argv) {
  // --- Command line ----------------------------------------------------------------------------
  int exit_code = 0;
  const auto options = chanscope::ParseAppOptions(argc, argv, exit_code);
  if (!options) return exit_code;

  // --- Setup: window and OpenGL 3.3 core context -------------------------------------------------
  std::setlocale(LC_CTYPE, "");  // lets GLFW's X11 input method commit Korean text
  glfwSetErrorCallback(OnGlfwError);
  if (!glfwInit()) return FailNoDisplay("initialise GLFW");
  GLFWwindow* window = CreateWindow(*options);
  if (!window) {
    glfwTerminate();
    return FailNoDisplay("create an OpenGL 3.3 window");
  }
  glfwMakeContextCurrent(window);
  glfwSwapInterval(options->automated() ? 0 : 1);  // screenshots and benchmarks skip vsync
  if (!gladLoadGL(glfwGetProcAddress)) {
    std::fprintf(stderr, "chanscope: cannot load OpenGL 3.3 functions\n");
    glfwDestroyWindow(window);
    glfwTerminate();
    return 1;
  }
  glfwSetDropCallback(window, OnDrop);

  // --- Setup: Dear ImGui -------------------------------------------------------------------------
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  // ImGui's own ini (window state) lives with the preferences, never in the working directory.
  const std::string ini_file = (chanscope::ConfigDir() / "imgui.ini").string();
  io.IniFilename = options->automated() || !chanscope::EnsureDir(chanscope::ConfigDir())
                       ? nullptr
                       : ini_file.c_str();
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  chanscope::InstallKeyQueue(window);
  ImGui_ImplOpenGL3_Init(kGlslVersion);

  // --- Fonts: built by the shell at the UI scale, rebuilt when it changes --------------------------
  {
    chanscope::Shell shell(*options, window);
    if (!shell.startup_error().empty()) {
      std::fprintf(stderr, "chanscope: %s\n", shell.startup_error().c_str());
      exit_code = 2;
      glfwSetWindowShouldClose(window, GLFW_TRUE);
    }
    if (options->bench_frames > 0) {
      shell.run().events_per_second = chanscope::RunController::kMaxEventsPerSecond;
      shell.run().SetPlaying(true);
    }

    // --- Main loop -------------------------------------------------------------------------------
    using Clock = std::chrono::steady_clock;
    std::vector<double> frame_ms;
    int frame = 0;
    while (!glfwWindowShouldClose(window) && !shell.quit_requested()) {
      const Clock::time_point frame_start = Clock::now();
      glfwPollEvents();
      chanscope::DeliverQueuedKeys(window);
      for (const std::string& file : g_dropped) shell.OpenFile(file);
      g_dropped.clear();
      shell.BeforeFrame();
      ImGui_ImplOpenGL3_NewFrame();
      ImGui_ImplGlfw_NewFrame();
      ImGui::NewFrame();
      shell.Frame(options->automated() ? kAutomatedFrameSeconds : io.DeltaTime);
      if (!options->status_file.empty()) UpdateStatusFile(options->status_file, shell.Status());

      // --- Render --------------------------------------------------------------------------------
      ImGui::Render();
      int width = 0, height = 0;
      glfwGetFramebufferSize(window, &width, &height);
      glViewport(0, 0, width, height);
      const ImVec4 clear = chanscope::palette::ToVec4(chanscope::palette::kBackground);
      glClearColor(clear.x, clear.y, clear.z, clear.w);
      glClear(GL_COLOR_BUFFER_BIT);
      ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
      ++frame;
      if (!options->screenshot_path.empty() && frame >= options->frames) {
        std::string error;
        if (!chanscope::SaveBackBufferPng(options->screenshot_path, width, height, error)) {
          std::fprintf(stderr, "chanscope: screenshot failed: %s\n", error.c_str());
          exit_code = 1;
        }
        break;
      }
      glfwSwapBuffers(window);
      if (!options->automated()) std::this_thread::sleep_until(frame_start + kMinFramePeriod);
      if (options->bench_frames > 0) {
        glFinish();  // count the GPU's work too, not just the commands queued
        frame_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - frame_start).count());
        if (frame >= options->bench_frames) break;
      }
    }
    if (!frame_ms.empty()) PrintFrameTimes(frame_ms);
    if (options->automated() && exit_code == 0) std::printf("%s\n", shell.Summary().c_str());
  }

  // --- Cleanup -----------------------------------------------------------------------------------
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window);
  glfwTerminate();
  return exit_code;
}
