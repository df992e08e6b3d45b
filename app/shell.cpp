// Shell: start-up (preferences, lessons, the first program), documents and the commands that
// menus, toolbar and shortcuts share.
#include "shell.h"

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#include <imgui_internal.h>  // the open popups' count, for Status(): ImGui has no public call

#include <algorithm>
#include <cmath>

#include "palette.h"
#include "ui_text.h"
#include "user_dirs.h"

namespace chanscope {
namespace {

namespace fs = std::filesystem;

constexpr float kPresentationScale = 1.3f;

fs::path SettingsFile() { return ConfigDir() / "settings.ini"; }
fs::path CompletedFile() { return DataDir() / "completed.txt"; }

// lessons/ next to the executable's tree (build dir or installed), else the source tree's.
fs::path LocateLessons() {
  std::error_code error;
  const fs::path exe = fs::read_symlink("/proc/self/exe", error);
  return FindLessonsDir({exe.parent_path() / "lessons", exe.parent_path().parent_path() / "lessons",
                         exe.parent_path().parent_path() / "share/chanscope/lessons",
                         CHANSCOPE_SOURCE_LESSONS_DIR});
}

// Raises contrast for a projector: text towards white, panels towards the background.
void RaiseContrast(ImGuiStyle& style) {
  auto towards = [](ImVec4 c, ImVec4 target, float t) {
    return ImVec4(c.x + (target.x - c.x) * t, c.y + (target.y - c.y) * t, c.z + (target.z - c.z) * t, c.w);
  };
  const ImVec4 white(1, 1, 1, 1);
  style.Colors[ImGuiCol_Text] = towards(style.Colors[ImGuiCol_Text], white, 0.7f);
  style.Colors[ImGuiCol_WindowBg] = palette::ToVec4(palette::kBackground);
  style.Colors[ImGuiCol_Border] = palette::ToVec4(palette::kTextFaint);
  style.WindowBorderSize = 2.0f;
  style.FrameBorderSize = 1.0f;
}

}  // namespace

Shell::Shell(const AppOptions& options, GLFWwindow* window)
    : options_(options),
      window_(window),
      persistent_(!options.automated()),
      edits_(DataDir() / "edits") {
  if (persistent_) {
    settings_ = LoadSettings(SettingsFile());
    completed_ = LoadCompleted(CompletedFile());
  }
  if (!options_.language.empty()) settings_.language = options_.language;
  if (!options_.theme.empty()) settings_.theme = options_.theme;
  if (options_.presentation) settings_.presentation = true;
  if (options_.scale > 0) settings_.ui_scale = options_.scale;
  catalog_ = LoadCatalog(LocateLessons(), DataDir() / "lessons");
  for (const std::string& problem : catalog_.problems)
    std::fprintf(stderr, "chanscope: lesson skipped: %s\n", problem.c_str());
  run_.events_per_second = settings_.events_per_second;

  // The first program: the file or lesson asked for, else the last lesson, else the first.
  if (!options_.program_file.empty()) {
    OpenFile(options_.program_file);
  } else {
    const Lesson* lesson = !options_.lesson_id.empty() ? catalog_.Find(options_.lesson_id)
                           : persistent_               ? catalog_.Find(settings_.last_lesson)
                                                       : nullptr;
    if (!lesson) lesson = catalog_.First();
    if (lesson) OpenLesson(*lesson);
    if (!options_.lesson_id.empty() && !catalog_.Find(options_.lesson_id))
      startup_error_ = "no lesson with id " + options_.lesson_id;
  }
  // Nothing to open (no lessons installed, a file that could not be read): an empty program
  // to write in, so every panel has something to show.
  if (!run_.loaded()) {
    const std::string notice = notice_.empty() ? ui().no_lessons : notice_;
    Document empty;
    empty.file_name = "untitled.go";
    empty.path = std::filesystem::current_path() / empty.file_name;
    empty.original = "package main\n\nfunc main() {\n}\n";
    empty.edit_key = "untitled";
    LoadDocument(std::move(empty));
    notice_ = notice;
  }
  if (options_.steps > 0) run_.Step(options_.steps);
}

Shell::~Shell() { SaveSettings(); }

std::string Shell::Summary() const {
  const Playback& playback = run_.playback();
  const std::string program =
      document_.lesson ? document_.lesson->id + "/" + document_.file_name : document_.path.string();
  const char* state = playback.finished() ? "finished" : "running";
  return "program=" + program + " events=" + std::to_string(playback.step()) + " state=" + state +
         " exit=" + std::to_string(playback.outcome().exit_code) +
         " diagnostics=" + std::to_string(run_.diagnostics().size());
}

std::string Shell::Status() const {
  const auto flag = [](bool on) { return on ? "1" : "0"; };
  std::string status = Summary() + "\nplaying=" + flag(run_.playing()) +
                       " editing=" + flag(code_panel_.editing()) +
                       " typing=" + flag(ImGui::GetIO().WantTextInput) +
                       " popups=" + std::to_string(GImGui->OpenPopupStack.Size) +
                       " revert=" + flag(ConfirmingRevert()) +
                       " unbuilt=" + flag(document_.needs_build) +
                       " edited=" + flag(document_.text != document_.original) +
                       " line=" + std::to_string(run_.CurrentLine()) +
                       " stopped=" + flag(run_.playback().line_stop().has_value()) +
                       " lang=" + settings_.language + "\n";
  for (const lang::Diagnostic& d : run_.diagnostics()) status += "error " + d.Format() + "\n";
  return status + "output:\n" + run_.playback().output();
}

void Shell::SaveSettings() const {
  if (!persistent_) return;
  Settings settings = settings_;
  settings.events_per_second = static_cast<float>(run_.events_per_second);
  chanscope::SaveSettings(SettingsFile(), settings);
}

const UiText& Shell::ui() const { return Text(settings_.language); }

// --- Documents ---------------------------------------------------------------------------------

void Shell::OpenLesson(const Lesson& lesson) {
  Document document;
  document.lesson = &lesson;
  document.path = lesson.ProgramFile();
  document.file_name = "main.go";
  document.original = ReadTextFile(document.path);
  document.edit_key = EditStore::LessonKey(lesson.id);
  seed_ = options_.seed.value_or(lesson.seed);
  procs_ = options_.procs.value_or(lesson.procs);
  settings_.last_lesson = lesson.id;
  runs_at_open_ = run_.runs_finished();
  LoadDocument(std::move(document));
  glfwSetWindowTitle(window_, ("Chanscope \xE2\x80\x94 " + lesson.title.In(settings_.language)).c_str());
}

void Shell::OpenFile(const fs::path& file) {
  std::error_code error;
  if (!fs::is_regular_file(file, error) || file.extension() != ".go") {
    notice_ = Fill(ui().cannot_open, {file.string()});
    return;
  }
  Document document;
  document.path = fs::absolute(file, error);
  document.file_name = file.filename().string();
  document.original = ReadTextFile(file);
  document.edit_key = EditStore::FileKey(document.path);
  seed_ = options_.seed.value_or(1);
  procs_ = options_.procs.value_or(1);
  LoadDocument(std::move(document));
  glfwSetWindowTitle(window_, ("Chanscope \xE2\x80\x94 " + document_.file_name).c_str());
}

void Shell::LoadDocument(Document document) {
  document_ = std::move(document);
  document_.text = document_.original;
  notice_.clear();
  // The learner's own version wins over the original: edits are never silently dropped.
  if (persistent_) {
    if (std::optional<std::string> edited = edits_.Load(document_.edit_key);
        edited && *edited != document_.original) {
      document_.text = std::move(*edited);
      notice_ = ui().edited_notice;
    }
  }
  code_panel_.SetEditing(false);
  BuildDocument(RunController::Breakpoints::kClear);
}

void Shell::BuildDocument(RunController::Breakpoints breakpoints) {
  run_.Load(document_.file_name, document_.text, RunConfig(), breakpoints);
  document_.needs_build = false;
}

void Shell::OnTextEdited() {
  document_.needs_build = true;
  if (!persistent_) return;
  if (document_.text == document_.original) edits_.Discard(document_.edit_key);
  else edits_.Save(document_.edit_key, document_.text);
}

void Shell::Revert() {
  if (persistent_) edits_.Discard(document_.edit_key);
  document_.text = document_.original;
  notice_.clear();
  BuildDocument();
}

void Shell::SaveAs(const fs::path& file) {
  notice_ = Fill(WriteFileAtomically(file, document_.text) ? ui().saved : ui().not_saved, {file.string()});
}

core::Config Shell::RunConfig() const {
  core::Config config;
  config.seed = seed_;
  config.procs = procs_;
  config.policy = policy_;
  config.max_steps = options_.max_steps;
  return config;
}

// --- Commands ----------------------------------------------------------------------------------

void Shell::TogglePlay() {
  if (document_.needs_build) BuildDocument();  // Run after an edit recompiles
  // A compile error: nothing to play; the editor opens at the first error to fix it.
  if (!run_.compiled()) {
    const lang::Diagnostic& first = run_.diagnostics().front();
    code_panel_.EditAt(document_.text, first.line, first.col);
    return;
  }
  if (run_.finished()) run_.Restart();
  run_.SetPlaying(!run_.playing());
  if (run_.playing()) code_panel_.SetEditing(false);
}

void Shell::StepForward() {
  if (document_.needs_build) BuildDocument();
  run_.Step(1);
}

void Shell::StepLine() {
  if (document_.needs_build) BuildDocument();
  run_.StepLine();
}

void Shell::StepBack() { run_.StepBack(); }

void Shell::Restart() {
  if (document_.needs_build) BuildDocument();
  else run_.Reconfigure(RunConfig());
}

void Shell::SetUiScale(float scale) {
  settings_.ui_scale = std::clamp(scale, kMinUiScale, kMaxUiScale);
}

void Shell::ResetLayout() {
  settings_.layout = LayoutShares{};
  settings_.panels = PanelVisibility{};
}

// --- Fonts and style ---------------------------------------------------------------------------

void Shell::BeforeFrame() {
  float content_scale_x = 1, content_scale_y = 1;
  glfwGetWindowContentScale(window_, &content_scale_x, &content_scale_y);
  const float scale = settings_.ui_scale * std::max(1.0f, content_scale_y) *
                      (settings_.presentation ? kPresentationScale : 1.0f);
  if (scale == applied_scale_ && settings_.theme == applied_theme_ &&
      settings_.presentation == applied_presentation_)
    return;
  ImGuiIO& io = ImGui::GetIO();
  if (scale != applied_scale_) {
    fonts_ = LoadFonts(io, scale);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    if (!fonts_.has_korean) settings_.language = "en";
  }
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  palette::UseTheme(settings_.theme == "light" ? palette::Theme::kLight : palette::Theme::kDark, style);
  if (settings_.presentation) RaiseContrast(style);
  style.ScaleAllSizes(scale);
  applied_scale_ = scale;
  applied_theme_ = settings_.theme;
  applied_presentation_ = settings_.presentation;
}

// --- The frame ---------------------------------------------------------------------------------

void Shell::Frame(float seconds) {
  HandleShortcuts();
  run_.Update(seconds);
  if (document_.lesson && run_.runs_finished() > runs_at_open_ &&
      completed_.insert(document_.lesson->id).second && persistent_)
    SaveCompleted(CompletedFile(), completed_);

  DrawMenuBar();
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const ImGuiStyle& style = ImGui::GetStyle();
  const float toolbar_h = ImGui::GetFrameHeight() * toolbar_rows_ +
                          style.ItemSpacing.y * (toolbar_rows_ - 1) + style.WindowPadding.y * 2;
  const float gap = kPanelGap * applied_scale_;
  const Box toolbar{viewport->WorkPos.x + gap, viewport->WorkPos.y + gap,
                    viewport->WorkSize.x - 2 * gap, toolbar_h};
  ImGui::SetNextWindowPos(ImVec2(toolbar.x, toolbar.y));
  ImGui::SetNextWindowSize(ImVec2(toolbar.w, toolbar.h));
  if (ImGui::Begin("##toolbar", nullptr,
                   ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoScrollWithMouse))
    DrawToolbar();
  ImGui::End();

  const float body_top = toolbar.y + toolbar.h + gap;
  const Box body{toolbar.x, body_top, toolbar.w, viewport->WorkPos.y + viewport->WorkSize.y - gap - body_top};
  const ShellLayout layout = ComputeShellLayout(body, settings_.panels, settings_.layout, gap);
  DrawSplitters(layout);
  DrawPanels(layout);
  DrawHelpWindows();
  DrawConfirmRevert();
  if (const auto chosen = file_dialog_.Draw(ui())) {
    if (file_dialog_.mode() == FileDialog::Mode::kOpen) OpenFile(*chosen);
    else SaveAs(*chosen);
  }
}

}  // namespace chanscope
