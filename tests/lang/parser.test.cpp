// parser.test.cpp — every statement, expression and type form, generics, precedence,
// gc's ambiguity rules, error recovery with gc's messages, and Go's own channel tests.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "lang/ast_print.h"
#include "lang/parser.h"

using namespace chanscope::lang;

namespace {

std::string Diags(const ParseResult& r) {
  std::string out;
  for (const Diagnostic& d : r.diagnostics) {
    if (!out.empty()) out += "\n";
    out += std::to_string(d.line) + ":" + std::to_string(d.col) + ": " + d.message;
  }
  return out;
}

// The syntax errors of a whole file, "line:col: message" per line.
std::string Errors(std::string_view src) { return Diags(Parse("x.go", src)); }

// The tree of one expression, parsed as `var _ = <expr>`.
std::string Expr(std::string_view expr) {
  ParseResult r = Parse("x.go", "package p\nvar _ = " + std::string(expr) + "\n");
  INFO(Diags(r));
  REQUIRE(r.ok());
  auto* spec = r.file->decls[0]->Cast<ast::GenDecl>()->specs[0]->Cast<ast::ValueSpec>();
  return PrintAst(spec->values[0]);
}

// The trees of the statements of a function body, one per line.
std::string Stmts(std::string_view body) {
  ParseResult r = Parse("x.go", "package p\nfunc f() {\n" + std::string(body) + "\n}\n");
  INFO(Diags(r));
  REQUIRE(r.ok());
  std::string out;
  for (ast::Stmt* s : r.file->decls[0]->Cast<ast::FuncDecl>()->body->list) {
    if (!out.empty()) out += "\n";
    out += PrintAst(s);
  }
  return out;
}

// The trees of the top-level declarations after the package clause.
std::string Decls(std::string_view decls) {
  ParseResult r = Parse("x.go", "package p\n" + std::string(decls) + "\n");
  INFO(Diags(r));
  REQUIRE(r.ok());
  std::string out;
  for (ast::Decl* d : r.file->decls) {
    if (!out.empty()) out += "\n";
    out += PrintAst(d);
  }
  return out;
}

}  // namespace

TEST_SUITE("parser") {
  TEST_CASE("a small file: package, imports, declarations") {
    ParseResult r =
        Parse("hello.go",
              "package main\n\nimport (\n\t\"fmt\"\n\tstr \"strings\"\n\t. \"math\"\n"
              "\t_ \"os\"\n)\n\nfunc main() {\n\tfmt.Println(str.ToUpper(\"hi\"), Pi)\n}\n");
    REQUIRE(r.ok());
    CHECK(r.file->name == "hello.go");
    CHECK(r.file->package_name->name == "main");
    REQUIRE(r.file->imports.size() == 4);
    CHECK(r.file->imports[0]->name == nullptr);
    CHECK(r.file->imports[0]->path->string_value == "fmt");
    CHECK(r.file->imports[1]->name->name == "str");
    CHECK(r.file->imports[2]->name->name == ".");
    CHECK(r.file->imports[3]->name->name == "_");
    CHECK(r.file->decls.size() == 2);
    CHECK(r.file->decls[1]->Cast<ast::FuncDecl>()->name->name == "main");
  }

  TEST_CASE("literals keep raw text and decoded values") {
    CHECK(Expr("0x_ff") == "(BasicLit INT 0x_ff =255)");
    CHECK(Expr("0o17") == "(BasicLit INT 0o17 =15)");
    CHECK(Expr("1e400") == "(BasicLit FLOAT 1e400 =inf)");
    CHECK(Expr("0x1p-2") == "(BasicLit FLOAT 0x1p-2 =0.25)");
    CHECK(Expr("2.5i") == "(BasicLit IMAG 2.5i =2.5i)");
    CHECK(Expr("'\\n'") == "(BasicLit CHAR '\\n' =10)");
    CHECK(Expr("\"a\\tb\"") == "(BasicLit STRING \"a\\tb\" =\"a\\tb\")");
    CHECK(Expr("`raw\\n`") == "(BasicLit STRING `raw\\n` =\"raw\\\\n\")");
    CHECK(Expr("99999999999999999999") == "(BasicLit INT 99999999999999999999 =overflow)");
  }

  TEST_CASE("operator precedence and associativity") {
    CHECK(Expr("a + b * c") == "(BinaryExpr + (Ident a) (BinaryExpr * (Ident b) (Ident c)))");
    CHECK(Expr("a * b + c") == "(BinaryExpr + (BinaryExpr * (Ident a) (Ident b)) (Ident c))");
    CHECK(Expr("a - b - c") == "(BinaryExpr - (BinaryExpr - (Ident a) (Ident b)) (Ident c))");
    CHECK(Expr("a || b && c") == "(BinaryExpr || (Ident a) (BinaryExpr && (Ident b) (Ident c)))");
    CHECK(Expr("a == b || c < d") ==
          "(BinaryExpr ||\n"
          "  (BinaryExpr == (Ident a) (Ident b))\n"
          "  (BinaryExpr < (Ident c) (Ident d)))");
    CHECK(Expr("x << 1 | y &^ z") ==
          "(BinaryExpr |\n"
          "  (BinaryExpr << (Ident x) (BasicLit INT 1 =1))\n"
          "  (BinaryExpr &^ (Ident y) (Ident z)))");
    CHECK(Expr("-x * y") == "(BinaryExpr * (UnaryExpr - (Ident x)) (Ident y))");
    CHECK(Expr("!a && ^b != 0") ==
          "(BinaryExpr &&\n"
          "  (UnaryExpr ! (Ident a))\n"
          "  (BinaryExpr != (UnaryExpr ^ (Ident b)) (BasicLit INT 0 =0)))");
    CHECK(Expr("<-ch + 1") == "(BinaryExpr + (UnaryExpr <- (Ident ch)) (BasicLit INT 1 =1))");
    CHECK(Expr("*p.x") == "(StarExpr (SelectorExpr (Ident p) (Ident x)))");
    CHECK(Expr("&x[0]") == "(UnaryExpr & (IndexExpr (Ident x) (BasicLit INT 0 =0)))");
    CHECK(Expr("(a + b) * c") ==
          "(BinaryExpr * (ParenExpr (BinaryExpr + (Ident a) (Ident b))) (Ident c))");
  }

  TEST_CASE("primary expressions: selectors, index, slices, assertions, calls") {
    CHECK(Expr("a.b.c") == "(SelectorExpr (SelectorExpr (Ident a) (Ident b)) (Ident c))");
    CHECK(Expr("m[k]") == "(IndexExpr (Ident m) (Ident k))");
    CHECK(Expr("s[1:]") == "(SliceExpr (Ident s) (BasicLit INT 1 =1) nil)");
    CHECK(Expr("s[:j]") == "(SliceExpr (Ident s) nil (Ident j))");
    CHECK(Expr("s[:]") == "(SliceExpr (Ident s) nil nil)");
    CHECK(Expr("s[i:j:k]") == "(SliceExpr 3 (Ident s) (Ident i) (Ident j) (Ident k))");
    CHECK(Expr("s[:j:k]") == "(SliceExpr 3 (Ident s) nil (Ident j) (Ident k))");
    CHECK(Expr("x.(T)") == "(TypeAssertExpr (Ident x) (Ident T))");
    CHECK(Expr("x.(*T).f") ==
          "(SelectorExpr (TypeAssertExpr (Ident x) (StarExpr (Ident T))) (Ident f))");
    CHECK(Expr("f()") == "(CallExpr (Ident f))");
    CHECK(Expr("f(a, b,)") == "(CallExpr (Ident f) (Ident a) (Ident b))");
    CHECK(Expr("append(xs, ys...)") == "(CallExpr ... (Ident append) (Ident xs) (Ident ys))");
    CHECK(Expr("f(x)(y)") == "(CallExpr (CallExpr (Ident f) (Ident x)) (Ident y))");
    CHECK(Expr("[]byte(s)") == "(CallExpr (SliceType (Ident byte)) (Ident s))");
    CHECK(Expr("(*T)(p)") == "(CallExpr (ParenExpr (StarExpr (Ident T))) (Ident p))");
    CHECK(Expr("make(chan<- int, 3)") ==
          "(CallExpr (Ident make) (ChanType send (Ident int)) (BasicLit INT 3 =3))");
    CHECK(Expr("time.Duration(1) * time.Second") ==
          "(BinaryExpr *\n"
          "  (CallExpr (SelectorExpr (Ident time) (Ident Duration)) (BasicLit INT 1 =1))\n"
          "  (SelectorExpr (Ident time) (Ident Second)))");
  }

  TEST_CASE("composite literals: keyed, nested with elided types, &T") {
    CHECK(Expr("T{}") == "(CompositeLit (Ident T))");
    CHECK(Expr("[]int{1, 2}") ==
          "(CompositeLit (SliceType (Ident int)) (BasicLit INT 1 =1) (BasicLit INT 2 =2))");
    CHECK(Expr("[...]string{2: \"b\"}") ==
          "(CompositeLit\n"
          "  (ArrayType (Ellipsis) (Ident string))\n"
          "  (KeyValueExpr (BasicLit INT 2 =2) (BasicLit STRING \"b\" =\"b\")))");
    CHECK(
        Expr("map[string][]int{\"a\": {1}}") ==
        "(CompositeLit\n"
        "  (MapType (Ident string) (SliceType (Ident int)))\n"
        "  (KeyValueExpr (BasicLit STRING \"a\" =\"a\") (CompositeLit nil (BasicLit INT 1 =1))))");
    CHECK(Expr("[]*P{{X: 1}}") ==
          "(CompositeLit\n"
          "  (SliceType (StarExpr (Ident P)))\n"
          "  (CompositeLit nil (KeyValueExpr (Ident X) (BasicLit INT 1 =1))))");
    CHECK(Expr("&pkg.T{A: x}") ==
          "(UnaryExpr &\n"
          "  (CompositeLit\n"
          "    (SelectorExpr (Ident pkg) (Ident T))\n"
          "    (KeyValueExpr (Ident A) (Ident x))))");
    CHECK(Expr("struct{ x int }{1}") ==
          "(CompositeLit\n"
          "  (StructType (FieldList (Field (Ident x) (Ident int))))\n"
          "  (BasicLit INT 1 =1))");
  }

  TEST_CASE("function literals and closures") {
    CHECK(Expr("func(x int) int { return x }") ==
          "(FuncLit\n"
          "  (FuncType\n"
          "    (FieldList (Field (Ident x) (Ident int)))\n"
          "    (FieldList (Field (Ident int))))\n"
          "  (BlockStmt (ReturnStmt (Ident x))))");
    CHECK(Expr("func() {}()") == "(CallExpr (FuncLit (FuncType (FieldList)) (BlockStmt)))");
  }

  TEST_CASE("type expressions") {
    CHECK(Expr("[]map[string]*[4]chan<- int(nil)") ==
          "(CallExpr\n"
          "  (SliceType\n"
          "    (MapType\n"
          "      (Ident string)\n"
          "      (StarExpr (ArrayType (BasicLit INT 4 =4) (ChanType send (Ident int))))))\n"
          "  (Ident nil))");
    CHECK(Expr("(<-chan int)(c)") ==
          "(CallExpr (ParenExpr (ChanType recv (Ident int))) (Ident c))");
    CHECK(Expr("(chan (<-chan int))(c)") ==
          "(CallExpr (ParenExpr (ChanType both (ChanType recv (Ident int)))) (Ident c))");
    CHECK(Expr("(chan<- chan int)(c)") ==
          "(CallExpr (ParenExpr (ChanType send (ChanType both (Ident int)))) (Ident c))");
    CHECK(Expr("(func(a, b int, s ...string) (n int, err error))(nil)") ==
          "(CallExpr\n"
          "  (ParenExpr\n"
          "    (FuncType\n"
          "      (FieldList\n"
          "        (Field (Ident a) (Ident b) (Ident int))\n"
          "        (Field (Ident s) (Ellipsis (Ident string))))\n"
          "      (FieldList (Field (Ident n) (Ident int)) (Field (Ident err) (Ident error)))))\n"
          "  (Ident nil))");
    CHECK(Decls("type S struct {\n\ta, b int `tag`\n\tio.Reader\n\t*T\n}") ==
          "(GenDecl type\n"
          "  (TypeSpec\n"
          "    (Ident S)\n"
          "    (StructType\n"
          "      (FieldList\n"
          "        (Field (Ident a) (Ident b) (Ident int) (BasicLit STRING `tag` =\"tag\"))\n"
          "        (Field (SelectorExpr (Ident io) (Ident Reader)))\n"
          "        (Field (StarExpr (Ident T)))))))");
    CHECK(Decls("type I interface {\n\tfmt.Stringer\n\tM(x int) error\n}") ==
          "(GenDecl type\n"
          "  (TypeSpec\n"
          "    (Ident I)\n"
          "    (InterfaceType\n"
          "      (FieldList\n"
          "        (Field (SelectorExpr (Ident fmt) (Ident Stringer)))\n"
          "        (Field\n"
          "          (Ident M)\n"
          "          (FuncType\n"
          "            (FieldList (Field (Ident x) (Ident int)))\n"
          "            (FieldList (Field (Ident error)))))))))");
    CHECK(Decls("type A = B") == "(GenDecl type (TypeSpec alias (Ident A) (Ident B)))");
  }

  TEST_CASE("simple statements") {
    CHECK(Stmts("x := 1") == "(AssignStmt := (Ident x) (BasicLit INT 1 =1))");
    CHECK(Stmts("a, b = b, a") == "(AssignStmt = (Ident a) (Ident b) (Ident b) (Ident a))");
    CHECK(Stmts("x += 2") == "(AssignStmt += (Ident x) (BasicLit INT 2 =2))");
    CHECK(Stmts("x &^= y") == "(AssignStmt &^= (Ident x) (Ident y))");
    CHECK(Stmts("i++") == "(IncDecStmt ++ (Ident i))");
    CHECK(Stmts("p.n--") == "(IncDecStmt -- (SelectorExpr (Ident p) (Ident n)))");
    CHECK(Stmts("ch <- v") == "(SendStmt (Ident ch) (Ident v))");
    CHECK(Stmts("<-done") == "(ExprStmt (UnaryExpr <- (Ident done)))");
    CHECK(Stmts("v, ok := <-ch") ==
          "(AssignStmt := (Ident v) (Ident ok) (UnaryExpr <- (Ident ch)))");
    CHECK(Stmts("f()") == "(ExprStmt (CallExpr (Ident f)))");
    CHECK(Stmts("*p = 1") == "(AssignStmt = (StarExpr (Ident p)) (BasicLit INT 1 =1))");
    CHECK(Stmts(";") == "(EmptyStmt)");
  }

  TEST_CASE("go, defer, return, branches, labels, blocks, declarations") {
    CHECK(Stmts("go worker(ch)") == "(GoStmt (CallExpr (Ident worker) (Ident ch)))");
    CHECK(Stmts("defer mu.Unlock()") ==
          "(DeferStmt (CallExpr (SelectorExpr (Ident mu) (Ident Unlock))))");
    CHECK(Stmts("go func() {}()") ==
          "(GoStmt (CallExpr (FuncLit (FuncType (FieldList)) (BlockStmt))))");
    CHECK(Stmts("return") == "(ReturnStmt)");
    CHECK(Stmts("return a, b") == "(ReturnStmt (Ident a) (Ident b))");
    CHECK(Stmts("L:\n\tfor {\n\t\tbreak L\n\t}") ==
          "(LabeledStmt\n"
          "  (Ident L)\n"
          "  (ForStmt nil nil nil (BlockStmt (BranchStmt break (Ident L)))))");
    CHECK(Stmts("for {\n\tcontinue\n}") ==
          "(ForStmt nil nil nil (BlockStmt (BranchStmt continue)))");
    CHECK(Stmts("goto end\nend:") ==
          "(BranchStmt goto (Ident end))\n(LabeledStmt (Ident end) (EmptyStmt implicit))");
    CHECK(Stmts("{\n\tx := 1\n\t_ = x\n}") ==
          "(BlockStmt\n"
          "  (AssignStmt := (Ident x) (BasicLit INT 1 =1))\n"
          "  (AssignStmt = (Ident _) (Ident x)))");
    CHECK(Stmts("var x, y int = 1, 2") ==
          "(DeclStmt\n"
          "  (GenDecl var\n"
          "    (ValueSpec iota=0\n"
          "      (Ident x)\n"
          "      (Ident y)\n"
          "      (Ident int)\n"
          "      (BasicLit INT 1 =1)\n"
          "      (BasicLit INT 2 =2))))");
    CHECK(Stmts("type T struct{}") ==
          "(DeclStmt (GenDecl type (TypeSpec (Ident T) (StructType (FieldList)))))");
    CHECK(Stmts("switch {\ncase true:\n\tfallthrough\ndefault:\n}") ==
          "(SwitchStmt\n"
          "  nil\n"
          "  nil\n"
          "  (BlockStmt\n"
          "    (CaseClause (Ident true) (BranchStmt fallthrough))\n"
          "    (CaseClause default)))");
  }

  TEST_CASE("if with init and else chains") {
    CHECK(Stmts("if x := f(); x > 0 {\n} else if x < 0 {\n} else {\n}") ==
          "(IfStmt\n"
          "  (AssignStmt := (Ident x) (CallExpr (Ident f)))\n"
          "  (BinaryExpr > (Ident x) (BasicLit INT 0 =0))\n"
          "  (BlockStmt)\n"
          "  (IfStmt\n"
          "    nil\n"
          "    (BinaryExpr < (Ident x) (BasicLit INT 0 =0))\n"
          "    (BlockStmt)\n"
          "    (BlockStmt)))");
  }

  TEST_CASE("for: three-clause, condition only, infinite, range forms") {
    CHECK(Stmts("for i := 0; i < n; i++ {\n}") ==
          "(ForStmt\n"
          "  (AssignStmt := (Ident i) (BasicLit INT 0 =0))\n"
          "  (BinaryExpr < (Ident i) (Ident n))\n"
          "  (IncDecStmt ++ (Ident i))\n"
          "  (BlockStmt))");
    CHECK(Stmts("for ; ; {\n}") == "(ForStmt nil nil nil (BlockStmt))");
    CHECK(Stmts("for x < 10 {\n}") ==
          "(ForStmt nil (BinaryExpr < (Ident x) (BasicLit INT 10 =10)) nil (BlockStmt))");
    CHECK(Stmts("for k, v := range m {\n}") ==
          "(RangeStmt := (Ident k) (Ident v) (Ident m) (BlockStmt))");
    CHECK(Stmts("for i = range s {\n}") == "(RangeStmt = (Ident i) nil (Ident s) (BlockStmt))");
    CHECK(Stmts("for range ch {\n}") == "(RangeStmt nil nil (Ident ch) (BlockStmt))");
    CHECK(Stmts("for i := range 10 {\n}") ==
          "(RangeStmt := (Ident i) nil (BasicLit INT 10 =10) (BlockStmt))");
    CHECK(Stmts("for x := range seq {\n}") ==  // range over a function: same syntax
          "(RangeStmt := (Ident x) nil (Ident seq) (BlockStmt))");
    CHECK(Stmts("for _, v := range []int{1} {\n}") ==
          "(RangeStmt :=\n"
          "  (Ident _)\n"
          "  (Ident v)\n"
          "  (CompositeLit (SliceType (Ident int)) (BasicLit INT 1 =1))\n"
          "  (BlockStmt))");
  }

  TEST_CASE("expression switches and type switches, with init") {
    CHECK(Stmts("switch x := f(); x {\ncase 1, 2:\ndefault:\n}") ==
          "(SwitchStmt\n"
          "  (AssignStmt := (Ident x) (CallExpr (Ident f)))\n"
          "  (Ident x)\n"
          "  (BlockStmt\n"
          "    (CaseClause (BasicLit INT 1 =1) (BasicLit INT 2 =2))\n"
          "    (CaseClause default)))");
    CHECK(Stmts("switch v.(type) {\ncase nil, []int, map[K]V, func(), *T:\n}") ==
          "(TypeSwitchStmt\n"
          "  nil\n"
          "  (ExprStmt (TypeAssertExpr (type) (Ident v)))\n"
          "  (BlockStmt\n"
          "    (CaseClause\n"
          "      (Ident nil)\n"
          "      (SliceType (Ident int))\n"
          "      (MapType (Ident K) (Ident V))\n"
          "      (FuncType (FieldList))\n"
          "      (StarExpr (Ident T)))))");
    ParseResult r =
        Parse("x.go", "package p\nfunc f() {\n\tswitch y := 1; x := y.(type) {\n\t}\n}\n");
    REQUIRE(r.ok());
    auto* ts = r.file->decls[0]->Cast<ast::FuncDecl>()->body->list[0]->Cast<ast::TypeSwitchStmt>();
    REQUIRE(ts->init != nullptr);
    CHECK(ts->Binding()->name == "x");
    CHECK(ts->Subject()->Cast<ast::Ident>()->name == "y");
  }

  TEST_CASE("select with send, receive and default") {
    CHECK(Stmts("select {\ncase ch <- 1:\ncase v := <-in:\n\t_ = v\ncase <-quit:\n\treturn\n"
                "default:\n}") ==
          "(SelectStmt\n"
          "  (BlockStmt\n"
          "    (CommClause (SendStmt (Ident ch) (BasicLit INT 1 =1)))\n"
          "    (CommClause\n"
          "      (AssignStmt := (Ident v) (UnaryExpr <- (Ident in)))\n"
          "      (AssignStmt = (Ident _) (Ident v)))\n"
          "    (CommClause (ExprStmt (UnaryExpr <- (Ident quit))) (ReturnStmt))\n"
          "    (CommClause default)))");
  }

  TEST_CASE("const groups: iota index and implicit repetition as fresh copies") {
    ParseResult r =
        Parse("x.go", "package p\nconst (\n\tA Weekday = iota + 1\n\tB\n\tC\n)\nconst X = 1\n");
    REQUIRE(r.ok());
    auto* g = r.file->decls[0]->Cast<ast::GenDecl>();
    REQUIRE(g->specs.size() == 3);
    auto* a = g->specs[0]->Cast<ast::ValueSpec>();
    auto* c = g->specs[2]->Cast<ast::ValueSpec>();
    CHECK(a->iota == 0);
    CHECK_FALSE(a->implicit);
    CHECK(c->iota == 2);
    CHECK(c->implicit);
    CHECK(PrintAst(c) ==
          "(ValueSpec iota=2 implicit\n"
          "  (Ident C)\n"
          "  (Ident Weekday)\n"
          "  (BinaryExpr + (Ident iota) (BasicLit INT 1 =1)))");
    CHECK(c->values[0] != a->values[0]);            // its own nodes, for its own constants
    CHECK(c->values[0]->pos == a->values[0]->pos);  // positioned at the original text
    CHECK(g->lparen == Pos{2, 7});
    auto* x = r.file->decls[1]->Cast<ast::GenDecl>();
    CHECK_FALSE(x->lparen.IsValid());
    CHECK(x->specs[0]->Cast<ast::ValueSpec>()->iota == 0);

    // A const group inside a function literal does not disturb the outer repetition.
    ParseResult n = Parse("x.go",
                          "package p\nconst (\n\tA = iota\n\tB = f(func() { const (X = 7; Y) })\n"
                          "\tC\n)\n");
    REQUIRE(n.ok());
    auto* nc = n.file->decls[0]->Cast<ast::GenDecl>()->specs[2]->Cast<ast::ValueSpec>();
    CHECK(nc->implicit);
    CHECK(nc->values[0]->kind == ast::NodeKind::kCallExpr);
  }

  TEST_CASE("methods and receivers; body-less declarations") {
    CHECK(Decls("func (s *Stack[T]) Push(v T)") ==
          "(FuncDecl\n"
          "  (FieldList (Field (Ident s) (StarExpr (IndexExpr (Ident Stack) (Ident T)))))\n"
          "  (Ident Push)\n"
          "  (FuncType (FieldList (Field (Ident v) (Ident T))))\n"
          "  nil)");
    CHECK(Decls("func Contains(s, substr string) bool") ==
          "(FuncDecl\n"
          "  nil\n"
          "  (Ident Contains)\n"
          "  (FuncType\n"
          "    (FieldList (Field (Ident s) (Ident substr) (Ident string)))\n"
          "    (FieldList (Field (Ident bool))))\n"
          "  nil)");
    CHECK(Decls("func (T) M()") ==
          "(FuncDecl (FieldList (Field (Ident T))) (Ident M) (FuncType (FieldList)) nil)");
  }

  TEST_CASE("generics: type parameters, constraints, instantiation") {
    CHECK(Decls("func Map[T, U any](xs []T, f func(T) U) []U") ==
          "(FuncDecl\n"
          "  nil\n"
          "  (Ident Map)\n"
          "  (FuncType\n"
          "    (FieldList (Field (Ident T) (Ident U) (Ident any)))\n"
          "    (FieldList\n"
          "      (Field (Ident xs) (SliceType (Ident T)))\n"
          "      (Field\n"
          "        (Ident f)\n"
          "        (FuncType (FieldList (Field (Ident T))) (FieldList (Field (Ident U))))))\n"
          "    (FieldList (Field (SliceType (Ident U)))))\n"
          "  nil)");
    CHECK(Decls("type Number interface {\n\t~int | ~float64 | string\n}") ==
          "(GenDecl type\n"
          "  (TypeSpec\n"
          "    (Ident Number)\n"
          "    (InterfaceType\n"
          "      (FieldList\n"
          "        (Field\n"
          "          (BinaryExpr |\n"
          "            (BinaryExpr | (UnaryExpr ~ (Ident int)) (UnaryExpr ~ (Ident float64)))\n"
          "            (Ident string)))))))");
    CHECK(Decls("func Sum[T ~int | ~float64](xs ...T) T") ==
          "(FuncDecl\n"
          "  nil\n"
          "  (Ident Sum)\n"
          "  (FuncType\n"
          "    (FieldList\n"
          "      (Field\n"
          "        (Ident T)\n"
          "        (BinaryExpr | (UnaryExpr ~ (Ident int)) (UnaryExpr ~ (Ident float64)))))\n"
          "    (FieldList (Field (Ident xs) (Ellipsis (Ident T))))\n"
          "    (FieldList (Field (Ident T))))\n"
          "  nil)");
    CHECK(Decls("type List[T any] struct {\n\tnext *List[T]\n\tval T\n}") ==
          "(GenDecl type\n"
          "  (TypeSpec\n"
          "    (Ident List)\n"
          "    (FieldList (Field (Ident T) (Ident any)))\n"
          "    (StructType\n"
          "      (FieldList\n"
          "        (Field (Ident next) (StarExpr (IndexExpr (Ident List) (Ident T))))\n"
          "        (Field (Ident val) (Ident T))))))");
    CHECK(Decls("type M[K comparable, V any] map[K]V") ==
          "(GenDecl type\n"
          "  (TypeSpec\n"
          "    (Ident M)\n"
          "    (FieldList (Field (Ident K) (Ident comparable)) (Field (Ident V) (Ident any)))\n"
          "    (MapType (Ident K) (Ident V))))");
    CHECK(Expr("Map[int, string](xs, f)") ==
          "(CallExpr\n"
          "  (IndexExpr (Ident Map) (Ident int) (Ident string))\n"
          "  (Ident xs)\n"
          "  (Ident f))");
    CHECK(Expr("Pair[string, int]{\"a\", 1}") ==
          "(CompositeLit\n"
          "  (IndexExpr (Ident Pair) (Ident string) (Ident int))\n"
          "  (BasicLit STRING \"a\" =\"a\")\n"
          "  (BasicLit INT 1 =1))");
    CHECK(Expr("Max[float64]") == "(IndexExpr (Ident Max) (Ident float64))");
  }

  TEST_CASE("generic type declarations versus array types") {
    CHECK(Decls("type A [N]int") ==
          "(GenDecl type (TypeSpec (Ident A) (ArrayType (Ident N) (Ident int))))");
    CHECK(Decls("type A [N * 2]int") ==
          "(GenDecl type\n"
          "  (TypeSpec\n"
          "    (Ident A)\n"
          "    (ArrayType (BinaryExpr * (Ident N) (BasicLit INT 2 =2)) (Ident int))))");
    // P *C could be an array length: gc (and the spec) read it so; a comma settles it.
    CHECK(Decls("type T[P *C] struct{}") ==
          "(GenDecl type\n"
          "  (TypeSpec\n"
          "    (Ident T)\n"
          "    (ArrayType (BinaryExpr * (Ident P) (Ident C)) (StructType (FieldList)))))");
    CHECK(Decls("type T[P *C,] struct{}") ==
          "(GenDecl type\n"
          "  (TypeSpec\n"
          "    (Ident T)\n"
          "    (FieldList (Field (Ident P) (StarExpr (Ident C))))\n"
          "    (StructType (FieldList))))");
    CHECK(Decls("type T[P interface{ M() }] []P") ==
          "(GenDecl type\n"
          "  (TypeSpec\n"
          "    (Ident T)\n"
          "    (FieldList\n"
          "      (Field\n"
          "        (Ident P)\n"
          "        (InterfaceType (FieldList (Field (Ident M) (FuncType (FieldList)))))))\n"
          "    (SliceType (Ident P))))");
    CHECK(Decls("type S[E []int] E") ==
          "(GenDecl type\n"
          "  (TypeSpec\n"
          "    (Ident S)\n"
          "    (FieldList (Field (Ident E) (SliceType (Ident int))))\n"
          "    (Ident E)))");
  }

  TEST_CASE("composite literals need parentheses in if, for and switch headers") {
    CHECK(Stmts("if x == (T{}) {\n}") ==
          "(IfStmt\n"
          "  nil\n"
          "  (BinaryExpr == (Ident x) (ParenExpr (CompositeLit (Ident T))))\n"
          "  (BlockStmt))");
    CHECK(Stmts("for _, x := range []T{{1}} {\n}") ==
          "(RangeStmt :=\n"
          "  (Ident _)\n"
          "  (Ident x)\n"
          "  (CompositeLit (SliceType (Ident T)) (CompositeLit nil (BasicLit INT 1 =1)))\n"
          "  (BlockStmt))");
    CHECK(Stmts("if f(T{}) {\n}") ==  // inside call parentheses they are fine
          "(IfStmt nil (CallExpr (Ident f) (CompositeLit (Ident T))) (BlockStmt))");
    CHECK(Stmts("switch x {\n}") == "(SwitchStmt nil (Ident x) (BlockStmt))");
    // T{} is not a literal here: { opens the body, and the real body is left over.
    CHECK(Errors("package p\nfunc f() {\n\tif x == T{} {\n\t}\n}\n") ==
          "3:14: syntax error: unexpected { at end of statement\n"
          "5:1: syntax error: non-declaration statement outside function body");
  }

  TEST_CASE("positions: first token of each node, operators separately") {
    ParseResult r = Parse("x.go", "package p\nfunc f() {\n\tx := a +\n\t\tb[i]\n}\n");
    REQUIRE(r.ok());
    auto* body = r.file->decls[0]->Cast<ast::FuncDecl>()->body;
    CHECK(body->pos == Pos{2, 10});
    CHECK(body->rbrace == Pos{5, 1});
    auto* as = body->list[0]->Cast<ast::AssignStmt>();
    CHECK(as->pos == Pos{3, 2});
    CHECK(as->tok_pos == Pos{3, 4});
    auto* bin = as->rhs[0]->Cast<ast::BinaryExpr>();
    CHECK(bin->pos == Pos{3, 7});
    CHECK(bin->op_pos == Pos{3, 9});
    auto* idx = bin->y->Cast<ast::IndexExpr>();
    CHECK(idx->pos == Pos{4, 3});
    CHECK(idx->lbrack == Pos{4, 4});
    CHECK(idx->rbrack == Pos{4, 6});
  }

  TEST_CASE("ExprString writes Go source back, shortened like gc's messages") {
    ParseResult r = Parse("x.go",
                          "package p\nvar _ = f(a+b*c, []int{1}, func(x int) bool { return true }, "
                          "s[1:], <-ch, m[k].(T), x...)\n");
    REQUIRE(r.ok());
    auto* spec = r.file->decls[0]->Cast<ast::GenDecl>()->specs[0]->Cast<ast::ValueSpec>();
    CHECK(ast::ExprString(spec->values[0]) ==
          "f(a + b * c, []int{…}, func(x int) bool {…}, s[1:], <-ch, m[k].(T), x...)");
  }

  TEST_CASE("syntax errors: gc's messages and positions, one per line, several per file") {
    CHECK(Errors("func main() {}") == "1:1: syntax error: package statement must be first");
    CHECK(Errors("package p\nfunc f() {\n\tx := 1 +\n}\n") ==
          "4:1: syntax error: unexpected }, expected expression");
    CHECK(Errors("package p\nfunc f() {\n\tfmt.Println(\"a\"\n}\n") ==
          "3:17: syntax error: unexpected newline in argument list; possibly missing comma or )");
    CHECK(Errors("package p\nfunc f() {\n\tx := 1\n\ty := 2 z := 3\n\tfor i := 0; i < 3; i++ }\n"
                 "\tif x = 1 {\n\t}\n}\n") ==
          "4:9: syntax error: unexpected name z at end of statement\n"
          "5:25: syntax error: unexpected }, expected { after for clause\n"
          "6:7: syntax error: cannot use assignment x = 1 as value");
    CHECK(Errors("package p\nvar x int = \nfunc f()\n{\n}\n") ==
          "3:6: syntax error: unexpected name f, expected (\n"
          "5:1: syntax error: unexpected } after top level declaration");
    CHECK(Errors("package p\nfunc f()\n{\n}\n") ==
          "3:1: syntax error: unexpected semicolon or newline before {");
    CHECK(Errors("package p\nx := 1\nfunc f() {}\n") ==
          "2:1: syntax error: non-declaration statement outside function body");
    CHECK(Errors("package p\nfunc f() {\n\tif x {\n\t} else return\n}\n") ==
          "4:9: syntax error: else must be followed by if or statement block");
    CHECK(Errors("package p\nfunc f() {\n\tfor i := 0; i < 3; j := 1 {\n\t}\n}\n") ==
          "3:23: syntax error: cannot declare in post statement of for loop");
    CHECK(Errors("package p\nfunc f() {\n\tif x := 1; {\n\t}\n}\n") ==
          "3:11: syntax error: missing condition in if statement");
    CHECK(Errors("package p\nfunc f() {\n\tif x\n\t{\n\t}\n}\n") ==
          "3:6: syntax error: unexpected newline, expected { after if clause");
    CHECK(Errors("package p\nfunc f() {\n\tgo (g())\n\tdefer h\n}\n") ==
          "3:5: expression in go must not be parenthesized\n"
          "4:8: expression in defer must be function call");
    CHECK(Errors("package p\nfunc f(a, b) {}\nfunc g(a int, string) {}\n") ==
          "3:21: syntax error: missing parameter type");
    CHECK(Errors("package p\nfunc f(a ...int, b int) {}\n") ==
          "2:10: can only use ... with final parameter");
    CHECK(Errors("package p\nfunc (a, b T) m() {}\nfunc () n() {}\n") ==
          "2:15: method has multiple receivers\n3:9: method has no receiver");
    CHECK(Errors("package p\nimport 42\n") == "2:8: syntax error: import path must be a string");
    CHECK(Errors("package p\nvar _ = x.(type)\n") == "2:9: use of .(type) outside type switch");
    CHECK(Errors("package p\nfunc f() {\n\tfor a, b, c := range s {\n\t}\n}\n") ==
          "3:12: range clause permits at most two iteration variables");
    CHECK(Errors("package p\nvar _ = s[1::]\n") ==
          "2:13: middle index required in 3-index slice\n2:14: final index required in 3-index "
          "slice");
    CHECK(
        Errors("package p\nvar _ = T{1, 2\n") ==
        "2:15: syntax error: unexpected newline in composite literal; possibly missing comma or }");
    CHECK(Errors("package p\ntype T[P any]\nvar _ = x[]\nfunc f[]() {}\n") ==
          "2:14: syntax error: unexpected newline in type declaration\n"
          "3:11: syntax error: unexpected ], expected operand\n"
          "4:8: syntax error: empty type parameter list");
  }

  TEST_CASE("recovery keeps going: lexical and syntax errors in one file, in source order") {
    // The same messages and positions as go build prints (gc 1.20+ wording).
    ParseResult r =
        Parse("bad.go",
              "package main\n\nfunc main() {\n\tx := 'ab'\n\ty := 0x\n"
              "\tfmt.Println(\"a\" \"b\")\n\tvar v int = @\n\tfor i := 0; i < 3; i++\n\t{\n"
              "\t}\n}\n\nfunc ok() int { return 1 }\n");
    CHECK(Diags(r) ==
          "4:7: more than one character in rune literal\n"
          "5:9: hexadecimal literal has no digits\n"
          "6:18: syntax error: unexpected literal \"b\" in argument list; possibly missing comma "
          "or )\n"
          "7:14: invalid character U+0040 '@'\n"
          "8:2: syntax error: unexpected keyword for, expected expression");
    // The file is still there, with the good function intact.
    REQUIRE(r.file->decls.size() == 2);
    CHECK(r.file->decls[1]->Cast<ast::FuncDecl>()->name->name == "ok");
    CHECK(r.diagnostics[0].Format() == "bad.go:4:7: more than one character in rune literal");
  }

  TEST_CASE("pathological input: deep nesting is refused, not a stack overflow") {
    std::string deep = "package p\nvar x = " + std::string(100000, '(') + "1\n";
    ParseResult r = Parse("deep.go", deep);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message ==
          "chanscope: unsupported: code nested more than 1000 levels deep");
    std::string blocks = "package p\nfunc f() " + std::string(50000, '{') + "\n";
    CHECK(Parse("deep.go", blocks).diagnostics.size() == 1);
    std::string ok = "package p\nvar x = " + std::string(100, '(') + "1" + std::string(100, ')');
    CHECK(Parse("ok.go", ok).ok());
    // A long chain is as deep a tree as nested parentheses: later phases recurse down it.
    std::string chain = "package p\nvar x = a";
    for (int i = 0; i < 5000; ++i) chain += ".b + c";
    CHECK(Parse("chain.go", chain).diagnostics.size() == 1);
    std::string sum = "package p\nvar x = a";
    for (int i = 0; i < 200; ++i) sum += " + f(x[i].y)";
    CHECK(Parse("sum.go", sum).ok());
  }

  TEST_CASE("Go's own channel test programs parse without diagnostics") {
    namespace fs = std::filesystem;
    const fs::path dir = "/usr/share/go-1.19/test/chan";
    if (!fs::is_directory(dir)) {
      MESSAGE("skipped: " << dir << " is missing (apt-get install golang-1.19-src)");
      return;
    }
    int files = 0;
    for (const fs::directory_entry& e : fs::directory_iterator(dir)) {
      if (e.path().extension() != ".go") continue;
      std::ifstream in(e.path());
      std::stringstream text;
      text << in.rdbuf();
      ParseResult r = Parse(e.path().filename().string(), text.str());
      INFO(e.path().string());
      CHECK(Diags(r) == "");
      ++files;
    }
    CHECK(files >= 15);
  }
}
