# Shared by check_with_go.sh and run_corpus.sh: parse a program's expectation block,
# run it through a runner function, compare. Sourced, not executed.
#
# A program's expectations (see README.md):
#   // Go: 1.22          optional, first line: the Go version the program needs
#   // Args: a b c       optional, anywhere before // Output: arguments for the program
#   // Output:           stdout, one "// " line per line ("//" alone for an empty line)
#   // Exit: N           optional, the exit status when it is not 0
#   // Stderr:          optional, the lines that must begin stderr ("FILE" = the program's path)

# corpus_parse FILE DIR -> DIR/out DIR/err DIR/exit DIR/goversion DIR/args; returns 1 if malformed
corpus_parse() {
  awk -v d="$2" '
    { lines[NR] = $0 }
    /^\/\/ Output:[ \t]*$/ { start = NR }
    END {
      out = d "/out"; err = d "/err"
      printf "" > out; printf "" > err
      if (!start) { print "no // Output: block" > (d "/problem"); exit 1 }
      gov = ""; args = ""
      if (lines[1] ~ /^\/\/ Go: 1\.[0-9]+[ \t]*$/) { gov = lines[1]; sub(/^\/\/ Go: /, "", gov); sub(/[ \t]+$/, "", gov) }
      for (i = 1; i < start; i++)
        if (lines[i] ~ /^\/\/ Args:/) { args = lines[i]; sub(/^\/\/ Args:[ \t]*/, "", args) }
      sec = "out"; code = 0
      for (i = start + 1; i <= NR; i++) {
        l = lines[i]
        if (l ~ /^\/\/ Exit: [0-9]+[ \t]*$/) { code = substr(l, 10) + 0; sec = "none"; continue }
        if (l ~ /^\/\/ Stderr:[ \t]*$/) { sec = "err"; continue }
        if (l == "//") t = ""
        else if (substr(l, 1, 3) == "// ") t = substr(l, 4)
        else { print "line " i " after // Output: is not a // comment" > (d "/problem"); exit 1 }
        if (sec == "out") print t > out
        else if (sec == "err") print t > err
        else { print "line " i ": text after // Exit: outside a // Stderr: block" > (d "/problem"); exit 1 }
      }
      print code > (d "/exit")
      print gov > (d "/goversion")
      print args > (d "/args")
    }' "$1"
}

# corpus_normalize_stderr IN OUT PATH... : drop the "# command-line-arguments" header of
# go build, write each given spelling of the program's path as FILE.
corpus_normalize_stderr() {
  local in=$1 out=$2; shift 2
  awk -v paths="$(printf '%s\n' "$@")" '
    BEGIN { n = split(paths, p, "\n") }
    $0 == "# command-line-arguments" { next }
    {
      line = $0
      for (k = 1; k <= n; k++) {
        if (p[k] == "") continue
        res = ""
        while ((j = index(line, p[k])) > 0) {
          res = res substr(line, 1, j - 1) "FILE"; line = substr(line, j + length(p[k]))
        }
        line = res line
      }
      print line
    }' "$in" > "$out"
}

# corpus_version_newer A B: true if Go version A (1.N) is newer than B (1.M)
corpus_version_newer() {
  [ "${1#1.}" -gt "${2#1.}" ] 2>/dev/null
}

# corpus_compare FILE WORKDIR VERBOSE : compares WORKDIR/{out,err,exit} with
# WORKDIR/{got_out,got_err_norm,got_exit}; prints one line on mismatch and returns 1.
corpus_compare() {
  local f=$1 w=$2 verbose=$3 why=""
  if ! cmp -s "$w/out" "$w/got_out"; then why="$why stdout"; fi
  local want_exit got_exit
  want_exit=$(cat "$w/exit"); got_exit=$(cat "$w/got_exit")
  if [ "$want_exit" != "$got_exit" ]; then why="$why exit($got_exit, want $want_exit)"; fi
  local n
  n=$(wc -l < "$w/err")
  if [ "$n" -gt 0 ]; then
    head -n "$n" "$w/got_err_norm" > "$w/got_err_head"
    if ! cmp -s "$w/err" "$w/got_err_head"; then why="$why stderr"; fi
  fi
  if [ -n "$why" ]; then
    echo "FAIL $f:$why"
    if [ "$verbose" = 1 ]; then
      case $why in *stdout*) diff -u "$w/out" "$w/got_out" | sed 's/^/    /' | head -40 ;; esac
      case $why in *stderr*) diff -u "$w/err" "$w/got_err_head" | sed 's/^/    /' | head -40 ;; esac
    fi
    return 1
  fi
  return 0
}

# corpus_files DIR [FILES...]: the programs to run, sorted
corpus_files() {
  local dir=$1; shift
  if [ $# -gt 0 ]; then printf '%s\n' "$@"; else find "$dir" -name '*.go' -type f | LC_ALL=C sort; fi
}
