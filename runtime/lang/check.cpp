// check.cpp — Check(): sets up the packages, runs the Checker, sorts the diagnostics.
#include <algorithm>

#include "lang/check_internal.h"
#include "lang/parser.h"
#include "lang/stdlib.h"

namespace chanscope::lang {

// --- Entry point --------------------------------------------------------------------------------

CheckResult Check(ast::File& file, const CheckOptions& options) {
  CheckResult result;
  result.info = std::make_unique<Info>();
  Info& info = *result.info;
  Importer importer(info, result.diagnostics, options);

  auto main_pkg = std::make_unique<CheckedPackage>();
  main_pkg->file = &file;
  main_pkg->pkg = info.store.NewPackage();
  main_pkg->pkg->path = "main";
  main_pkg->pkg->name =
      file.package_name != nullptr ? std::string(file.package_name->name) : "main";
  CheckedPackage* main_raw = main_pkg.get();
  {
    Checker checker(info, *main_raw, result.diagnostics, options, importer);
    checker.CheckPackage();
  }
  info.packages.push_back(std::move(main_pkg));

  // gc prints errors sorted by position (stdlib files, which should have none, first).
  std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) {
                     if (a.file != b.file) return b.file == file.name;
                     if (a.line != b.line) return a.line < b.line;
                     return a.col < b.col;
                   });
  // Drop exact duplicates (one mistake seen from two paths).
  result.diagnostics.erase(std::unique(result.diagnostics.begin(), result.diagnostics.end(),
                                       [](const Diagnostic& a, const Diagnostic& b) {
                                         return a.file == b.file && a.line == b.line &&
                                                a.col == b.col && a.message == b.message;
                                       }),
                           result.diagnostics.end());
  if (options.max_errors > 0 && static_cast<int>(result.diagnostics.size()) > options.max_errors) {
    Diagnostic last = result.diagnostics[options.max_errors];
    result.diagnostics.resize(options.max_errors);
    last.message = "too many errors";
    result.diagnostics.push_back(last);
  }
  return result;
}

// --- Standard library packages ------------------------------------------------------------------

CheckedPackage* Importer::Import(const std::string& path) {
  if (auto it = done_.find(path); it != done_.end()) return it->second;
  const StdlibFile* src = FindStdlib(path);
  if (src == nullptr || in_progress_[path]) return nullptr;
  in_progress_[path] = true;

  auto cp = std::make_unique<CheckedPackage>();
  ParseResult parsed = Parse(src->file_name, src->source);
  for (Diagnostic& d : parsed.diagnostics) diags_.push_back(std::move(d));
  cp->owned_file = std::move(parsed.file);
  cp->file = cp->owned_file.get();
  cp->pkg = info_.store.NewPackage();
  cp->pkg->path = path;
  cp->pkg->name = cp->file->package_name != nullptr ? std::string(cp->file->package_name->name)
                                                    : path.substr(path.rfind('/') + 1);
  cp->pkg->is_stdlib = true;
  CheckedPackage* raw = cp.get();
  done_[path] = raw;
  {
    Checker checker(info_, *raw, diags_, options_, *this);
    checker.CheckPackage();
  }
  // Imports were appended while checking, so this package follows its dependencies.
  info_.packages.push_back(std::move(cp));
  in_progress_[path] = false;
  return raw;
}

// --- The Checker --------------------------------------------------------------------------------

Checker::Checker(Info& info, CheckedPackage& pkg, std::vector<Diagnostic>& diags,
                 const CheckOptions& options, Importer& importer)
    : info_(info),
      pkg_(pkg),
      diags_(diags),
      options_(options),
      importer_(importer),
      store_(info.store),
      universe_(GetUniverse()),
      file_name_(pkg.file->name),
      is_stdlib_(pkg.pkg->is_stdlib) {}

void Checker::CheckPackage() {
  pkg_scope_ = store_.NewScope(universe_.scope, "package");
  pkg_.pkg->scope = pkg_scope_;
  scope_ = pkg_scope_;
  CollectImports();
  CollectObjects();
  for (Object* obj : pkg_objects_) ObjDecl(obj);
  CheckMethodFieldClashes();
  CheckFuncBodies();
  ComputeInitOrder();
  CheckUnusedImports();
}

void Checker::Error(Pos pos, std::string message) {
  diags_.push_back(Diagnostic{file_name_, pos.line, pos.col, std::move(message)});
}

void Checker::Unsupported(Pos pos, std::string_view feature) {
  Error(pos, "chanscope: unsupported: " + std::string(feature));
}

Pos ExprPos(const ast::Expr* e) { return e != nullptr ? e->pos : Pos{}; }

ConstOp ConstOpOf(Tok op) {
  switch (op) {
    case Tok::kAdd: return ConstOp::kAdd;
    case Tok::kSub: return ConstOp::kSub;
    case Tok::kMul: return ConstOp::kMul;
    case Tok::kQuo: return ConstOp::kQuo;
    case Tok::kRem: return ConstOp::kRem;
    case Tok::kAnd: return ConstOp::kAnd;
    case Tok::kOr: return ConstOp::kOr;
    case Tok::kXor: return ConstOp::kXor;
    case Tok::kAndNot: return ConstOp::kAndNot;
    case Tok::kShl: return ConstOp::kShl;
    case Tok::kShr: return ConstOp::kShr;
    case Tok::kEql: return ConstOp::kEql;
    case Tok::kNeq: return ConstOp::kNeq;
    case Tok::kLss: return ConstOp::kLss;
    case Tok::kLeq: return ConstOp::kLeq;
    case Tok::kGtr: return ConstOp::kGtr;
    case Tok::kGeq: return ConstOp::kGeq;
    case Tok::kLAnd: return ConstOp::kLAnd;
    case Tok::kLOr: return ConstOp::kLOr;
    case Tok::kNot: return ConstOp::kNot;
    default: return ConstOp::kAdd;
  }
}

std::string_view TokString(Tok t) { return TokText(t); }

}  // namespace chanscope::lang
