// The words of the app's own interface, in English and Korean (View > Language). Lesson texts
// carry their own translations; these are the menus, buttons and panel titles.
#pragma once

#include <string_view>

namespace chanscope {

struct UiText {
  // Menus.
  const char* file;
  const char* open;
  const char* save_as;
  const char* revert;
  const char* quit;
  const char* run_menu;
  const char* run;
  const char* pause;
  const char* step;
  const char* step_line;
  const char* step_back;
  const char* restart;
  const char* view;
  const char* panels;
  const char* reset_layout;
  const char* language;
  const char* theme;
  const char* theme_dark;
  const char* theme_light;
  const char* zoom_in;
  const char* zoom_out;
  const char* zoom_reset;
  const char* presentation;
  const char* help;
  const char* shortcuts;
  const char* about;
  // Panel titles (the ImGui id after ### stays the same in both languages).
  const char* lessons;
  const char* code;
  const char* stage;
  const char* inspector;
  const char* timeline;
  const char* console;
  const char* processors;
  const char* trace;
  // Toolbar.
  const char* speed;
  const char* fastest;
  const char* seed;
  const char* new_seed;
  const char* procs;
  const char* policy;
  const char* step_count;
  const char* line_stop;  // printf format: goroutine id (%lld), line (%d)
  // Code panel.
  const char* edit;
  const char* done_editing;
  const char* edited_notice;
  const char* editing_hint;
  // Lesson panel.
  const char* predict;
  const char* predict_hint;
  const char* answer_is;
  const char* completed;
  const char* chart_empty;  // a lesson's chart before the run has printed its lines
  const char* next_lesson;
  const char* lesson_list;
  // Console.
  const char* clear;
  const char* dropped_lines;  // printf format with %llu
  const char* no_output;
};

const UiText& Text(std::string_view language);

}  // namespace chanscope
