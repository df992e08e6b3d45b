#!/usr/bin/env bash
# Checks lesson folders (lessons/README.md): validates each lesson.json and its texts, runs
# main.go with `CLI run --seed S --procs P main.go` and compares stdout with expected.out,
# the exit status with expect.exit and the first stderr line with expect.stderr.
# Usage: tests/lessons/run_lessons.sh [-v] CLI [DIR...]   (no DIR: every folder in lessons/)
# Folders listed in tests/lessons/pending.txt ("folder  reason") are reported as pending and
# not run (LESSONS_PENDING names another list). Prints one line per problem and a summary;
# exits non-zero on any failure.
set -u
here=$(cd "$(dirname "$0")" && pwd)
lessons_root=$(cd "$here/../../lessons" && pwd)
verbose=0
if [ "${1:-}" = "-v" ]; then verbose=1; shift; fi
[ $# -ge 1 ] || { echo "usage: $0 [-v] CLI [DIR...]"; exit 2; }
cli=$1; shift
case $cli in /*) ;; *) cli=$(pwd)/$cli ;; esac
[ -x "$cli" ] || { echo "run_lessons.sh: $cli is not executable"; exit 2; }
command -v jq > /dev/null || { echo "run_lessons.sh: jq is required"; exit 2; }
timeout_s=${LESSON_TIMEOUT:-120}
pending_list=${LESSONS_PENDING:-$here/pending.txt}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# pending_reason NAME -> the reason given in pending.txt, or nothing
pending_reason() {
  [ -f "$pending_list" ] || return 0
  awk -v n="$1" '$1 == n { $1 = ""; sub(/^[ \t]+/, ""); print; exit }' "$pending_list"
}

# The jq program prints one line per problem in lesson.json (nothing when it is valid).
# $sections holds the ids from sections.json, $folder the folder name.
read -r -d '' validate_jq <<'JQ'
def both($v; $what):
  if ($v | type) != "object" then "\($what) must be an object {en, ko}"
  else (["en", "ko"][] as $l
        | if ($v[$l] | type) != "string" or $v[$l] == "" then "\($what).\($l) is missing or empty"
          else empty end) end;
def int_at($v; $what):
  if ($v | type) != "number" or ($v | floor) != $v then "\($what) must be an integer" else empty end;
if type != "object" then "lesson.json is not an object" else
  (if .id != $folder then "id \(.id | tojson) is not the folder name \($folder)" else empty end),
  (if (.section | type) != "string" then "section is missing"
   elif (.section as $s | $sections | any(.[]; . == $s)) | not then "section \(.section) is not in sections.json"
   else empty end),
  both(.title; "title"),
  (if (.predict | type) != "object" then "predict is missing" else
     both(.predict.question; "predict.question"),
     (if (.predict.choices | type) != "array" then "predict.choices is missing"
      elif (.predict.choices | length) < 2 or (.predict.choices | length) > 4
        then "predict.choices has \(.predict.choices | length) choices (2 to 4)"
      else (.predict.choices | to_entries[] | both(.value; "predict.choices[\(.key)]")) end),
     int_at(.predict.answer; "predict.answer"),
     (if (.predict.answer | type) == "number" and (.predict.choices | type) == "array"
         and (.predict.answer < 0 or .predict.answer >= (.predict.choices | length))
      then "predict.answer \(.predict.answer) is not a choice index" else empty end),
     both(.predict.explain; "predict.explain")
   end),
  (if .run == null then empty
   elif (.run | type) != "object" then "run must be an object {procs, seed}"
   else (if .run.procs == null then empty else int_at(.run.procs; "run.procs") end),
        (if (.run.procs | type) == "number" and (.run.procs < 1 or .run.procs > 64)
         then "run.procs must be 1 to 64" else empty end),
        (if .run.seed == null then empty else int_at(.run.seed; "run.seed") end) end),
  (if (.expect | type) != "object" then "expect is missing" else
     int_at(.expect.exit; "expect.exit"),
     (if .expect.stderr == null or (.expect.stderr | type) == "string" then empty
      else "expect.stderr must be a string" end) end),
  (if .chart == null then empty
   elif (.chart | type) != "object" then "chart must be an object {title, pattern, unit}"
   else both(.chart.title; "chart.title"), both(.chart.unit; "chart.unit"),
        (if (.chart.pattern | type) != "string" then "chart.pattern is missing" else empty end)
   end)
end
JQ

# check_texts DIR -> problems with the files and lesson texts, one per line
check_texts() {
  local d=$1 f
  for f in main.go expected.out lesson.en.md lesson.ko.md; do
    [ -f "$d/$f" ] || echo "$f is missing"
  done
  [[ $(basename "$d") =~ ^[0-9][0-9]-[a-z0-9]+(-[a-z0-9]+)*$ ]] || echo "folder name is not NN-slug"
  check_last_heading "$d/lesson.en.md" "## Try this"
  check_last_heading "$d/lesson.ko.md" "## 해 보기"
}

# check_last_heading FILE HEADING: the text's last ## section must be HEADING
check_last_heading() {
  [ -f "$1" ] || return 0
  local last
  last=$(grep -E '^##[[:space:]]' "$1" | tail -n 1 | sed 's/[[:space:]]*$//')
  [ "$last" = "$2" ] || echo "$(basename "$1") does not end with a \"$2\" section (last: \"$last\")"
}

# check_chart DIR: a chart's pattern (two groups: label, value) must pick at least two bars
# out of expected.out
check_chart() {
  local pat n
  pat=$(jq -r '.chart.pattern // empty' "$1/lesson.json")
  [ -n "$pat" ] || return 0
  n=$(jq -R --arg p "$pat" 'select(test($p)) | match($p).captures
                            | select(length == 2 and (.[1].string | tonumber? != null))' \
        "$1/expected.out" 2>/dev/null | jq -s length)
  [ "$n" -ge 2 ] || echo "chart.pattern picks $n label/number lines of expected.out (at least 2 wanted)"
}

# run_lesson DIR WORK: runs main.go, prints one line per mismatch
run_lesson() {
  local d=$1 w=$2 seed procs want_exit want_err got_exit got_err
  seed=$(jq -r '.run.seed // 1' "$d/lesson.json")
  procs=$(jq -r '.run.procs // 1' "$d/lesson.json")
  want_exit=$(jq -r '.expect.exit' "$d/lesson.json")
  want_err=$(jq -r '.expect.stderr // ""' "$d/lesson.json")
  (cd "$d" && timeout "$timeout_s" "$cli" run --seed "$seed" --procs "$procs" main.go) \
    > "$w/out" 2> "$w/err"
  got_exit=$?
  got_err=$(head -n 1 "$w/err")
  if ! cmp -s "$w/out" "$d/expected.out"; then
    echo "stdout differs from expected.out"
    [ "$verbose" -eq 1 ] && diff "$d/expected.out" "$w/out" | head -n 40 | sed 's/^/    /'
  fi
  [ "$got_exit" = "$want_exit" ] || echo "exit status $got_exit, expected $want_exit"
  [ "$got_err" = "$want_err" ] || echo "stderr begins \"$got_err\", expected \"$want_err\""
}

if [ $# -eq 0 ]; then
  set -- $(find "$lessons_root" -mindepth 2 -maxdepth 2 -name lesson.json -printf '%h\n' | sort)
fi
sections=$(jq -c '[.[].id]' "$lessons_root/sections.json") || { echo "sections.json is not valid JSON"; exit 2; }
pass=0 fail=0 pending=0
for d in "$@"; do
  d=$(cd "$d" && pwd) || { fail=$((fail+1)); continue; }
  name=$(basename "$d")
  reason=$(pending_reason "$name")
  if [ -n "$reason" ]; then echo "PENDING $name: $reason"; pending=$((pending+1)); continue; fi
  w="$tmp/$name"; mkdir -p "$w"
  if ! jq empty "$d/lesson.json" 2> "$w/problems"; then
    sed -i 's/^/lesson.json: /' "$w/problems"
  else
    jq -r --argjson sections "$sections" --arg folder "$name" "$validate_jq" \
      "$d/lesson.json" >> "$w/problems" 2>&1
    check_texts "$d" >> "$w/problems"
    check_chart "$d" >> "$w/problems"
    [ -f "$d/main.go" ] && [ -f "$d/expected.out" ] && run_lesson "$d" "$w" >> "$w/problems"
  fi
  if [ -s "$w/problems" ]; then
    sed "s/^/FAIL $name: /" "$w/problems"; fail=$((fail+1))
  else
    pass=$((pass+1))
  fi
done
echo "lessons: $pass passed, $fail failed, $pending pending"
[ "$fail" -eq 0 ]
