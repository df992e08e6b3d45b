// check.test.cpp — the type checker on real programs: valid ones check cleanly and get
// the right types, invalid ones get gc's message at gc's line:col.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "lang/check.h"
#include "lang/parser.h"
#include "lang/stdlib.h"

using namespace chanscope::lang;

namespace {

struct Checked {
  ParseResult parsed;
  CheckResult result;
  // "line:col: message" for each diagnostic (syntax errors first).
  std::vector<std::string> errors;
};

Checked CheckSource(std::string_view src) {
  Checked c;
  c.parsed = Parse("x.go", src);
  for (const Diagnostic& d : c.parsed.diagnostics) {
    c.errors.push_back(std::to_string(d.line) + ":" + std::to_string(d.col) + ": " + d.message);
  }
  c.result = Check(*c.parsed.file);
  for (const Diagnostic& d : c.result.diagnostics) {
    c.errors.push_back(std::to_string(d.line) + ":" + std::to_string(d.col) + ": " + d.message);
  }
  return c;
}

std::string Joined(const std::vector<std::string>& errors) {
  std::string out;
  for (const std::string& e : errors) out += e + "\n";
  return out;
}

// The first error (its first line only: gc adds indented detail lines).
std::string FirstError(std::string_view src) {
  Checked c = CheckSource(src);
  if (c.errors.empty()) return "";
  std::string e = c.errors[0];
  return e.substr(0, e.find('\n'));
}

// Every identifier named `name` in the file, in source order.
std::vector<ast::Ident*> Idents(ast::File& file, std::string_view name) {
  std::vector<ast::Ident*> out;
  for (ast::Decl* d : file.decls) {
    ast::Inspect(d, [&](ast::Node* n) {
      if (auto* id = n->As<ast::Ident>(); id != nullptr && id->name == name) out.push_back(id);
      return true;
    });
  }
  return out;
}

template <class T>
std::vector<T*> Nodes(ast::File& file) {
  std::vector<T*> out;
  for (ast::Decl* d : file.decls) {
    ast::Inspect(d, [&](ast::Node* n) {
      if (auto* x = n->As<T>()) out.push_back(x);
      return true;
    });
  }
  return out;
}

}  // namespace

// --- Valid programs -----------------------------------------------------------------------------

TEST_CASE("check: a concurrent program checks cleanly") {
  Checked c = CheckSource(R"(package main

import (
	"fmt"
	"sync"
	"time"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[key]++
}

func worker(id int, jobs <-chan int, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- fmt.Sprintf("worker %d did %d", id, j)
	}
}

func main() {
	c := Counter{n: make(map[string]int)}
	jobs := make(chan int, 10)
	results := make(chan string, 10)
	var wg sync.WaitGroup
	for w := range 3 {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 0; i < 5; i++ {
		jobs <- i
		c.Inc("jobs")
	}
	close(jobs)
	wg.Wait()
	close(results)
	for r := range results {
		fmt.Println(r)
	}
	select {
	case <-time.After(10 * time.Millisecond):
	default:
	}
	v, ok := c.n["jobs"]
	fmt.Println(v, ok, min(1, 2.5), max("a", "b"))
}
)");
  CHECK(Joined(c.errors) == "");
}

TEST_CASE("check: untyped constants take their final types") {
  Checked c = CheckSource(R"(package main

const big = 1 << 100
const small = big >> 98

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func main() {
	var f float64 = 1
	var n uint = 3
	var x int64 = 1 << n
	var b byte = 'a' + 1
	d := Tuesday
	println(f, x, b, small, d)
}
)");
  REQUIRE(Joined(c.errors) == "");
  ast::File& file = *c.parsed.file;
  auto lits = Nodes<ast::BasicLit>(file);
  // var f float64 = 1: the literal is a float64 constant 1.0.
  ast::BasicLit* one = nullptr;
  for (ast::BasicLit* l : lits)
    if (l->raw == "1" && l->pos.line == 15) one = l;
  REQUIRE(one != nullptr);
  CHECK(TypeString(one->type) == "float64");
  REQUIRE(one->constant != nullptr);
  CHECK(one->constant->kind() == ConstKind::kFloat);
  // var x int64 = 1 << n: the shifted 1 is an int64.
  ast::BasicLit* shifted = nullptr;
  for (ast::BasicLit* l : lits)
    if (l->raw == "1" && l->pos.line == 17) shifted = l;
  REQUIRE(shifted != nullptr);
  CHECK(TypeString(shifted->type) == "int64");
  // small == 4, Tuesday == 2 of type Weekday.
  auto small = Idents(file, "small");
  REQUIRE(!small.empty());
  CHECK(small[0]->obj->As<Const>()->value.int_value() == 4);
  auto tue = Idents(file, "Tuesday");
  REQUIRE(!tue.empty());
  CHECK(tue[0]->obj->As<Const>()->value.int_value() == 2);
  CHECK(TypeString(tue[0]->obj->type) == "Weekday");
  auto d = Idents(file, "d");
  CHECK(TypeString(d[0]->obj->type) == "Weekday");
}

TEST_CASE("check: closures record captured and address-taken variables") {
  Checked c = CheckSource(R"(package main

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	x := 1
	p := &x
	y := 2
	f := func() {
		g := func() { println(y) }
		g()
	}
	f()
	println(*p, counter()())
}
)");
  REQUIRE(Joined(c.errors) == "");
  ast::File& file = *c.parsed.file;
  auto n = Idents(file, "n")[0]->obj->As<Var>();
  CHECK(n->captured);
  CHECK_FALSE(n->address_taken);
  auto x = Idents(file, "x")[0]->obj->As<Var>();
  CHECK(x->address_taken);
  CHECK_FALSE(x->captured);
  auto y = Idents(file, "y")[0]->obj->As<Var>();
  CHECK(y->captured);
  // Both the outer and the inner literal capture y (the outer passes it down).
  auto lits = Nodes<ast::FuncLit>(file);
  REQUIRE(lits.size() == 3);
  const Info& info = *c.result.info;
  for (ast::FuncLit* lit : lits) {
    FunctionInfo* fi = info.function_of.at(lit);
    if (lit->pos.line == 15 || lit->pos.line == 16) {
      REQUIRE(fi->captures.size() == 1);
      CHECK(fi->captures[0] == y);
    }
  }
}

TEST_CASE("check: package variables initialise in dependency order") {
  Checked c = CheckSource(R"(package main

var a = b + 1
var c = 1
var b = f()

func f() int { return c * 2 }

func main() { println(a) }
)");
  REQUIRE(Joined(c.errors) == "");
  std::string order;
  for (const Initializer& init : c.result.info->MainPackage()->init_order) {
    order += init.lhs[0]->name;
  }
  CHECK(order == "cba");
}

TEST_CASE("check: blank package variables still initialise, as null entries") {
  Checked c = CheckSource(
      "package main\nvar _ = f()\nvar a, _ = g()\nfunc f() int { return 1 }\n"
      "func g() (int, int) { return 1, 2 }\nfunc main() { println(a) }\n");
  REQUIRE(Joined(c.errors) == "");
  const auto& order = c.result.info->MainPackage()->init_order;
  REQUIRE(order.size() == 2);
  CHECK(order[0].lhs.size() == 1);
  CHECK(order[0].lhs[0] == nullptr);
  REQUIRE(order[1].lhs.size() == 2);
  CHECK(order[1].lhs[0]->name == "a");
  CHECK(order[1].lhs[1] == nullptr);
}

TEST_CASE("check: embedding promotes fields and methods, selections record the path") {
  Checked c = CheckSource(R"(package main

import "fmt"

type Animal struct{ Name string }

func (a *Animal) Rename(n string) { a.Name = n }
func (a Animal) Hello() string  { return "I am " + a.Name }

type Dog struct {
	*Animal
	Breed string
}

type Greeter interface{ Hello() string }

func main() {
	d := Dog{&Animal{"rex"}, "lab"}
	d.Rename("max")
	var g Greeter = d
	fmt.Println(d.Name, g.Hello())
}
)");
  REQUIRE(Joined(c.errors) == "");
  const Info& info = *c.result.info;
  for (ast::SelectorExpr* s : Nodes<ast::SelectorExpr>(*c.parsed.file)) {
    if (s->sel->name != "Name" || s->pos.line != 21) continue;
    const Selection* sel = info.SelectionOf(s);
    REQUIRE(sel != nullptr);
    CHECK(sel->kind == SelectionKind::kFieldVal);
    CHECK(sel->path == std::vector<int>{0, 0});
    CHECK(sel->indirect);
  }
}

TEST_CASE("check: comma-ok forms are recorded") {
  Checked c = CheckSource(R"(package main

func main() {
	m := map[string]int{}
	var i any = 1
	ch := make(chan int)
	v, ok := m["a"]
	n, isInt := i.(int)
	r, open := <-ch
	println(v, ok, n, isInt, r, open)
}
)");
  REQUIRE(Joined(c.errors) == "");
  CHECK(c.result.info->comma_ok.size() == 3);
}

TEST_CASE("check: generic functions infer type arguments, generic types instantiate") {
  Checked c = CheckSource(R"(package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func main() {
	fmt.Println(Sum([]float64{1, 2.5}))
	strs := Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i) })
	var s Stack[string]
	s.Push(strs[0])
	top, _ := s.Pop()
	fmt.Println(top)
}
)");
  REQUIRE(Joined(c.errors) == "");
  auto sum = Idents(*c.parsed.file, "Sum");
  REQUIRE(sum.size() == 2);
  const Info& info = *c.result.info;
  REQUIRE(info.instances.count(sum[1]) == 1);
  CHECK(TypeString(info.instances.at(sum[1]).type_args[0]) == "float64");
  auto top = Idents(*c.parsed.file, "top");
  CHECK(TypeString(top[0]->obj->type) == "string");
}

TEST_CASE("check: standard library packages are checked and bound by qualified name") {
  Checked c = CheckSource(R"(package main

import (
	"context"
	"errors"
	"os"
	"sort"
	"strings"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	<-ctx.Done()
	xs := []string{"b", "a"}
	sort.Strings(xs)
	err := errors.New(strings.Join(xs, ","))
	var d time.Duration = 3 * time.Millisecond
	println(err.Error(), d.String(), len(os.Args))
}
)");
  REQUIRE(Joined(c.errors) == "");
  bool found = false;
  for (const auto& p : c.result.info->packages) {
    if (p->pkg->path != "strings") continue;
    Object* join = p->pkg->scope->Lookup("Join");
    REQUIRE(join != nullptr);
    CHECK(join->As<Func>()->is_native);
    CHECK(join->As<Func>()->qualified_name == "strings.Join");
    found = true;
  }
  CHECK(found);
  CHECK(c.result.info->MainPackage()->pkg->path == "main");
}

// --- Errors, as gc reports them -----------------------------------------------------------------

TEST_CASE("check: undefined names and unused variables and imports") {
  Checked c = CheckSource(R"(package main

import (
	"fmt"
	"os"
)

func main() {
	x := 1
	fmt.Println(y)
}
)");
  CHECK(Joined(c.errors) ==
        "5:2: \"os\" imported and not used\n"
        "9:2: declared and not used: x\n"
        "10:14: undefined: y\n");
}

TEST_CASE("check: mismatched types and bad assignments") {
  CHECK(FirstError("package main\nfunc main() {\n\tx := 1\n\ty := \"a\"\n\t_ = x + y\n}\n") ==
        "5:6: invalid operation: x + y (mismatched types int and string)");
  CHECK(FirstError("package main\nfunc main() {\n\tx := 1\n\tvar s string = x\n\t_ = s\n}\n") ==
        "4:17: cannot use x (variable of type int) as string value in variable declaration");
  CHECK(FirstError("package main\nfunc main() {\n\tvar s string\n\ts = 2\n\t_ = s\n}\n") ==
        "4:6: cannot use 2 (untyped int constant) as string value in assignment");
  CHECK(FirstError("package main\nconst c = 300\nvar b byte = c\nfunc main() {}\n") ==
        "3:14: cannot use c (untyped int constant 300) as byte value in variable declaration "
        "(overflows)");
  CHECK(FirstError("package main\nvar i int = 3.5\nfunc main() {}\n") ==
        "2:13: cannot use 3.5 (untyped float constant) as int value in variable declaration "
        "(truncated)");
  CHECK(FirstError("package main\nfunc main() {\n\tvar b byte\n\t_ = b + 300\n}\n") ==
        "4:10: 300 (untyped int constant) overflows byte");
  CHECK(FirstError("package main\nfunc main() {\n\t_ = 1 / 0\n}\n") ==
        "3:10: invalid operation: division by zero");
}

TEST_CASE("check: missing return and terminating statements") {
  CHECK(FirstError("package main\nfunc f(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t}\n}\n"
                   "func main() { f(1) }\n") == "6:1: missing return");
  // for {} without break, panic, and if/else with returns all terminate.
  CHECK(FirstError(
            "package main\nfunc f(x int) int {\n\tfor {\n\t}\n}\n"
            "func g(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t} else {\n\t\tpanic(x)\n\t}\n}\n"
            "func main() { f(1); g(1) }\n") == "");
  CHECK(FirstError(
            "package main\nfunc f() int {\n\tfor {\n\t\tbreak\n\t}\n}\nfunc main() { f() }\n") ==
        "6:1: missing return");
}

TEST_CASE("check: calls, returns and multi-value contexts") {
  CHECK(FirstError("package main\nfunc f(a, b int) int { return a + b }\n"
                   "func main() {\n\t_ = f(1)\n}\n") == "4:8: not enough arguments in call to f");
  CHECK(FirstError("package main\nfunc f() int {\n\treturn 1, 2\n}\nfunc main() { f() }\n") ==
        "3:12: too many return values");
  CHECK(FirstError("package main\nfunc p() (int, int) { return 1, 2 }\n"
                   "func main() {\n\tx := p()\n\t_ = x\n}\n") ==
        "4:7: assignment mismatch: 1 variable but p returns 2 values");
  CHECK(FirstError("package main\nfunc main() {\n\tx := 1\n\tx()\n}\n") ==
        "4:2: invalid operation: cannot call non-function x (variable of type int)");
}

TEST_CASE("check: channels, method sets and interfaces") {
  CHECK(FirstError(
            "package main\nfunc f(out chan<- int) {\n\tv := <-out\n\t_ = v\n}\nfunc main() {}\n") ==
        "3:9: invalid operation: cannot receive from send-only channel out (variable of type "
        "chan<- int)");
  CHECK(FirstError("package main\ntype T struct{}\nfunc (t *T) M() {}\ntype I interface{ M() }\n"
                   "func main() {\n\tvar i I = T{}\n\t_ = i\n}\n") ==
        "6:12: cannot use T{} (value of type T) as I value in variable declaration:");
  CHECK(FirstError(
            "package main\ntype S struct{ a int }\nfunc main() {\n\ts := S{b: 1}\n\t_ = s\n}\n") ==
        "4:9: unknown field b in struct literal of type S");
  CHECK(FirstError("package main\ntype S struct{ a int }\nfunc main() {\n"
                   "\tm := map[string]S{}\n\tm[\"k\"].a = 1\n}\n") ==
        "5:2: cannot assign to struct field m[\"k\"].a in map");
}

TEST_CASE("check: statements — no new variables, labels, conditions") {
  CHECK(FirstError("package main\nfunc main() {\n\tx := 1\n\tx := 2\n\t_ = x\n}\n") ==
        "4:4: no new variables on left side of :=");
  CHECK(FirstError("package main\nfunc main() {\n\tif 1 {\n\t}\n}\n") ==
        "3:5: non-boolean condition in if statement");
  CHECK(FirstError("package main\nfunc main() {\n\tcontinue\n}\n") ==
        "3:2: continue is not in a loop");
  CHECK(FirstError("package main\nfunc main() {\n\tfor {\n\t\tbreak L\n\t}\n}\n") ==
        "4:9: break label not defined: L");
  CHECK(FirstError("package main\nfunc main() {\nL:\n\tfor {\n\t}\n}\n") ==
        "3:1: label L defined and not used");
}

TEST_CASE("check: unsupported features name themselves") {
  CHECK(FirstError("package main\nfunc main() {\nL:\n\tgoto L\n}\n") ==
        "4:2: chanscope: unsupported: goto");
  CHECK(FirstError("package main\nimport \"net/http\"\nfunc main() { http.Get(\"x\") }\n") ==
        "2:8: chanscope: unsupported: package net/http");
  CHECK(FirstError("package main\nimport \"unsafe\"\nfunc main() {}\n") ==
        "2:8: chanscope: unsupported: package unsafe");
  CHECK(FirstError("package main\nfunc main() {\n\tx := 2i\n\t_ = x\n}\n") ==
        "3:7: chanscope: unsupported: complex numbers");
}

TEST_CASE("check: generic errors") {
  CHECK(FirstError("package main\nfunc Id[T any](x T) T { return x }\n"
                   "func main() {\n\tf := Id\n\t_ = f\n}\n") ==
        "4:7: cannot use generic function Id without instantiation");
  CHECK(FirstError("package main\ntype Num interface{ ~int | ~float64 }\n"
                   "func Add[T Num](a, b T) T { return a + b }\n"
                   "func main() {\n\t_ = Add(\"a\", \"b\")\n}\n") ==
        "5:9: string does not satisfy Num (string missing in ~int | ~float64)");
}

TEST_CASE("check: bad input never crashes the checker") {
  const char* inputs[] = {
      "package main\nfunc main() {\n\tx := \n}\n",
      "package main\nfunc (",
      "package main\ntype T struct { T }\nfunc main() {}\n",
      "package main\ntype A B\ntype B A\nfunc main() {}\n",
      "package main\nvar a = b\nvar b = a\nfunc main() {}\n",
      "package main\nfunc main() { var x [-1]int; _ = x }\n",
      "package main\nfunc main() { for range 1.5 {} }\n",
      "package main\nfunc main() { x.y.z() }\n",
      "package main\nfunc f[T any, U](x T) {}\nfunc main() {}\n",
      "",
  };
  for (const char* src : inputs) {
    Checked c = CheckSource(src);
    CHECK(c.result.info != nullptr);
  }
}

// --- The Go program corpus ----------------------------------------------------------------------

TEST_CASE("check: every program in tests/go type-checks as the Go toolchain does") {
  namespace fs = std::filesystem;
  fs::path root = fs::path(__FILE__).parent_path().parent_path() / "go";
  if (!fs::exists(root)) return;
  int checked = 0;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.path().extension() != ".go") continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    ParseResult parsed = Parse(entry.path().filename().string(), text.str());
    CheckResult result = Check(*parsed.file);
    std::vector<std::string> got;
    for (const Diagnostic& d : parsed.diagnostics) got.push_back(d.Format());
    for (const Diagnostic& d : result.diagnostics) got.push_back(d.Format());
    const bool expect_errors = entry.path().parent_path().filename() == "errors_compile";
    INFO(entry.path().string());
    if (!expect_errors) {
      CHECK(Joined(got) == "");
    } else {
      // The "// FILE:line:col: message" lines of the Stderr block, first lines only.
      std::string want;
      std::istringstream lines(text.str());
      std::string line;
      bool in_stderr = false;
      while (std::getline(lines, line)) {
        if (line == "// Stderr:")
          in_stderr = true;
        else if (in_stderr && line.rfind("// FILE:", 0) == 0)
          want += line.substr(8) + "\n";
      }
      std::string have;
      for (const std::string& g : got) {
        std::string first = g.substr(0, g.find('\n'));
        have += first.substr(first.find(':') + 1) + "\n";
      }
      CHECK(have == want);
    }
    ++checked;
  }
  CHECK(checked > 0);
}

TEST_CASE("check: corners of the spec that real programs use") {
  // A tagless switch compares with true, so interface-typed cases are fine; struct
  // conversions ignore tags; a generic type's methods see List[T] as their receiver.
  Checked c = CheckSource(R"(package main

type A struct {
	X int `json:"x"`
}
type B struct{ X int }

type List[T any] struct {
	items []T
	next  *List[T]
}

func (l *List[T]) Link() *List[T] {
	var same *List[T] = l
	return same.next
}

func main() {
	switch i := interface{}(true); {
	case i:
	}
	b := B(A{1})
	var f func()
	switch f {
	case nil:
	}
	var l List[int]
	println(b.X, l.Link() == nil)
}
)");
  CHECK(Joined(c.errors) == "");
}

TEST_CASE("check: [...]T literals count their elements") {
  Checked c = CheckSource(
      "package main\nfunc main() {\n\tarr := [...]string{5: \"x\", 1: \"y\"}\n\tconst n = "
      "len(arr)\n\tvar b [n]bool\n\tprintln(len(b))\n}\n");
  REQUIRE(Joined(c.errors) == "");
  auto arr = Idents(*c.parsed.file, "arr");
  CHECK(TypeString(arr[0]->obj->type) == "[6]string");
  auto n = Idents(*c.parsed.file, "n");
  CHECK(n[0]->obj->As<Const>()->value.int_value() == 6);
}

TEST_CASE("check: more gc errors") {
  CHECK(FirstError("package main\nconst a = a\nfunc main() {}\n") ==
        "2:7: initialization loop for a");
  CHECK(FirstError("package main\nfunc main() {\n\tvar s uint = 2\n\t_ = 1.<<s == 1\n}\n") ==
        "4:6: invalid operation: 1. << s (shift of type float64)");
  CHECK(FirstError("package main\nfunc main() {\n\tx := 0\n\tgo func() { x = 1 }()\n}\n") ==
        "3:2: declared and not used: x");
  CHECK(FirstError("package main\nconst c int8 = 100\nfunc main() {\n\tx := c * 2\n\t_ = x\n}\n") ==
        "4:7: c * 2 (constant 200 of type int8) overflows int8");
  CHECK(
      FirstError(
          "package main\nimport \"sync\"\nfunc main() {\n\tvar mu sync.Mutex\n\tmu.lock()\n}\n") ==
      "5:5: mu.lock undefined (type sync.Mutex has no field or method lock, but does have "
      "method Lock)");
  CHECK(FirstError("package main\nimport \"time\"\nfunc main() {\n\tn := 3\n"
                   "\ttime.Sleep(n * time.Millisecond)\n}\n") ==
        "5:13: invalid operation: n * time.Millisecond (mismatched types int and time.Duration)");
  CHECK(FirstError("package main\nfunc main() {\n\tch := make(chan int)\n\tch <- \"x\"\n}\n") ==
        "4:8: cannot use \"x\" (untyped string constant) as int value in send");
}

TEST_CASE("check: every embedded standard library package checks cleanly") {
  std::string src = "package main\n\nimport (\n";
  for (const StdlibFile& f : StdlibFiles()) src += "\t_ \"" + std::string(f.path) + "\"\n";
  src += ")\n\nfunc main() {}\n";
  Checked c = CheckSource(src);
  CHECK(Joined(c.errors) == "");
  // Body-less functions are natives, named for the VM by import path and receiver.
  int natives = 0;
  for (const FunctionInfo* fi : [&] {
         std::vector<const FunctionInfo*> all;
         for (const auto& p : c.result.info->packages)
           for (const FunctionInfo* f : p->functions) all.push_back(f);
         return all;
       }()) {
    if (fi->obj == nullptr || !fi->obj->is_native) continue;
    ++natives;
    CHECK(fi->obj->qualified_name.find('.') != std::string::npos);
  }
  CHECK(natives > 100);
  bool found = false;
  for (const auto& p : c.result.info->packages) {
    if (p->pkg->path != "time") continue;
    auto* dur = p->pkg->scope->Lookup("Duration");
    REQUIRE(dur != nullptr);
    Func* str = dur->type->As<NamedType>()->Method("String");
    REQUIRE(str != nullptr);
    CHECK(str->qualified_name == "time.Duration.String");
    CHECK(str->is_native);
    found = true;
  }
  CHECK(found);
}
