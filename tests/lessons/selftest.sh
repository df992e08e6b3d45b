#!/usr/bin/env bash
# Checks that run_lessons.sh catches broken lessons: copies a real lesson, breaks one thing
# at a time, and expects the checker to fail naming that problem.
# Usage: tests/lessons/selftest.sh CLI
set -u
here=$(cd "$(dirname "$0")" && pwd)
cli=$1
case $cli in /*) ;; *) cli=$(pwd)/$cli ;; esac
good="$here/../../lessons/01-csp-processes"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
failures=0

# expect_problem NAME MESSAGE EDIT...: break a fresh copy with EDIT (run in the copy),
# then the checker must fail with a line containing MESSAGE
expect_problem() {
  local name=$1 message=$2; shift 2
  local d="$tmp/$name/01-csp-processes"
  mkdir -p "$tmp/$name" && cp -r "$good" "$d"
  (cd "$d" && eval "$*")
  local out
  out=$("$here/run_lessons.sh" "$cli" "$d" 2>&1)
  if [ $? -eq 0 ] || ! grep -qF -- "$message" <<< "$out"; then
    echo "selftest $name: expected a failure with \"$message\", got:"; echo "$out" | sed 's/^/    /'
    failures=$((failures + 1))
  fi
}

edit_json() { jq "$1" lesson.json > lesson.tmp && mv lesson.tmp lesson.json; }

out=$("$here/run_lessons.sh" "$cli" "$good" 2>&1) ||
  { echo "selftest: the unbroken lesson fails:"; echo "$out"; failures=$((failures + 1)); }
expect_problem stdout "stdout differs from expected.out" "echo extra >> expected.out"
expect_problem exit "exit status 0, expected 2" "edit_json '.expect.exit = 2'"
expect_problem stderr 'stderr begins "", expected "panic: x"' "edit_json '.expect.stderr = \"panic: x\"'"
expect_problem id "is not the folder name" "edit_json '.id = \"01-other\"'"
expect_problem section "section nowhere is not in sections.json" "edit_json '.section = \"nowhere\"'"
expect_problem korean "title.ko is missing or empty" "edit_json 'del(.title.ko)'"
expect_problem choices "predict.choices has 1 choices" "edit_json '.predict.choices |= .[:1]'"
expect_problem answer "predict.answer 7 is not a choice index" "edit_json '.predict.answer = 7'"
expect_problem explain "predict.explain.en is missing or empty" "edit_json '.predict.explain.en = \"\"'"
expect_problem procs "run.procs must be 1 to 64" "edit_json '.run.procs = 0'"
expect_problem chart "chart.pattern picks 0" \
  "edit_json '.chart = {title: {en: \"t\", ko: \"t\"}, unit: {en: \"ms\", ko: \"ms\"}, pattern: \"^(x): ([0-9]+)$\"}'"
expect_problem tryen 'lesson.en.md does not end with a "## Try this" section' "echo '## More' >> lesson.en.md"
expect_problem tryko 'lesson.ko.md does not end with a "## 해 보기" section' "sed -i 's/^## 해 보기/## 더 해 보기/' lesson.ko.md"
expect_problem missing "lesson.ko.md is missing" "rm lesson.ko.md"
expect_problem json "lesson.json:" "echo '{' > lesson.json"

# A pending lesson is reported, not run, and does not fail the run.
out=$(cd "$tmp" && mkdir -p pending && cp -r "$good" pending/ &&
      echo extra >> pending/01-csp-processes/expected.out &&
      LESSONS_PENDING="$tmp/pending.txt" && printf '01-csp-processes  waiting for a feature\n' > "$LESSONS_PENDING" &&
      LESSONS_PENDING="$LESSONS_PENDING" "$here/run_lessons.sh" "$cli" pending/01-csp-processes 2>&1) ||
  { echo "selftest pending: a pending lesson failed the run:"; echo "$out"; failures=$((failures + 1)); }
grep -qF "PENDING 01-csp-processes: waiting for a feature" <<< "$out" ||
  { echo "selftest pending: not reported as pending:"; echo "$out"; failures=$((failures + 1)); }

[ "$failures" -eq 0 ] && echo "run_lessons.sh selftest: all problems caught"
[ "$failures" -eq 0 ]
