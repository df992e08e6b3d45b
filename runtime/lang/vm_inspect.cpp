// vm_inspect.cpp — the goroutine inspector's view of a VM thread: frames and local variables.
#include <algorithm>

#include "lang/vm.h"

namespace chanscope::lang {

void Thread::Inspect(std::vector<FrameView>& out) const {
  for (auto it = frames_.rbegin(); it != frames_.rend(); ++it) {
    const Function& fn = *it->fn;
    if (fn.hidden) continue;
    const uint32_t pc = ShownPc(*it);
    FrameView& view = out.emplace_back();
    view.function = fn.name;
    view.file = fn.file;
    view.line = pc < fn.lines.size() ? fn.lines[pc] : 0;
    const uint64_t* frame = stack_.data() + it->base;
    for (const LocalInfo& local : fn.locals) {
      // A variable is shown inside its scope once its declaring line has run (params always).
      const bool in_scope = local.line < view.line && view.line <= local.last_line;
      if (local.type < 0 || (!local.param && !in_scope)) continue;
      const uint64_t* words = frame + local.slot;
      if (local.boxed) words = reinterpret_cast<const uint64_t*>(*words);
      const std::string type = vm_.program().types[local.type].name;
      view.locals.push_back(
          {local.name, type, words ? vm_.FormatLocal(local.type, words) : "<unset>"});
    }
  }
}

core::SrcPos Vm::ProgramPosition(const core::G& g) const {
  if (const auto* thread = dynamic_cast<const Thread*>(g.body)) return thread->ProgramPosition();
  return {};
}

std::vector<FrameView> Vm::Stack(const core::G& g) const {
  std::vector<FrameView> frames;
  if (const auto* thread = dynamic_cast<const Thread*>(g.body)) thread->Inspect(frames);
  return frames;
}

namespace {

// Elements of a slice shown before "...", so a huge slice stays one readable line.
constexpr uint64_t kShownElements = 16;
// Levels of pointers, structs and slices followed; deeper values show as "...".
constexpr int kMaxDepth = 4;

// A sync value (sync.Mutex, sync.WaitGroup, ...): its first word, impl, is the kernel object.
bool IsSyncValue(const TypeDesc& t) {
  return t.kind == TypeDesc::kStruct && t.name.rfind("sync.", 0) == 0 && !t.fields.empty() &&
         t.fields[0].name == "impl";
}

// Vm::FormatLocal, `depth` levels into pointers, structs and slices (cycles end at the limit).
std::string Show(const Vm& vm, int32_t type, const uint64_t* words, int depth) {
  const Program& program = vm.program();
  const TypeDesc& t = program.types[type];
  if (depth > kMaxDepth) return "...";
  if (IsSyncValue(t)) {
    const auto* object = reinterpret_cast<const core::KernelObject*>(words[0]);
    return t.name + (object ? "#" + std::to_string(object->id()) : "{}");
  }
  switch (t.kind) {
    case TypeDesc::kChan: {
      const auto* ch = reinterpret_cast<const VmChannel*>(words[0]);
      return ch ? "chan#" + std::to_string(ch->id()) : "nil";
    }
    case TypeDesc::kFunc: return words[0] ? "func" : "nil";
    case TypeDesc::kPointer:
      if (!words[0]) return "nil";
      return "&" + Show(vm, t.elem, reinterpret_cast<const uint64_t*>(words[0]), depth + 1);
    case TypeDesc::kStruct: {
      std::string out = t.name + "{";
      for (size_t i = 0; i < t.fields.size(); i++) {
        if (i) out += ", ";
        out += t.fields[i].name + ":" + Show(vm, t.fields[i].type, words + t.fields[i].offset, depth + 1);
      }
      return out + "}";
    }
    case TypeDesc::kSlice: {
      if (program.types[t.elem].kind == TypeDesc::kUint && program.types[t.elem].bits == 8)
        return vm.FormatValue(type, words);
      const uint16_t step = program.types[t.elem].words;
      const auto* elems = reinterpret_cast<const uint64_t*>(words[0]);
      std::string out = t.name + "{";
      for (uint64_t i = 0; i < words[1] && i < kShownElements; i++)
        out += (i ? ", " : "") + Show(vm, t.elem, elems + i * step, depth + 1);
      return out + (words[1] > kShownElements ? ", ...}" : "}");
    }
    default: return vm.FormatValue(type, words);
  }
}

}  // namespace

std::string Vm::FormatLocal(int32_t type, const uint64_t* words) const {
  return Show(*this, type, words, 0);
}

}  // namespace chanscope::lang
