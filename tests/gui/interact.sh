#!/usr/bin/env bash
# GUI interaction test: drives a real chanscope window with synthetic keys and clicks (xdotool
# under Xvfb) and checks what the app did through --status-file (events, errors, output, modes):
# step, step back, step to a line, run, restart; Edit mode, a syntax error shown on Run, the
# fixed program run; no shortcut fires while typing or behind a dialog; File > Save As by
# keyboard; Revert; Ctrl+Q.
# Usage: interact.sh PATH/TO/chanscope [WORK_DIR]
# Drag and drop cannot be driven this way: xdotool sends no XDND messages.
set -euo pipefail

binary=$(realpath "$1")
width=1600
height=900

if ! command -v xdotool > /dev/null; then
  echo "interact: xdotool is not installed (scripts/deps.sh lists it); skipped" >&2
  exit 77  # CTest's SKIP_RETURN_CODE
fi
# One X server of our own for the whole script.
if [[ -z ${INTERACT_ON_XVFB:-} ]]; then
  INTERACT_ON_XVFB=1 exec xvfb-run -a -s "-screen 0 ${width}x${height}x24" "$0" "$@"
fi

work=${2:-$(mktemp -d -t chanscope_interact.XXXXXX)}
mkdir -p "$work"
work=$(realpath "$work")
# A fresh start in a reused directory: only what an earlier run left.
rm -rf "$work/config" "$work/data" "$work"/{status.txt,prog.go,saved.go,app.log} "$work"/*.png
here=$(cd "$(dirname "$0")" && pwd)
# Nothing from the user's own preferences, edits or lessons; edits land in our data dir.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
status="$work/status.txt"
# EditStore's name for the edits of a file: its absolute path, made safe.
edit_file="$work/data/chanscope/edits/file$(printf %s "$work/prog.go" | sed 's/[^A-Za-z0-9.-]/_/g').go"

# Where things are on a 1600x900 window at UI scale 1 in English (the default layout). A click
# that misses shows as a wait below that times out, naming what it waited for.
run_button=(64 54)     # toolbar: Run
edit_button=(377 130)  # code panel: Edit / Done
file_menu=(27 12)      # menu bar: File
revert_item=(75 90)    # File > Revert to original
view_menu=(115 12)     # menu bar: View
language_item=(135 96) # View > Language, whose submenu opens to the right
korean_item=(350 119)  # View > Language > 한국어

cat > "$work/prog.go" << 'EOF'
package main

import "fmt"

var word = "first"

func main() {
	done := make(chan string)
	go func() { done <- word }()
	fmt.Println(<-done)
}
EOF

# --- Helpers ------------------------------------------------------------------------------------

app_pid=""
cleanup() { [[ -n $app_pid ]] && kill "$app_pid" 2> /dev/null || true; }
trap cleanup EXIT

fail() {
  echo "interact: FAIL: $*" >&2
  echo "--- status file:" >&2
  cat "$status" >&2 2> /dev/null || true
  python3 "$here/xshot.py" "$work/failure.png" 2> /dev/null && echo "--- screen: $work/failure.png" >&2
  exit 1
}

# wait_for DESCRIPTION COMMAND...: polls COMMAND until it succeeds; generous for a loaded machine.
wait_for() {
  local what=$1
  shift
  local deadline=$((SECONDS + 45))
  until "$@" 2> /dev/null; do
    ((SECONDS < deadline)) || fail "timed out waiting for: $what"
    kill -0 "$app_pid" 2> /dev/null || fail "chanscope exited while waiting for: $what"
    sleep 0.05
  done
}

has() { grep -qE -- "$1" "$status"; }             # the status matches a regular expression
field() { grep -oE "(^| )$1=[^ ]*" "$status" | head -1 | cut -d= -f2; }
events() { field events; }
events_is() { [[ $(events) == "$1" ]]; }
events_above() { (($(events) > $1)); }
events_below() { (($(events) < $1)); }
output() { sed -n '/^output:$/,$p' "$status" | tail -n +2; }
output_is() { [[ $(output) == "$1" ]]; }
edit_line5_is() { [[ $(sed -n 5p "$edit_file") == "$1" ]]; }

key() { xdotool key --clearmodifiers "$@"; }
# move X Y: the pointer there (mousemove --sync would wait ~15 s for a move to where it is).
move() {
  [[ $(xdotool getmouselocation --shell | head -2 | tr '\n' ' ') == "X=$1 Y=$2 " ]] ||
    xdotool mousemove --sync "$1" "$2"
}
click() {
  move "$1" "$2"
  xdotool click 1
}
shot() { python3 "$here/xshot.py" "$work/$1.png"; }

# start_app: chanscope on prog.go, as a learner starts it (preferences from the config dir).
start_app() {
  rm -f "$status"
  (cd "$work" && exec "$binary" prog.go --size "${width}x${height}" --status-file "$status" \
     >> "$work/app.log" 2>&1) &
  app_pid=$!
  local window
  window=$(timeout 60 xdotool search --sync --name Chanscope | head -1) || fail "no window"
  timeout 10 xdotool windowfocus --sync "$window" 2> /dev/null || true  # no window manager here
  move $((width / 2)) $((height / 2))
  wait_for "the program built" has " diagnostics=0"
}

# quit_app: Ctrl+Q, then the app must end by itself with status 0.
quit_app() {
  key ctrl+q
  for _ in $(seq 300); do kill -0 "$app_pid" 2> /dev/null || break; sleep 0.1; done
  kill -0 "$app_pid" 2> /dev/null && fail "Ctrl+Q did not quit"
  local code=0
  wait "$app_pid" || code=$?
  app_pid=""
  ((code == 0)) || fail "chanscope exited with status $code: $(tail -c 300 "$work/app.log")"
}

# --- Start --------------------------------------------------------------------------------------

start_app
has " lang=en$" || fail "a fresh start is not in English"
e0=$(events)
echo "interact: started, events=$e0"

# --- Stepping: Right, Left, Down; a burst of keys is not lost -----------------------------------

key Right
wait_for "Right steps" events_above "$e0"
e1=$(events)
key Right
wait_for "Right steps again" events_above "$e1"
e2=$(events)
key Right
wait_for "a third step" events_above "$e2"
e3=$(events)
key r
wait_for "R restarts" events_is "$e0"
key Right Right Right  # three taps in one burst: the same place as three paced ones
wait_for "a burst of three Rights reaches event $e3" events_is "$e3"
key Left
wait_for "Left steps back" events_below "$e3"
eb=$(events)
line_before=$(field line)
key Down
wait_for "Down stops before the next line" has " stopped=1"
(($(field line) != line_before)) || fail "Down stayed on line $line_before"
key Left
wait_for "Left leaves the stop before a line" has " stopped=0"
echo "interact: stepping ok ($e0 -> $e1 -> $e2 -> $e3, back to $eb, line $line_before -> stop)"

# --- Run to the end, restart --------------------------------------------------------------------

key space
wait_for "Space runs the program to its end" has " state=finished exit=0 "
output_is "first" || fail "output is '$(output)', expected 'first'"
e_end=$(events)
key r
wait_for "R restarts the finished program" events_is "$e0"
has " state=running " || fail "not running after a restart"
key Right
wait_for "a step after the restart" events_is "$e1"
echo "interact: run and restart ok (finished at event $e_end)"

# --- Edit mode: typing is text, never a shortcut --------------------------------------------------

click "${edit_button[@]}"
wait_for "Edit mode with the keyboard in the editor" has "editing=1 typing=1"
key ctrl+Home
for _ in 1 2 3 4; do key Down; done
key End
xdotool type --delay 40 ' + "rr'  # a space and two r's: Space and R would run and restart
key Right Left                      # cursor moves, not steps
wait_for "the edit autosaved in the edits dir" edit_line5_is 'var word = "first" + "rr'
has " editing=1 typing=1 " || fail "the editor lost the keyboard while typing"
events_is "$e1" || fail "typing changed the run: events=$(events), expected $e1"
has "playing=0" || fail "typing started the run"
has " unbuilt=1 edited=1" || fail "the edit is not marked as edited and unbuilt"

# --- Run after an edit: the syntax error shows, the editor opens at it ---------------------------

click "${run_button[@]}"
wait_for "Run shows the compile error" has " diagnostics=1"
has "^error prog\.go:5:[0-9]+: newline in string$" || fail "the error is not Go's 'newline in string'"
wait_for "the editor has the keyboard again, at the error" has " editing=1 typing=1 "
has "playing=0" || fail "a program with an error is playing"
shot edit_error
xdotool type '"'  # the cursor is at 5:25, the end of the line: close the string
wait_for "the fix autosaved" edit_line5_is 'var word = "first" + "rr"'
click "${edit_button[@]}"  # Done
wait_for "Edit mode ends" has " editing=0 typing=0 "
key space
wait_for "Space rebuilds and runs the fixed program" has " state=finished exit=0 diagnostics=0"
output_is "firstrr" || fail "output is '$(output)', expected 'firstrr'"
has " unbuilt=0 edited=1" || fail "the run did not rebuild the edited text"
echo "interact: edit, error, fix and run ok"

# --- File > Save As, by keyboard ----------------------------------------------------------------

key ctrl+shift+s
wait_for "the Save As dialog, its name field taking keys" has " typing=1 popups=1 "
shot save_as
key ctrl+a
xdotool type --delay 40 saved.go
key Return
wait_for "saved.go written" test -s "$work/saved.go"
wait_for "the dialog closed" has " popups=0 "
cmp -s "$work/saved.go" "$edit_file" || fail "saved.go differs from the edited program"
grep -q '"first" + "rr"' "$work/saved.go" || fail "saved.go does not hold the edit"
echo "interact: save as ok"

# --- Revert: the confirmation answers keys, the shortcuts behind it do not -----------------------

click "${file_menu[@]}"
wait_for "the File menu" has " popups=1 "
click "${revert_item[@]}"
wait_for "the Revert confirmation" has " popups=1 revert=1 "
shot revert
key Right r space  # behind a dialog: ignored
key Escape
wait_for "Escape cancels" has " popups=0 revert=0 "
events_is "$e_end" || fail "keys behind the dialog moved the run: events=$(events), expected $e_end"
has " edited=1" || fail "Escape reverted"
click "${file_menu[@]}"
wait_for "the File menu again" has " popups=1 "
click "${revert_item[@]}"
wait_for "the Revert confirmation again" has " popups=1 revert=1 "
key Return
wait_for "Return reverts" has " popups=0 revert=0 .*edited=0"
test ! -e "$edit_file" || fail "the edit is still in the edits dir after Revert"
grep -q '"first" + "rr"' "${edit_file%.go}.reverted.go" || fail "the reverted edit was not kept"
key space
wait_for "the original program runs again" has " state=finished exit=0 diagnostics=0"
output_is "first" || fail "output after Revert is '$(output)', expected 'first'"
echo "interact: revert ok"

# --- Quit and come back: the edit and View > Language are still there ---------------------------

click "${edit_button[@]}"
wait_for "Edit mode, the cursor at the top" has " editing=1 typing=1 "
xdotool type --delay 40 '// kept'
key Return
wait_for "the new edit autosaved" grep -qx '// kept' "$edit_file"
click "${edit_button[@]}"  # Done
wait_for "Edit mode ends" has " editing=0 "
click "${view_menu[@]}"
wait_for "the View menu" has " popups=1 "
move "${language_item[@]}"
wait_for "the Language submenu" has " popups=2 "
move "${korean_item[0]}" "${language_item[1]}"  # along the row, into the submenu
click "${korean_item[@]}"
wait_for "View > Language > 한국어" has " lang=ko"
quit_app
grep -qx 'language = ko' "$work/config/chanscope/settings.ini" || fail "the language was not saved"
start_app
has " lang=ko$" || fail "the second start is not in Korean"
has " edited=1 " || fail "the edit was not reloaded"
key space
wait_for "the edited program runs after the restart" has " state=finished exit=0 diagnostics=0"
output_is "first" || fail "output after the restart is '$(output)', expected 'first'"
shot korean
quit_app
echo "interact: edits and language survive a restart"

for png in edit_error save_as revert korean; do
  python3 "$here/check_png.py" "$work/$png.png" "$width" "$height" > /dev/null
done
echo "interact: ok (screenshots in $work)"
