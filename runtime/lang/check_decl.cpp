// check_decl.cpp — package-level declarations: collection, lazy checking in dependency
// order, local declarations, function bodies, and the order of variable initialisation.
#include <algorithm>
#include <set>

#include "lang/check_internal.h"

namespace chanscope::lang {

namespace {

bool IsBlank(const ast::Ident* id) { return id == nullptr || id->name == "_"; }

// The T of a receiver type expression T, *T, T[P], *T[P] (or null).
ast::Ident* ReceiverBaseName(ast::Expr* e) {
  while (e != nullptr) {
    if (auto* p = e->As<ast::ParenExpr>())
      e = p->x;
    else if (auto* s = e->As<ast::StarExpr>())
      e = s->x;
    else if (auto* ix = e->As<ast::IndexExpr>())
      e = ix->x;
    else
      break;
  }
  return e != nullptr ? e->As<ast::Ident>() : nullptr;
}

}  // namespace

// --- Collection ---------------------------------------------------------------------------------

void Checker::CollectImports() {
  for (ast::ImportSpec* spec : pkg_.file->imports) {
    if (spec == nullptr || spec->path == nullptr) continue;
    std::string path(spec->path->string_value);
    CheckedPackage* imported = nullptr;
    Package* target = nullptr;
    if (path == "unsafe" || path == "C" || (imported = importer_.Import(path)) == nullptr) {
      Error(spec->path->pos, "chanscope: unsupported: package " + path);
      // Declare the name anyway, so that its uses do not cascade into "undefined".
      target = store_.NewPackage();
      target->path = path;
      target->name = path.substr(path.rfind('/') + 1);
      target->scope = store_.NewScope(nullptr, "unsupported package");
      target->is_unsupported = true;
    } else {
      pkg_.imports.push_back(imported);
      target = imported->pkg;
    }
    std::string name = target->name;
    if (spec->name != nullptr) {
      if (spec->name->name == "_") continue;
      if (spec->name->name == ".") {
        Unsupported(spec->name->pos, "dot import");
        continue;
      }
      name = std::string(spec->name->name);
    }
    auto* pn = store_.NewObject<PkgName>(name, spec->pos);
    pn->imported = target;
    pn->pkg = pkg_.pkg;
    pn->file = file_name_;
    info_.implicits[spec] = pn;
    if (spec->name != nullptr) spec->name->obj = pn;
    if (Object* prev = pkg_scope_->Insert(pn)) {
      (void)prev;
      Error(spec->pos, name + " redeclared in this block");
      continue;
    }
    pkg_names_.push_back(pn);
  }
}

// Declares obj at package level under id (blank identifiers declare nothing).
void Checker::DeclarePackageObject(ast::Ident* id, Object* obj) {
  obj->pkg = pkg_.pkg;
  obj->file = file_name_;
  id->obj = obj;
  if (IsBlank(id)) return;
  if (Object* prev = pkg_scope_->Insert(obj)) {
    if (prev->kind == ObjKind::kPkgName) {
      Error(id->pos, obj->name + " already declared through import of package " +
                         prev->As<PkgName>()->imported->name);
    } else {
      Error(id->pos, obj->name + " redeclared in this block");
    }
  }
}

void Checker::CollectObjects() {
  std::vector<std::pair<ast::FuncDecl*, Func*>> methods;
  for (ast::Decl* decl : pkg_.file->decls) {
    if (auto* g = decl->As<ast::GenDecl>()) {
      CollectGenDecl(g);
    } else if (auto* fd = decl->As<ast::FuncDecl>()) {
      if (fd->name == nullptr || fd->func_type == nullptr) continue;
      if (Func* fn = CollectFuncDecl(fd); fn != nullptr && fd->recv != nullptr) {
        methods.emplace_back(fd, fn);
      }
    }
  }
  // Methods attach to their receiver's type once every type name is known.
  for (auto& [fd, fn] : methods) {
    CollectMethod(fd, fn);
    pkg_objects_.push_back(fn);
  }
  if (pkg_.pkg->name == "main" && !is_stdlib_ && pkg_scope_->Lookup("main") == nullptr) {
    Pos pos = pkg_.file->package_name != nullptr ? pkg_.file->package_name->pos : Pos{1, 1};
    Error(pos, "function main is undeclared in the main package");
  }
}

// const, var and type declarations: one object per name, checked later (ObjDecl).
void Checker::CollectGenDecl(ast::GenDecl* g) {
  for (ast::Spec* spec : g->specs) {
    if (auto* vs = spec->As<ast::ValueSpec>()) {
      for (size_t i = 0; i < vs->names.size(); ++i) {
        ast::Ident* id = vs->names[i];
        Object* obj = nullptr;
        if (g->tok == Tok::kConst) {
          obj = store_.NewObject<Const>(std::string(id->name), id->pos);
        } else {
          auto* v = store_.NewObject<Var>(std::string(id->name), id->pos, nullptr);
          v->is_global = true;
          v->used = true;  // package-level variables are never "unused"
          obj = v;
        }
        DeclInfo& d = decls_[obj];
        d.spec = vs;
        d.index = static_cast<int>(i);
        DeclarePackageObject(id, obj);
        pkg_objects_.push_back(obj);
      }
    } else if (auto* ts = spec->As<ast::TypeSpec>()) {
      if (ts->name == nullptr) continue;
      auto* tn = store_.NewObject<TypeName>(std::string(ts->name->name), ts->name->pos);
      if (ts->IsAlias()) {
        tn->is_alias = true;
      } else {
        // The named type exists before its definition is checked, so that the
        // definition (and others) may refer to it.
        auto* named = store_.NewType<NamedType>();
        named->obj = tn;
        tn->type = named;
      }
      decls_[tn].type_spec = ts;
      DeclarePackageObject(ts->name, tn);
      pkg_objects_.push_back(tn);
    }
  }
}

// A function or method declaration; methods are attached by the caller.
Func* Checker::CollectFuncDecl(ast::FuncDecl* fd) {
  auto* fn = store_.NewObject<Func>(std::string(fd->name->name), fd->name->pos);
  fn->decl = fd;
  fn->is_native = fd->body == nullptr;
  fn->pkg = pkg_.pkg;
  fn->file = file_name_;
  fd->name->obj = fn;
  decls_[fn].func = fd;
  func_decls_.push_back(fd);
  func_objs_.push_back(fn);
  if (fd->recv != nullptr) return fn;
  fn->qualified_name = pkg_.pkg->path + "." + fn->name;
  const bool no_io = fd->func_type->params->list.empty() &&
                     (fd->func_type->results == nullptr || fd->func_type->results->list.empty());
  if (fn->name == "init") {
    // init functions are not declared: they cannot be referred to.
    if (!no_io) Error(fd->name->pos, "func init must have no arguments and no return values");
    if (fd->func_type->type_params != nullptr) {
      Error(fd->name->pos, "func init must have no type parameters");
    }
    pkg_objects_.push_back(fn);
    return fn;
  }
  if (fn->name == "main" && pkg_.pkg->name == "main" && !no_io) {
    Error(fd->name->pos, "func main must have no arguments and no return values");
  }
  DeclarePackageObject(fd->name, fn);
  pkg_objects_.push_back(fn);
  return fn;
}

void Checker::CollectMethod(ast::FuncDecl* fd, Func* fn) {
  fn->pkg = pkg_.pkg;
  if (fd->recv->list.empty() || fd->recv->list[0] == nullptr) {
    Error(fd->recv->pos, "method has no receiver");
    return;
  }
  if (fd->recv->NumFields() > 1) {
    Error(fd->recv->pos, "method has multiple receivers");
    return;
  }
  ast::Expr* rtype = fd->recv->list[0]->type_expr;
  for (ast::Expr* e = rtype; e != nullptr;) {
    if (auto* p = e->As<ast::ParenExpr>())
      e = p->x;
    else if (auto* s = e->As<ast::StarExpr>()) {
      fn->pointer_recv = true;
      e = s->x;
    } else
      break;
  }
  ast::Ident* base = ReceiverBaseName(rtype);
  if (base == nullptr) return;  // reported when the signature is checked
  Object* obj = pkg_scope_->Lookup(base->name);
  auto* tn = obj != nullptr ? obj->As<TypeName>() : nullptr;
  if (tn == nullptr || tn->type == nullptr || tn->type->kind != TypeKind::kNamed) return;
  auto* named = const_cast<NamedType*>(tn->type->As<NamedType>());
  if (fn->name == "_") return;
  for (Func* m : named->methods) {
    if (m->name == fn->name) {
      Error(fd->name->pos, "method " + tn->name + "." + fn->name + " already declared at " +
                               file_name_ + ":" + std::to_string(m->pos.line) + ":" +
                               std::to_string(m->pos.col));
      return;
    }
  }
  named->methods.push_back(fn);
  fn->qualified_name = pkg_.pkg->path + "." + tn->name + "." + fn->name;
}

// --- Lazy checking of package-level objects -----------------------------------------------------

void Checker::ObjDecl(Object* obj) {
  auto it = decls_.find(obj);
  if (it == decls_.end()) return;
  DeclInfo& d = it->second;
  if (d.color == DeclInfo::Color::kBlack) return;
  if (d.color == DeclInfo::Color::kGrey) {
    // Named types may refer to themselves (through pointers, slices...); constants,
    // variables and aliases may not.
    if (obj->kind == ObjKind::kVar ||
        (obj->kind == ObjKind::kConst && obj->type != nullptr &&
         obj->type->kind == TypeKind::kInvalid && !init_cycle_reported_)) {
      if (obj->type == nullptr || obj->kind == ObjKind::kConst) {
        Error(obj->pos, "initialization loop for " + obj->name);
        obj->type = Typ(TypeKind::kInvalid);
        init_cycle_reported_ = true;
      }
      return;
    }
    if (obj->kind == ObjKind::kConst ||
        (obj->kind == ObjKind::kTypeName && obj->As<TypeName>()->is_alias)) {
      if (obj->type == nullptr) {
        Error(obj->pos, "invalid recursive reference to " + obj->name);
        obj->type = Typ(TypeKind::kInvalid);
      }
    }
    return;
  }
  d.color = DeclInfo::Color::kGrey;
  // Save the context: this may run in the middle of another declaration.
  Scope* saved_scope = scope_;
  FuncContext* saved_func = func_;
  DeclInfo* saved_decl = decl_;
  std::optional<Constant> saved_iota = iota_;
  auto saved_breakable = std::move(breakable_);
  auto saved_loops = std::move(loops_);
  scope_ = pkg_scope_;
  func_ = nullptr;
  decl_ = &d;
  iota_.reset();
  switch (obj->kind) {
    case ObjKind::kConst: ConstDecl(obj->As<Const>(), d); break;
    case ObjKind::kVar: VarDecl(obj->As<Var>(), d); break;
    case ObjKind::kTypeName: TypeDecl(obj->As<TypeName>(), d.type_spec); break;
    case ObjKind::kFunc: FuncDeclSig(obj->As<Func>(), d.func); break;
    default: break;
  }
  scope_ = saved_scope;
  func_ = saved_func;
  decl_ = saved_decl;
  iota_ = saved_iota;
  breakable_ = std::move(saved_breakable);
  loops_ = std::move(saved_loops);
  d.color = DeclInfo::Color::kBlack;
}

void Checker::ConstDecl(Const* obj, DeclInfo& d) {
  ast::ValueSpec* spec = d.spec;
  iota_ = Constant::Int(spec->iota);
  const Type* t = nullptr;
  if (spec->type_expr != nullptr) {
    t = TypExpr(spec->type_expr);
    if (!IsConstType(t) && t->kind != TypeKind::kInvalid) {
      Error(spec->type_expr->pos, "invalid constant type " + TypeString(t));
      t = Typ(TypeKind::kInvalid);
    }
  }
  obj->type = Typ(TypeKind::kInvalid);
  if (d.index >= static_cast<int>(spec->values.size())) {
    if (spec->values.empty() && spec->type_expr == nullptr && !spec->implicit) {
      Error(spec->names[d.index]->pos, "missing init expr for const declaration");
    } else if (!spec->values.empty()) {
      Error(spec->names[d.index]->pos, "missing init expr for const declaration");
    } else {
      Error(spec->names[d.index]->pos, "missing init expr for const declaration");
    }
    iota_.reset();
    return;
  }
  if (d.index == static_cast<int>(spec->names.size()) - 1 &&
      spec->values.size() > spec->names.size()) {
    Error(spec->values[spec->names.size()]->pos, "extra init expr");
  }
  Operand x;
  Expr(x, spec->values[d.index]);
  if (!x.IsInvalid() && x.mode != ExprMode::kConstant) {
    Error(ExprPos(x.expr), OperandString(x) + " is not constant");
    x.mode = ExprMode::kInvalid;
  }
  if (!x.IsInvalid() && t != nullptr && t->kind != TypeKind::kInvalid) {
    Assignment(x, t, "constant declaration");
  }
  if (!x.IsInvalid()) {
    obj->type = x.type;
    obj->value = x.val;
  }
  iota_.reset();
}

void Checker::VarDecl(Var* obj, DeclInfo& d) {
  ast::ValueSpec* spec = d.spec;
  std::vector<Var*> vars;
  for (ast::Ident* id : spec->names) {
    Var* v = id->obj != nullptr ? id->obj->As<Var>() : nullptr;
    if (v == nullptr) continue;
    vars.push_back(v);
  }
  const Type* t = spec->type_expr != nullptr ? TypExpr(spec->type_expr) : nullptr;
  // A spec with one multi-value initializer is checked once for all its names.
  const bool joint = spec->values.size() == 1 && spec->names.size() > 1;
  if (t != nullptr) {
    for (Var* v : vars) v->type = t;
  }
  if (spec->values.empty()) {
    if (t == nullptr) obj->type = Typ(TypeKind::kInvalid);
    return;
  }
  if (joint || spec->values.size() != spec->names.size()) {
    InitVars(vars, spec->values, spec->pos, false);
    for (Var* v : vars) {
      if (v != obj) {
        DeclInfo& other = decls_[v];
        other.color = DeclInfo::Color::kBlack;
      }
    }
    // Shared dependencies: every variable of the spec waits for the same values.
    for (Var* v : vars) {
      if (v != obj) decls_[v].deps = d.deps;
    }
    return;
  }
  std::vector<Var*> one{obj};
  InitVars(one, spec->values.subspan(d.index, 1), spec->names[d.index]->pos, false);
}

void Checker::TypeDecl(TypeName* obj, ast::TypeSpec* spec) {
  if (spec->IsAlias()) {
    if (spec->type_params != nullptr) Unsupported(spec->pos, "generic type alias");
    obj->type = Typ(TypeKind::kInvalid);
    obj->type = TypExpr(spec->type_expr);
    return;
  }
  auto* named = const_cast<NamedType*>(obj->type->As<NamedType>());
  Scope* saved = scope_;
  if (spec->type_params != nullptr && !spec->type_params->list.empty()) {
    scope_ = store_.NewScope(scope_, "type parameters");
    named->type_params = DeclareTypeParams(spec->type_params, scope_);
  }
  const Type* rhs = TypExpr(spec->type_expr);
  scope_ = saved;
  const Type* under = rhs->Underlying();
  if (rhs->kind == TypeKind::kNamed && rhs->As<NamedType>()->underlying == nullptr) {
    Error(obj->pos, "invalid recursive type " + obj->name);
    under = Typ(TypeKind::kInvalid);
  }
  if (rhs->kind == TypeKind::kTypeParam) {
    Error(spec->type_expr->pos, "cannot use a type parameter as RHS in type declaration");
    under = Typ(TypeKind::kInvalid);
  }
  named->underlying = under;
  ResolvePendingInstances();
  // A struct or array may not contain itself except through an indirection.
  std::function<bool(const Type*, int)> contains = [&](const Type* t, int depth) -> bool {
    if (t == nullptr || depth > 64) return false;
    if (t == named) return true;
    if (auto* n = t->As<NamedType>()) {
      if (n->underlying == nullptr) return false;
      t = n->underlying;
    }
    if (auto* a = t->As<ArrayType>()) return contains(a->elem, depth + 1);
    if (auto* s = t->As<StructType>()) {
      for (Var* f : s->fields)
        if (contains(f->type, depth + 1)) return true;
    }
    return false;
  };
  if (under->kind == TypeKind::kStruct || under->kind == TypeKind::kArray) {
    bool self = false;
    if (auto* a = under->As<ArrayType>()) self = contains(a->elem, 0);
    if (auto* s = under->As<StructType>()) {
      for (Var* f : s->fields) self = self || contains(f->type, 0);
    }
    if (self) {
      Error(obj->pos, "invalid recursive type " + obj->name);
      named->underlying = Typ(TypeKind::kInvalid);
    }
  }
}

void Checker::FuncDeclSig(Func* obj, ast::FuncDecl* decl) {
  FunctionInfo* info = NewFunctionInfo();
  info->node = decl;
  info->obj = obj->name == "init" && decl->recv == nullptr ? nullptr : obj;
  Scope* fscope = store_.NewScope(pkg_scope_, "function");
  Scope* saved = scope_;
  scope_ = fscope;
  const SignatureType* sig =
      FuncTypeOf(decl->func_type, decl->recv, fscope, &info->params, &info->results);
  scope_ = saved;
  obj->type = sig;
  info->sig = sig;
  info_.function_of[decl] = info;
  pkg_.functions.push_back(info);
  if (info->obj == nullptr) pkg_.inits.push_back(info);
  func_scope_of_[decl] = fscope;
  if (decl->func_type->type_params != nullptr && !decl->func_type->type_params->list.empty() &&
      decl->recv != nullptr) {
    Error(decl->func_type->type_params->pos, "methods cannot have type parameters");
  }
}

// A method may not share its name with a field of its receiver's struct type.
void Checker::CheckMethodFieldClashes() {
  for (Object* obj : pkg_objects_) {
    auto* tn = obj->As<TypeName>();
    if (tn == nullptr || tn->type == nullptr) continue;
    auto* named = tn->type->As<NamedType>();
    if (named == nullptr || named->obj != tn || named->underlying == nullptr) continue;
    auto* st = named->underlying->As<StructType>();
    if (st == nullptr) continue;
    for (Func* m : named->methods) {
      for (Var* f : st->fields) {
        if (f->name == m->name) Error(m->pos, "field and method with the same name " + m->name);
      }
    }
  }
}

void Checker::CheckFuncBodies() {
  for (size_t i = 0; i < func_decls_.size(); ++i) {
    ast::FuncDecl* fd = func_decls_[i];
    Func* fn = func_objs_[i];
    ObjDecl(fn);
    auto it = info_.function_of.find(fd);
    if (it == info_.function_of.end()) continue;
    if (fd->body == nullptr) {
      if (!is_stdlib_) Error(fd->name->pos, "missing function body");
      continue;
    }
    decl_ = &decls_[fn];
    FuncBody(it->second, fd->body, func_scope_of_[fd]);
    decl_ = nullptr;
  }
}

// --- Local declarations -------------------------------------------------------------------------

void Checker::LocalConstSpec(ast::ValueSpec* spec, const Type*&) {
  std::vector<Const*> consts;
  for (size_t i = 0; i < spec->names.size(); ++i) {
    ast::Ident* id = spec->names[i];
    auto* c = store_.NewObject<Const>(std::string(id->name), id->pos);
    c->pkg = pkg_.pkg;
    c->file = file_name_;
    id->obj = c;
    DeclInfo d;
    d.spec = spec;
    d.index = static_cast<int>(i);
    ConstDecl(c, d);
    consts.push_back(c);
  }
  // The scope of a constant starts after its spec.
  for (size_t i = 0; i < consts.size(); ++i) Declare(scope_, spec->names[i], consts[i]);
}

void Checker::LocalDecl(ast::GenDecl* g) {
  const Type* last = nullptr;
  for (ast::Spec* spec : g->specs) {
    if (auto* vs = spec->As<ast::ValueSpec>()) {
      if (g->tok == Tok::kConst) {
        LocalConstSpec(vs, last);
        continue;
      }
      std::vector<Var*> vars;
      const Type* t = vs->type_expr != nullptr ? TypExpr(vs->type_expr) : nullptr;
      for (ast::Ident* id : vs->names) {
        Var* v = NewLocalVar(id, t);
        vars.push_back(v);
      }
      if (!vs->values.empty()) {
        InitVars(vars, vs->values, vs->pos, false);
      } else if (t == nullptr) {
        for (Var* v : vars) v->type = Typ(TypeKind::kInvalid);
      }
      for (size_t i = 0; i < vars.size(); ++i) Declare(scope_, vs->names[i], vars[i]);
    } else if (auto* ts = spec->As<ast::TypeSpec>()) {
      if (ts->name == nullptr) continue;
      auto* tn = store_.NewObject<TypeName>(std::string(ts->name->name), ts->name->pos);
      tn->pkg = pkg_.pkg;
      tn->file = file_name_;
      if (ts->IsAlias()) {
        tn->is_alias = true;
        tn->type = TypExpr(ts->type_expr);
        Declare(scope_, ts->name, tn);
        continue;
      }
      if (ts->type_params != nullptr && !ts->type_params->list.empty()) {
        Error(ts->pos, "generic type cannot be declared inside a function");
      }
      auto* named = store_.NewType<NamedType>();
      named->obj = tn;
      tn->type = named;
      Declare(scope_, ts->name, tn);  // visible in its own definition
      TypeDecl(tn, ts);
    }
  }
}

void Checker::CheckUnusedImports() {
  if (!options_.report_unused || is_stdlib_) return;
  for (PkgName* pn : pkg_names_) {
    if (pn->used || pn->imported->is_unsupported) continue;
    const std::string& path = pn->imported->path;
    if (pn->name != pn->imported->name) {
      Error(pn->pos, "\"" + path + "\" imported as " + pn->name + " and not used");
    } else {
      Error(pn->pos, "\"" + path + "\" imported and not used");
    }
  }
}

}  // namespace chanscope::lang
