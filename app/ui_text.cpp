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
    .step_count = "event", .line_stop = "G%lld stopped before line %d", .edit = "Edit", .done_editing = "Done",
    .edited_notice = "Your edited version (File > Revert to original restores the lesson's code)",
    .editing_hint = "Editing: Run recompiles; shortcuts are off while you type.",
    .predict = "Predict, then watch", .predict_hint = "Pick an answer, then press Run.",
    .answer_is = "Answer", .completed = "Completed", .chart_empty = "Run the program to fill the chart.", .next_lesson = "Next lesson",
    .lesson_list = "Lessons", .clear = "Clear",
    .dropped_lines = "%llu earlier lines not kept", .no_output = "(no output yet)",
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
    .policy = "스케줄러", .step_count = "이벤트", .line_stop = "G%lld: %d번째 줄 앞에서 멈춤", .edit = "편집", .done_editing = "완료",
    .edited_notice = "직접 고친 코드입니다 (파일 > 원래 코드로 되돌리기로 복원)",
    .editing_hint = "편집 중: 실행하면 다시 컴파일합니다. 입력하는 동안 단축키는 꺼집니다.",
    .predict = "예측한 뒤 지켜보기", .predict_hint = "답을 고른 뒤 실행을 누르세요.",
    .answer_is = "정답", .completed = "완료", .chart_empty = "프로그램을 실행하면 차트가 채워집니다.", .next_lesson = "다음 레슨",
    .lesson_list = "레슨 목록", .clear = "지우기",
    .dropped_lines = "앞의 %llu줄은 보관하지 않음", .no_output = "(아직 출력 없음)",
};

}  // namespace

const UiText& Text(std::string_view language) { return language == "ko" ? kKorean : kEnglish; }

}  // namespace chanscope
