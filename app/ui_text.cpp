// The interface's words in both languages.
#include "ui_text.h"

namespace chanscope {
namespace {

constexpr UiText kEnglish = {
    .file = "File", .open = "Open...", .save_as = "Save As...", .revert = "Revert to original",
    .quit = "Quit", .run_menu = "Run", .run = "Run", .pause = "Pause", .step = "Step",
    .step_line = "Step line", .step_back = "Step back", .restart = "Restart", .view = "View",
    .panels = "Panels", .reset_layout = "Reset layout", .language = "Language", .theme = "Theme",
    .theme_dark = "Dark", .theme_light = "Light", .zoom_in = "Larger text",
    .zoom_out = "Smaller text", .zoom_reset = "Normal size", .presentation = "Presentation mode",
    .help = "Help", .shortcuts = "Keyboard shortcuts", .about = "About Chanscope",
    .lessons = "Lesson", .code = "Code", .stage = "Stage", .inspector = "Goroutines",
    .timeline = "Timeline", .console = "Console", .processors = "Processors", .trace = "Trace", .speed = "Speed", .fastest = "fastest",
    .seed = "Seed", .new_seed = "New seed", .procs = "GOMAXPROCS", .policy = "Scheduler",
    .step_count = "event", .line_stop = "G{0} stopped before line {1}", .edit = "Edit", .done_editing = "Done",
    .edited_notice = "Your edited version (File > Revert to original restores the lesson's code)",
    .editing_hint = "Editing: Run recompiles; shortcuts are off while you type.",
    .predict = "Predict, then watch", .predict_hint = "Pick an answer, then press Run.",
    .answer_is = "Answer", .completed = "Completed", .chart_empty = "Run the program to fill the chart.", .next_lesson = "Next lesson",
    .lesson_list = "Lessons", .clear = "Clear",
    .dropped_lines = "%llu earlier lines not kept", .no_output = "(no output yet)",
    .states = {"running", "runnable", "blocked", "sleeping", "finished"},
    .running_on = "running on P{0}", .sleep_left = "sleep · {0} left",
    .unbuffered = "unbuffered: hand to hand", .pipe_in = "in", .pipe_out = "out",
    .closed = "closed", .receivers_waiting = "receivers waiting: {0}",
    .senders_waiting = "senders waiting: {0}", .waiting = "waiting: {0}",
    .held_by = "held by G{0}", .locked = "locked", .unlocked = "unlocked",
    .readers = "{0} readers", .counter = "counter {0}", .cond_waiting = "{0} waiting",
    .timer_for = "timer for {0}", .ticker_for = "ticker for {0}", .fires_in = "fires in {0}",
    .select_waiting = "select: waiting on {0} channels", .select_default = "select: default",
    .select_case = "select: case {0}", .select_random = " (random: {0} ready)",
    .summary_head = "{0} goroutines:", .summary_count = "{0} {1}", .line_number = "line {0}",
    .created_by = "created by G{0} in {1}",
    .choose_case = "Your choice: G{0}'s select has {1} ready cases. Which fires?",
    .choose_goroutine = "Your choice: which goroutine runs next? Click one, or its card.",
    .ready_case = "ready case {0}",
    .events_axis = "events axis", .send_arrows = "send-to-receive arrows", .fit = "Fit",
    .timeline_hint = "wheel: zoom · right-drag: pan · click: go there",
    .show_finished = "show finished", .column_function = "function", .column_state = "state",
    .column_waiting = "waiting for", .column_line = "line", .column_created = "created by",
    .no_locals = "no local variables", .no_frames = "no frames (finished, or not a Go goroutine)",
    .idle = "idle", .run_next = "next", .local_queue = "local queue",
    .global_queue = "global run queue", .empty = "empty",
    .per_second = "%.1f /s", .speed_tip = "events per second",
    .policy_names = {"go", "random", "manual"}, .exited = "exited",
    .step_limit = "step limit reached",
    .no_lessons = "No lessons found: open a .go file with File > Open",
    .cannot_open = "Cannot open {0}: Chanscope opens .go files", .saved = "Saved {0}",
    .not_saved = "Could not write {0}",
    .key_run = "Run / pause", .key_step = "Step to the next event",
    .key_step_line = "Step to the next line", .key_step_back = "Step back one event",
    .key_open = "Open a .go file", .key_save_as = "Save the program as",
    .key_zoom = "Larger / smaller text", .key_help = "This list",
    .key_breakpoint = "Toggle a breakpoint", .key_edit = "Edit the program",
    .gutter_click = "Gutter click", .double_click_code = "Double click code",
    .shortcuts_off = "The keys are off while you type, or while a menu or dialog is open.",
    .about_text = "Watch Go goroutines and channels at work: real Go programs run on a\n"
                  "deterministic goroutine scheduler, one event at a time.",
    .revert_text = "Your edits are replaced by the original program.\n(They are kept as %s.)",
    .cancel = "Cancel", .open_title = "Open a Go file", .up = "Up", .open_button = "Open",
    .save_button = "Save", .replace_question = "{0} exists. Replace it?", .replace = "Replace",
    .keep = "Keep it",
};

constexpr UiText kKorean = {
    .file = "파일", .open = "열기...", .save_as = "다른 이름으로 저장...",
    .revert = "원래 코드로 되돌리기", .quit = "끝내기", .run_menu = "실행", .run = "실행",
    .pause = "일시 정지", .step = "한 단계", .step_line = "한 줄", .step_back = "뒤로",
    .restart = "다시 시작", .view = "보기", .panels = "패널", .reset_layout = "배치 초기화",
    .language = "언어", .theme = "테마", .theme_dark = "어두운", .theme_light = "밝은",
    .zoom_in = "글자 크게", .zoom_out = "글자 작게", .zoom_reset = "기본 크기",
    .presentation = "발표 모드", .help = "도움말", .shortcuts = "단축키",
    .about = "Chanscope 정보", .lessons = "레슨", .code = "코드", .stage = "무대",
    .inspector = "고루틴", .timeline = "타임라인", .console = "콘솔", .processors = "프로세서",
    .trace = "트레이스", .speed = "속도",
    .fastest = "최고 속도", .seed = "시드", .new_seed = "새 시드", .procs = "GOMAXPROCS",
    .policy = "스케줄러", .step_count = "이벤트", .line_stop = "G{0}: {1}번째 줄 앞에서 멈춤", .edit = "편집", .done_editing = "완료",
    .edited_notice = "직접 고친 코드입니다 (파일 > 원래 코드로 되돌리기로 복원)",
    .editing_hint = "편집 중: 실행하면 다시 컴파일합니다. 입력하는 동안 단축키는 꺼집니다.",
    .predict = "예측한 뒤 지켜보기", .predict_hint = "답을 고른 뒤 실행을 누르세요.",
    .answer_is = "정답", .completed = "완료", .chart_empty = "프로그램을 실행하면 차트가 채워집니다.", .next_lesson = "다음 레슨",
    .lesson_list = "레슨 목록", .clear = "지우기",
    .dropped_lines = "앞의 %llu줄은 보관하지 않음", .no_output = "(아직 출력 없음)",
    .states = {"실행 중", "실행 가능", "블록됨", "잠자는 중", "끝남"},
    .running_on = "P{0}에서 실행 중", .sleep_left = "sleep · {0} 남음",
    .unbuffered = "버퍼 없음: 직접 건네줌", .pipe_in = "입구", .pipe_out = "출구",
    .closed = "닫힘", .receivers_waiting = "받으려고 기다림: {0}",
    .senders_waiting = "보내려고 기다림: {0}", .waiting = "기다림: {0}",
    .held_by = "잠금 보유: G{0}", .locked = "잠김", .unlocked = "풀림",
    .readers = "읽기 잠금 {0}개", .counter = "카운터 {0}", .cond_waiting = "{0}개 기다림",
    .timer_for = "{0}의 타이머", .ticker_for = "{0}의 티커", .fires_in = "{0} 뒤 울림",
    .select_waiting = "select: 채널 {0}개를 기다림", .select_default = "select: default",
    .select_case = "select: case {0}", .select_random = " (무작위: {0}개 준비됨)",
    .summary_head = "고루틴 {0}개:", .summary_count = "{1} {0}", .line_number = "{0}번 줄",
    .created_by = "만든 고루틴: G{0} ({1})",
    .choose_case = "G{0}의 select: 준비된 case {1}개 중 무엇을 실행할까요?",
    .choose_goroutine = "직접 고르기: 다음에 실행할 고루틴은? 버튼이나 카드를 누르세요.",
    .ready_case = "준비된 case {0}",
    .events_axis = "이벤트 축", .send_arrows = "보내기→받기 화살표", .fit = "전체 보기",
    .timeline_hint = "휠: 확대 · 오른쪽 끌기: 이동 · 클릭: 그 시점으로",
    .show_finished = "끝난 고루틴도 보기", .column_function = "함수", .column_state = "상태",
    .column_waiting = "기다리는 것", .column_line = "줄", .column_created = "만든 고루틴",
    .no_locals = "지역 변수 없음", .no_frames = "프레임 없음 (끝났거나 Go 고루틴이 아님)",
    .idle = "쉬는 중", .run_next = "다음 차례", .local_queue = "로컬 큐",
    .global_queue = "전역 실행 큐", .empty = "비어 있음",
    .per_second = "초당 %.1f", .speed_tip = "초당 이벤트 수",
    .policy_names = {"go", "무작위", "수동"}, .exited = "종료됨",
    .step_limit = "단계 한도에 도달",
    .no_lessons = "레슨이 없습니다: 파일 > 열기로 .go 파일을 여세요",
    .cannot_open = "열 수 없음: {0} (.go 파일만 열 수 있습니다)", .saved = "저장함: {0}",
    .not_saved = "저장하지 못함: {0}",
    .key_run = "실행 / 일시 정지", .key_step = "다음 이벤트로",
    .key_step_line = "다음 줄로", .key_step_back = "이벤트 하나 뒤로",
    .key_open = ".go 파일 열기", .key_save_as = "프로그램을 다른 이름으로 저장",
    .key_zoom = "글자 크게 / 작게", .key_help = "이 목록",
    .key_breakpoint = "중단점 켜기/끄기", .key_edit = "프로그램 편집",
    .gutter_click = "줄 번호 옆 클릭", .double_click_code = "코드 더블클릭",
    .shortcuts_off = "입력하는 동안이나 메뉴·대화 상자가 열려 있는 동안에는 단축키가 꺼집니다.",
    .about_text = "고루틴과 채널이 일하는 모습을 봅니다: 실제 Go 프로그램이\n"
                  "결정적인 고루틴 스케줄러 위에서 이벤트 하나씩 실행됩니다.",
    .revert_text = "고친 코드가 원래 프로그램으로 바뀝니다.\n(고친 코드는 %s에 보관됩니다.)",
    .cancel = "취소", .open_title = "Go 파일 열기", .up = "위로", .open_button = "열기",
    .save_button = "저장", .replace_question = "{0} 파일이 이미 있습니다. 바꿀까요?",
    .replace = "바꾸기", .keep = "그대로 두기",
};

}  // namespace

const UiText& Text(std::string_view language) { return language == "ko" ? kKorean : kEnglish; }

std::string Fill(std::string_view pattern, std::initializer_list<std::string_view> values) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    // "{N}" with one digit: the patterns above never need ten values.
    const bool slot = pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
                      pattern[i + 1] >= '0' && pattern[i + 1] <= '9';
    const std::size_t n = slot ? static_cast<std::size_t>(pattern[i + 1] - '0') : values.size();
    if (n < values.size()) {
      out += values.begin()[n];
      i += 2;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

}  // namespace chanscope
