// The words of the app's own interface, in English and Korean (View > Language). Lesson texts
// carry their own translations; these are the menus, buttons, panel titles and every word the
// views draw. Go's own words (wait reasons such as `chan receive`, `select`, `case`, `default`,
// type and function names, "G12") stay as Go prints them in both languages.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "stage_model.h"

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
  const char* line_stop;  // {0}: goroutine id number, {1}: line
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

  // Patterns marked {N} take values through Fill(): {0} is the first value. Korean puts its
  // words in another order, so the pattern, not the code, decides where a value goes.

  // Goroutine states, by GoState (the trace export and chanscope-cli keep Go's English).
  const char* states[5];
  // Stage: goroutine cards.
  const char* running_on;  // {0}: processor number
  const char* sleep_left;  // {0}: duration
  // Stage: channels.
  const char* unbuffered;
  const char* pipe_in;
  const char* pipe_out;
  const char* closed;
  const char* receivers_waiting;  // {0}: goroutine ids
  const char* senders_waiting;    // {0}: goroutine ids
  // Stage: sync objects and timers.
  const char* waiting;  // {0}: goroutine ids
  const char* held_by;  // {0}: goroutine id number
  const char* locked;
  const char* unlocked;
  const char* readers;       // {0}: count
  const char* counter;       // {0}: the WaitGroup's counter
  const char* cond_waiting;  // {0}: count
  const char* timer_for;     // {0}: channel name
  const char* ticker_for;    // {0}: channel name
  const char* fires_in;      // {0}: duration
  // Stage: select.
  const char* select_waiting;  // {0}: channel count
  const char* select_default;
  const char* select_case;    // {0}: case number
  const char* select_random;  // {0}: ready count
  // Stage: the summary in the corner, the hover card, the manual policy's question.
  const char* summary_head;   // {0}: goroutine count
  const char* summary_count;  // {0}: count, {1}: state word
  const char* line_number;    // {0}: line
  const char* created_by;     // {0}: parent id number, {1}: function
  const char* choose_case;    // {0}: goroutine id number, {1}: ready cases
  const char* choose_goroutine;
  const char* ready_case;  // {0}: case number
  // Timeline.
  const char* events_axis;
  const char* send_arrows;
  const char* fit;
  const char* timeline_hint;
  // Goroutines (inspector).
  const char* show_finished;
  const char* column_function;
  const char* column_state;
  const char* column_waiting;
  const char* column_line;
  const char* column_created;
  const char* no_locals;
  const char* no_frames;
  // Processors.
  const char* idle;
  const char* run_next;
  const char* local_queue;
  const char* global_queue;
  const char* empty;
  // Toolbar and status line.
  const char* per_second;  // ImGui slider format with %.1f
  const char* speed_tip;
  const char* policy_names[3];  // by core::Policy: go, random, manual
  const char* exited;
  const char* step_limit;
  const char* no_lessons;
  const char* cannot_open;  // {0}: path
  const char* saved;        // {0}: path
  const char* not_saved;    // {0}: path
  // Help > Keyboard shortcuts (key names such as Space and Ctrl+O stay as printed on keys).
  const char* key_run;
  const char* key_step;
  const char* key_step_line;
  const char* key_step_back;
  const char* key_open;
  const char* key_save_as;
  const char* key_zoom;
  const char* key_help;
  const char* key_breakpoint;
  const char* key_edit;
  const char* gutter_click;
  const char* double_click_code;
  const char* shortcuts_off;
  const char* about_text;
  // Revert and file dialogs.
  const char* revert_text;  // printf format with %s: where the edits are kept
  const char* cancel;
  const char* open_title;
  const char* up;
  const char* open_button;
  const char* save_button;
  const char* replace_question;  // {0}: file name
  const char* replace;
  const char* keep;

  const char* State(GoState state) const { return states[static_cast<int>(state)]; }
};

const UiText& Text(std::string_view language);

// `pattern` with each {N} replaced by values[N]: Fill("held by G{0}", {"3"}) is "held by G3".
std::string Fill(std::string_view pattern, std::initializer_list<std::string_view> values);

}  // namespace chanscope
