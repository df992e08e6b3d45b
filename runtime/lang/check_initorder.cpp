// check_initorder.cpp — the order in which package-level variables are initialised:
// repeatedly the earliest variable in declaration order that is ready (spec, "Package
// initialization"), following references through functions.
#include <set>

#include "lang/check_internal.h"

namespace chanscope::lang {

namespace {

// Blank variables (var _ = f()) are initialised for their side effects: null entries.
Initializer MakeInitializer(const std::vector<Var*>& vars, ast::Expr* rhs) {
  Initializer init;
  for (Var* v : vars) init.lhs.push_back(v != nullptr && v->name != "_" ? v : nullptr);
  init.rhs = rhs;
  return init;
}

}  // namespace

// --- Initialisation order -----------------------------------------------------------------------

void Checker::ComputeInitOrder() {
  // Transitive variable dependencies, following references through functions.
  std::unordered_map<Object*, std::set<Var*>> var_deps;
  for (Object* obj : pkg_objects_) {
    auto* v = obj->As<Var>();
    if (v == nullptr) continue;
    std::set<Var*> out;
    std::set<Object*> seen;
    std::vector<Object*> stack(decls_[v].deps.begin(), decls_[v].deps.end());
    while (!stack.empty()) {
      Object* o = stack.back();
      stack.pop_back();
      if (!seen.insert(o).second) continue;
      if (auto* dv = o->As<Var>()) {
        out.insert(dv);
        continue;
      }
      auto it = decls_.find(o);
      if (it != decls_.end())
        stack.insert(stack.end(), it->second.deps.begin(), it->second.deps.end());
    }
    var_deps[v] = std::move(out);
  }
  // Units: one per variable with its own initializer, one per multi-value spec.
  struct Unit {
    std::vector<Var*> vars;
    ast::Expr* rhs;
  };
  std::vector<Unit> units;
  std::set<const ast::ValueSpec*> joint_done;
  for (Object* obj : pkg_objects_) {
    auto* v = obj->As<Var>();
    if (v == nullptr) continue;
    ast::ValueSpec* spec = decls_[v].spec;
    if (spec->values.empty()) continue;
    if (spec->values.size() == 1 && spec->names.size() > 1) {
      if (!joint_done.insert(spec).second) continue;
      Unit u;
      for (ast::Ident* id : spec->names) {
        u.vars.push_back(id->obj != nullptr && id->name != "_" ? id->obj->As<Var>() : nullptr);
      }
      u.rhs = spec->values[0];
      units.push_back(std::move(u));
      continue;
    }
    if (decls_[v].index < static_cast<int>(spec->values.size())) {
      units.push_back(Unit{{v}, spec->values[decls_[v].index]});
    }
  }
  // Blank variables (var _ = f()) are initialised too; their Var exists in decls_.
  pkg_.init_order.clear();
  std::set<Var*> initialized;
  std::vector<bool> emitted(units.size(), false);
  // Variables without initializers are ready from the start.
  for (Object* obj : pkg_objects_) {
    if (auto* v = obj->As<Var>()) {
      if (decls_[v].spec->values.empty()) initialized.insert(v);
    }
  }
  for (size_t done = 0; done < units.size();) {
    bool progress = false;
    for (size_t i = 0; i < units.size(); ++i) {
      if (emitted[i]) continue;
      bool ready = true;
      for (Var* v : units[i].vars) {
        if (v == nullptr) continue;
        for (Var* dep : var_deps[v]) {
          bool own =
              std::find(units[i].vars.begin(), units[i].vars.end(), dep) != units[i].vars.end();
          if (own) {
            if (!init_cycle_reported_) Error(v->pos, "initialization loop for " + v->name);
            init_cycle_reported_ = true;
            initialized.insert(dep);
            continue;
          }
          if (initialized.count(dep) == 0) ready = false;
        }
      }
      if (!ready) continue;
      emitted[i] = true;
      ++done;
      progress = true;
      for (Var* v : units[i].vars)
        if (v != nullptr) initialized.insert(v);
      pkg_.init_order.push_back(MakeInitializer(units[i].vars, units[i].rhs));
      break;  // restart from the earliest in declaration order
    }
    if (!progress) {
      for (size_t i = 0; i < units.size(); ++i) {
        if (emitted[i]) continue;
        Var* v = units[i].vars.empty() ? nullptr : units[i].vars[0];
        if (v != nullptr && !init_cycle_reported_)
          Error(v->pos, "initialization loop for " + v->name);
        init_cycle_reported_ = true;
        emitted[i] = true;
        ++done;
        pkg_.init_order.push_back(MakeInitializer(units[i].vars, units[i].rhs));
      }
    }
  }
}

}  // namespace chanscope::lang
