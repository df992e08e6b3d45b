// vm.cpp — the dispatch loop and the goroutine body of the bytecode VM.
#include "lang/vm.h"

#include "core/sync.h"

#include "lang/unicode_class.h"
#include "lang/vm_equal.h"

#include <bit>
#include <cmath>
#include <cstring>
#include <optional>
#include <utility>
#include <string>

namespace chanscope::lang {

using core::OpStatus;
using core::StepResult;

// Go's growth rule for append (runtime.growslice, without malloc size classes).
uint64_t GrowCap(uint64_t old_cap, uint64_t needed) {
  uint64_t c = old_cap;
  uint64_t doubled = c + c;
  if (needed > doubled) return needed;
  if (c < 256) return doubled;
  while (c < needed) c += (c + 3 * 256) / 4;
  return c;
}

namespace {

std::string IndexError(int64_t i, uint64_t len) {
  return "runtime error: index out of range [" + std::to_string(i) + "] with length " +
         std::to_string(len);
}

// UTF-8 decoding as Go's utf8.DecodeRuneInString: (rune, width), RuneError width 1 if invalid.
std::pair<int32_t, int> DecodeRune(const unsigned char* p, uint64_t n) {
  if (n == 0) return {0xFFFD, 0};
  unsigned char c = p[0];
  if (c < 0x80) return {c, 1};
  int w = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (w == 0 || static_cast<uint64_t>(w) > n || c > 0xF4) return {0xFFFD, 1};
  int32_t r = c & (0x7F >> w);
  for (int i = 1; i < w; i++) {
    if ((p[i] & 0xC0) != 0x80) return {0xFFFD, 1};
    r = (r << 6) | (p[i] & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are invalid.
  static constexpr int32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (r < kMin[w] || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) return {0xFFFD, 1};
  return {r, w};
}


constexpr const char* kNilDereference =
    "runtime error: invalid memory address or nil pointer dereference\n"
    "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]";

// Instructions run between flushes of the virtual-time charge and preemption checks.
constexpr int64_t kChargeBatch = 64;

double AsFloat(uint64_t w) { return std::bit_cast<double>(w); }
uint64_t FromFloat(double d) { return std::bit_cast<uint64_t>(d); }

int64_t WrapBits(int64_t v, int bits, bool is_signed) {
  if (bits >= 64) return v;
  uint64_t mask = (uint64_t{1} << bits) - 1;
  uint64_t u = static_cast<uint64_t>(v) & mask;
  if (is_signed && (u >> (bits - 1)) & 1) u |= ~mask;
  return static_cast<int64_t>(u);
}

// Go's conversion of a float to uint64: values from 2^63 up do not fit int64.
uint64_t FloatToUint(double d) {
  if (d >= 9223372036854775808.0) return static_cast<uint64_t>(d - 9223372036854775808.0) + (uint64_t{1} << 63);
  return static_cast<uint64_t>(static_cast<int64_t>(d));
}

// The builtins min and max on floats: NaN wins; -0 is below 0.
double FloatMinMax(double x, double y, bool min) {
  if (x != x) return x;
  if (y != y) return y;
  if (x == y) return min ? (std::signbit(x) ? x : y) : (std::signbit(x) ? y : x);
  return (x < y) == min ? x : y;
}

}  // namespace

// ---- Vm ----

Vm::Vm(const Program& program, core::Scheduler& sched, VmLimits limits)
    : program_(program), sched_(sched), limits_(limits), map_iter_rng_(sched.config().seed ^ 0x6d6170) {
  // The compiler only emits natives that exist (it checks with FindNative).
  for (const std::string& name : program.natives) natives_.push_back(FindNative(name));
  globals_.assign(program.global_words, 0);
  heap_.CollectEvery(limits_.collect_every_bytes);
  // Trace text shows channel values as Go does, never as the addresses inside them.
  sched_.SetValueFormatter([this](uint32_t object, const core::Value& v) -> std::string {
    if (dynamic_cast<const core::Pool*>(sched_.Object(object))) {
      // A Pool item is an interface value: (type word, data word).
      if (v.word == 0) return "";  // a miss: no item
      const uint64_t iface[2] = {static_cast<uint64_t>(v.word), v.aux};
      const int32_t type = static_cast<int32_t>(iface[0] - 1);
      return FormatValue(type, InterfaceData(program_.types[type], iface));
    }
    const auto* ch = dynamic_cast<const VmChannel*>(sched_.Object(object));
    if (!ch || ch->elem_type() < 0) return "";
    uint64_t words[2] = {static_cast<uint64_t>(v.word), v.aux};
    const uint64_t* w = ch->elem_words() <= 2 ? words : reinterpret_cast<const uint64_t*>(v.word);
    if (!w) return "";
    return FormatValue(ch->elem_type(), w);
  });
}

void Vm::Start() {
  const Function& main = program_.functions[program_.main_index];
  sched_.Spawn(new Thread(*this, program_.main_index, nullptr, 0), "main.main",
               core::SrcPos{main.file.c_str(), main.lines.empty() ? 0 : main.lines[0]});
}

uint64_t* Vm::Alloc(size_t n) { return heap_.Words(n); }

char* Vm::NewString(size_t n, uint64_t* out) {
  char* p = heap_.Bytes(n);
  out[0] = reinterpret_cast<uintptr_t>(p);
  out[1] = n;
  return p;
}

void Vm::NewString(std::string_view s, uint64_t* out) {
  char* p = NewString(s.size(), out);
  if (!s.empty()) std::memcpy(p, s.data(), s.size());
}

uint64_t* Vm::Box(const uint64_t* words, uint16_t n) {
  uint64_t* b = Alloc(n);
  std::memcpy(b, words, n * sizeof(uint64_t));
  return b;
}

bool Vm::Spawn(uint32_t fn, const uint64_t* args, uint16_t arg_words, uint64_t* env,
               core::SrcPos at, const char* creator) {
  if (sched_.live_goroutines() >= limits_.max_goroutines) {
    sched_.Fatal("chanscope: goroutine limit of " + std::to_string(limits_.max_goroutines) +
                 " exceeded (--max-goroutines)");
    return false;
  }
  sched_.InFunction(creator);
  sched_.Spawn(new Thread(*this, fn, args, arg_words, env), program_.functions[fn].name.c_str(), at);
  return true;
}

const char* Vm::FunctionLabel(uint32_t fn) { return program_.functions[fn].name.c_str(); }

// ---- Thread ----

Thread::Thread(Vm& vm, uint32_t fn, const uint64_t* args, uint16_t arg_words, uint64_t* env)
    : vm_(vm) {
  const Function& f = vm.program().functions[fn];
  // Small to start with; grows on calls (goroutines are cheap until they recurse).
  stack_.resize(f.frame_words);
  if (arg_words) std::memcpy(stack_.data(), args, arg_words * sizeof(uint64_t));
  frames_.push_back(CallFrame{&f, 0, 0, env});
}

void Thread::Frames(std::vector<core::Frame>& out) const {
  if (frames_.empty() && !panic_frames_.empty()) {
    out = panic_frames_;
    return;
  }
  // Go's traceback shows at most 100 frames of a deep stack.
  constexpr size_t kMaxFrames = 100;
  size_t first = out.size();
  for (auto it = frames_.rbegin(); it != frames_.rend(); ++it) {
    const Function& fn = *it->fn;
    if (fn.hidden) continue;
    if (out.size() - first == kMaxFrames) {
      out.push_back({"...additional frames elided...", core::SrcPos{}});
      break;
    }
    uint32_t pc = ShownPc(*it);
    int32_t line = pc < fn.lines.size() ? fn.lines[pc] : 0;
    out.push_back({fn.name + (fn.param_words ? "(...)" : "()"),
                   core::SrcPos{fn.file.c_str(), line}});
  }
}

// Where the learner's code is: the top frame's line; inside the standard library or a
// hidden wrapper (a native method called through an interface), the line of the innermost
// call from the program, so Cond.Wait's unlock, park and lock belong to c.Wait(). The
// frames' pcs must be saved, the top one's too.
core::SrcPos Thread::Where() const {
  if (core::SrcPos pos = ProgramPosition(); pos.file) return pos;
  // Only library or hidden frames (a goroutine started on one): the outermost of them.
  return frames_.empty() ? core::SrcPos{} : PositionIn(frames_.front());
}

core::SrcPos Thread::ProgramPosition() const {
  for (auto it = frames_.rbegin(); it != frames_.rend(); ++it)
    if (!it->fn->hidden && !it->fn->library) return PositionIn(*it);
  return {};
}

core::SrcPos Thread::PositionIn(const CallFrame& frame) const {
  const uint32_t pc = ShownPc(frame);
  return {frame.fn->file.c_str(), pc < frame.fn->lines.size() ? frame.fn->lines[pc] : 0};
}

bool Thread::StopAtLine(core::Scheduler& sched, const BreakSite& site) {
  // Never twice in a row (resuming from this very stop), never inside a String method called
  // from a native.
  if (std::exchange(at_line_stop_, false) || nested_depth_ > 0) return false;
  if (!vm_.StopsAt(site, sched.current()->id)) return false;
  at_line_stop_ = true;
  vm_.NoteLineStop(sched.current()->id, site.line);
  sched.RequestPause();
  return true;
}

uint32_t Thread::ShownPc(const CallFrame& frame) const {
  if (at_line_stop_ && &frame == &frames_.back()) return frame.pc;
  // The pc points past the instruction that is executing (a call or a parked op).
  return frame.pc > 0 ? frame.pc - 1 : 0;
}

bool Thread::EnsureStack(size_t words) {
  if (words <= stack_.size()) return true;
  if (words > vm_.limits().max_stack_words) return false;
  stack_.resize(std::max(words, stack_.size() * 2));
  return true;
}

bool Thread::PushFrame(const Function* callee, uint32_t base, uint64_t* env, bool unwinding,
                       size_t extra) {
  if (!EnsureStack(size_t{base} + callee->frame_words + extra)) return false;
  frames_.push_back(CallFrame{callee, 0, base, env, unwinding});
  return true;
}

Thread::NativeResult Thread::CallNative(core::Scheduler& sched, uint16_t index, uint64_t* args,
                                        uint32_t args_end) {
  NativeCall call{vm_, sched, args, waiter_};
  call.thread = this;
  uint32_t outer_end = std::exchange(native_args_end_, args_end);
  Vm::NativeScope no_collection(vm_);
  OpStatus st = vm_.native(index)(call);
  native_args_end_ = outer_end;
  if (call.panic) return {st, call.panic};
  if (!call.panic_text.empty()) return {st, std::move(call.panic_text)};
  if (core::IsPanic(st)) return {st, std::string(core::PanicText(st))};
  return {st, {}};
}

Thread::NestedResult Thread::CallFromNative(NativeCall& call, uint32_t fn, const uint64_t* args,
                                            uint16_t arg_words, uint64_t* results, uint16_t result_words) {
  // The native's arguments live on this stack, which the nested frames may grow (move).
  bool args_on_stack = call.args >= stack_.data() && call.args < stack_.data() + stack_.size();
  size_t args_at = args_on_stack ? static_cast<size_t>(call.args - stack_.data()) : 0;
  NestedResult r = RunNested(call.sched, fn, args, arg_words, results, result_words);
  if (args_on_stack) call.args = stack_.data() + args_at;
  call.sched.At(Where());  // what the native records next happens at its own call's line
  return r;
}

Thread::NestedResult Thread::RunNested(core::Scheduler& sched, uint32_t fn, const uint64_t* args,
                                       uint16_t arg_words, uint64_t* results, uint16_t result_words) {
  // The caller's panic state (a deferred call printing what it recovered) is set aside:
  // the nested call starts with none, and a panic in it stays in it.
  bool was_panicking = std::exchange(panicking_, false), was_recovered = std::exchange(recovered_, false);
  uint64_t outer_value[2] = {panic_value_[0], panic_value_[1]};
  std::string outer_message = std::move(panic_message_);
  std::string outer_chain = std::move(panic_chain_);
  std::vector<core::Frame> outer_frames = std::move(panic_frames_);
  uint32_t outer_floor = std::exchange(nested_floor_, static_cast<uint32_t>(frames_.size()));
  nested_depth_++;
  // The outer panic value and the native's C++ locals are not roots: no collection until
  // the nested call is over.
  Vm::NativeScope no_collection(vm_);

  const Function* callee = &vm_.program().functions[fn];
  uint32_t base = native_args_end_;
  StepResult r = StepResult::kStopped;
  if (!PushFrame(callee, base, nullptr)) {
    StackOverflow(sched);
  } else {
    std::memcpy(stack_.data() + base, args, arg_words * sizeof(uint64_t));
    // Preemption cannot switch goroutines here (the native's C++ frame is on this
    // thread's way back to the scheduler): the nested loop simply runs on.
    do {
      r = Run(sched);
    } while ((r == StepResult::kPreempted || r == StepResult::kYielded || r == StepResult::kPaused) &&
             !sched.finished());
  }
  NestedResult result{NestedResult::kStopped, {0, 0}};
  if (r == StepResult::kExited) {
    result.outcome = NestedResult::kReturned;
    std::memcpy(results, stack_.data() + base, result_words * sizeof(uint64_t));
  } else if (r == StepResult::kPanicked && !sched.finished()) {
    result = {NestedResult::kPanicked, {panic_value_[0], panic_value_[1]}};
  } else if (r == StepResult::kParked) {
    Fatal(sched, "chanscope: unsupported: blocking operation inside a String or Error method");
  }

  nested_depth_--;
  nested_floor_ = outer_floor;
  panicking_ = was_panicking;
  recovered_ = was_recovered;
  panic_value_[0] = outer_value[0];
  panic_value_[1] = outer_value[1];
  panic_message_ = std::move(outer_message);
  panic_chain_ = std::move(outer_chain);
  panic_frames_ = std::move(outer_frames);
  return result;
}

std::string Thread::PanicValueText(core::Scheduler& sched) {
  // Go's preprintpanics: an error's Error() text, a Stringer's String() text.
  if (panic_value_[0] == 0) return panic_message_;
  const Program& prog = vm_.program();
  const TypeDesc& t = prog.types[panic_value_[0] - 1];
  int16_t method = t.error_method >= 0 ? t.error_method : t.string_method;
  if (method < 0) return panic_message_;
  const TypeDesc::Method& m = t.methods[method];
  const uint64_t* data = InterfaceData(t, panic_value_);
  const uint64_t* receiver = m.deref ? reinterpret_cast<const uint64_t*>(data[0]) : data;
  if (!receiver) return panic_message_;
  native_args_end_ = frames_.empty() ? 0 : frames_.back().base + frames_.back().fn->frame_words;
  uint64_t text[2];
  NestedResult r = RunNested(sched, m.function, receiver, prog.functions[m.function].recv_words, text, 2);
  if (r.outcome != NestedResult::kReturned) return panic_message_;
  return std::string(reinterpret_cast<const char*>(text[0]), text[1]);
}

Thread::DeferredStart Thread::StartDeferred(core::Scheduler& sched, Deferred& d, bool unwinding,
                                            NativeResult* native) {
  const CallFrame& f = frames_.back();
  uint32_t top = f.base + f.fn->frame_words;
  if (!EnsureStack(size_t{top} + d.args.size() + 64)) return DeferredStart::kOverflow;
  if (!d.args.empty()) std::memcpy(stack_.data() + top, d.args.data(), d.args.size() * sizeof(uint64_t));
  if (d.kind == 2) {
    *native = CallNative(sched, static_cast<uint16_t>(d.callee), stack_.data() + top,
                         top + static_cast<uint32_t>(d.args.size()));
    return DeferredStart::kNative;
  }
  uint64_t* env = d.kind == 1 ? reinterpret_cast<uint64_t*>(d.callee) : nullptr;
  if (d.kind == 1 && !env) return DeferredStart::kNilClosure;
  const Function* callee = &vm_.program().functions[env ? env[0] : d.callee];
  return PushFrame(callee, top, env, unwinding) ? DeferredStart::kFrame : DeferredStart::kOverflow;
}

std::optional<StepResult> Thread::Panic(core::Scheduler& sched, std::string_view message,
                                        const uint64_t* value) {
  // The stack as it was when the panic began: that is what Go prints.
  if (!panicking_) {
    panic_frames_.clear();
    Frames(panic_frames_);
  } else {
    // A panic in a deferred call run by a panic: Go reports both, the earlier first.
    panic_chain_ += PanicValueText(sched) + (recovered_ ? " [recovered]" : "") + "\n\tpanic: ";
  }
  panicking_ = true;
  recovered_ = false;
  panic_message_ = std::string(message);
  if (value) {
    panic_value_[0] = value[0];
    panic_value_[1] = value[1];
  } else {
    // A runtime error: recover() returns it as a string value (when the program has a
    // string descriptor to name its type).
    const Program& prog = vm_.program();
    panic_value_[0] = prog.string_type >= 0 ? static_cast<uint64_t>(prog.string_type) + 1 : 0;
    uint64_t text[2];
    // The error's text is the first line ("[signal SIGSEGV ...]" belongs to the report).
    vm_.NewString(std::string_view(panic_message_).substr(0, panic_message_.find('\n')), text);
    panic_value_[1] = reinterpret_cast<uintptr_t>(vm_.Box(text, 2));
  }
  return Unwind(sched);
}

std::optional<StepResult> Thread::Unwind(core::Scheduler& sched) {
  // Run the deferred calls of each frame, newest first, popping frames as they finish
  // (in a nested call, down to the native that made it: CallFromNative reports the panic).
  while (frames_.size() > nested_floor_) {
    uint32_t top = static_cast<uint32_t>(frames_.size() - 1);
    if (defers_.empty() || defers_.back().frame != top) {
      frames_.pop_back();
      continue;
    }
    Deferred d = std::move(defers_.back());
    defers_.pop_back();
    NativeResult native;
    switch (StartDeferred(sched, d, /*unwinding=*/true, &native)) {
      case DeferredStart::kFrame: return std::nullopt;  // its return continues the unwinding
      case DeferredStart::kNative:
        if (sched.finished()) return StepResult::kStopped;
        continue;
      case DeferredStart::kNilClosure: continue;
      case DeferredStart::kOverflow: break;
    }
    break;
  }
  if (nested_depth_ > 0) return StepResult::kPanicked;
  // Nobody recovered: the program ends with Go's report.
  frames_.clear();
  std::string report = panic_chain_ + PanicValueText(sched);
  if (sched.finished()) return StepResult::kStopped;  // an Error method ended the run
  sched.Panic(report);
  return StepResult::kPanicked;
}

StepResult Thread::Fatal(core::Scheduler& sched, std::string_view message) {
  sched.Fatal(message);
  return StepResult::kStopped;
}

StepResult Thread::HeapExhausted(core::Scheduler& sched) {
  vm_.HeapLimitFatal();
  return StepResult::kStopped;
}

// print/println of a float, digit for digit as Go's runtime.printfloat: seven significant
// digits in +d.dddddde+ddd form, "NaN", "+Inf", "-Inf".
static std::string RuntimeFloatText(double v) {
  if (v != v) return "NaN";
  if (v + v == v && v > 0) return "+Inf";
  if (v + v == v && v < 0) return "-Inf";
  constexpr int kDigits = 7;
  char buf[kDigits + 7];
  buf[0] = '+';
  int e = 0;
  if (v == 0) {
    if (std::signbit(v)) buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) e++, v /= 10;  // normalise to [1, 10)
    while (v < 1) e--, v *= 10;
    double h = 5.0;  // round at the last digit printed
    for (int i = 0; i < kDigits; i++) h /= 10;
    v += h;
    if (v >= 10) e++, v /= 10;
  }
  for (int i = 0; i < kDigits; i++) {
    int d = static_cast<int>(v);
    buf[i + 2] = static_cast<char>(d + '0');
    v = (v - d) * 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[kDigits + 2] = 'e';
  buf[kDigits + 3] = e < 0 ? '-' : '+';
  e = e < 0 ? -e : e;
  buf[kDigits + 4] = static_cast<char>(e / 100 + '0');
  buf[kDigits + 5] = static_cast<char>(e / 10 % 10 + '0');
  buf[kDigits + 6] = static_cast<char>(e % 10 + '0');
  return std::string(buf, sizeof buf);
}

StepResult Thread::StackOverflow(core::Scheduler& sched) {
  sched.Fatal("stack overflow", "runtime: goroutine stack exceeds 1000000000-byte limit\n");
  return StepResult::kStopped;
}

core::Value Thread::Pack(const uint64_t* words, uint16_t n) {
  switch (n) {
    case 0: return {};
    case 1: return core::Value{static_cast<int64_t>(words[0]), 0};
    case 2: return core::Value{static_cast<int64_t>(words[0]), words[1]};
    default: return core::Value{static_cast<int64_t>(reinterpret_cast<uintptr_t>(vm_.Box(words, n))), 0};
  }
}

void Thread::Unpack(core::Value v, uint64_t* words, uint16_t n) const {
  switch (n) {
    case 0: return;
    case 1: words[0] = static_cast<uint64_t>(v.word); return;
    case 2:
      words[0] = static_cast<uint64_t>(v.word);
      words[1] = v.aux;
      return;
    default:
      if (v.word) {
        std::memcpy(words, reinterpret_cast<const uint64_t*>(v.word), n * sizeof(uint64_t));
      } else {
        std::memset(words, 0, n * sizeof(uint64_t));  // zero value from a closed channel
      }
  }
}

StepResult Thread::Step(core::Scheduler& sched, core::G&) {
  // Resuming at a line stop: its kBreak lets the replaced instruction run (see kBreak). If the
  // stop was taken away meanwhile, the instruction is back in place and runs as it is.
  if (at_line_stop_ && frames_.back().fn->code[frames_.back().pc].op != Op::kBreak) at_line_stop_ = false;
  if (pending_ != Pending::kNone && !FinishPending(sched)) {
    // The operation panicked (a send on a channel closed meanwhile): unwind.
    if (auto r = Panic(sched, pending_panic_)) return *r;
  }
  return Run(sched);
}

bool Thread::FinishPending(core::Scheduler& sched) {
  uint64_t* frame = stack_.data() + frames_.back().base;
  Pending p = std::exchange(pending_, Pending::kNone);
  switch (p) {
    case Pending::kNone: return true;
    case Pending::kSend:
      if (core::AfterSendWake(waiter_) != OpStatus::kDone) {
        pending_panic_ = "send on closed channel";
        return false;
      }
      return true;
    case Pending::kRecv:
    case Pending::kRecv2:
      Unpack(waiter_.value, frame + pending_slot_, pending_words_);
      if (p == Pending::kRecv2) frame[pending_slot_ + pending_words_] = waiter_.success;
      return true;
    case Pending::kSelect: {
      const SelectTable& table = frames_.back().fn->selects[pending_table_];
      core::SelectResult r;
      OpStatus st = core::SelectFinish(sched, select_cases_, select_waiters_, &r);
      if (core::IsPanic(st)) {
        pending_panic_ = std::string(core::PanicText(st));
        return false;
      }
      FinishSelect(table, frame, pending_slot_, r);
      return true;
    }
  }
  return true;
}

OpStatus Thread::StartSelect(core::Scheduler& sched, const SelectTable& table, uint64_t* frame,
                             uint16_t result_slot) {
  size_t n = table.cases.size();
  select_cases_.resize(n);
  select_waiters_.assign(n, core::Waiter{});
  for (size_t i = 0; i < n; i++) {
    const SelectCaseInfo& c = table.cases[i];
    auto* ch = reinterpret_cast<core::Channel*>(frame[c.chan_slot]);
    select_cases_[i] = core::SelectCase{ch, c.kind == SelectCaseInfo::kSend,
                                        c.kind == SelectCaseInfo::kSend
                                            ? Pack(frame + c.value_slot, c.elem_words)
                                            : core::Value{}};
  }
  core::SelectResult r;
  OpStatus st = core::SelectBegin(sched, select_cases_, select_waiters_, table.has_default, &r);
  if (st == OpStatus::kDone) FinishSelect(table, frame, result_slot, r);
  return st;
}

void Thread::FinishSelect(const SelectTable& table, uint64_t* frame, uint16_t result_slot,
                          const core::SelectResult& r) {
  frame[result_slot] = static_cast<uint64_t>(static_cast<int64_t>(r.index));
  if (r.index < 0) return;
  const SelectCaseInfo& c = table.cases[r.index];
  if (c.kind == SelectCaseInfo::kSend) return;
  Unpack(r.value, frame + c.value_slot, c.elem_words);
  if (c.kind == SelectCaseInfo::kRecv2) frame[c.value_slot + c.elem_words] = r.ok;
}

StepResult Thread::Run(core::Scheduler& sched) {
  const Program& prog = vm_.program();
  CallFrame* f = &frames_.back();
  const Instr* code = f->fn->code.data();
  uint64_t* R = stack_.data() + f->base;
  uint32_t pc = f->pc;
  int64_t executed = std::exchange(carried_executed_, 0);
  if (!vm_.SafePoint()) return StepResult::kStopped;

  // Saves the pc and stamps the position before a kernel call (which may record events).
  auto sync = [&] {
    f->pc = pc;
    sched.At(Where());
    sched.Charge(executed);
    executed = 0;
  };
  // At a loop's back edge or a call, once a batch of instructions ran: charge their
  // virtual time and give the scheduler its chance (collection, preemption, a pause).
  auto charge_point = [&]() -> std::optional<StepResult> {
    if (executed < kChargeBatch) return std::nullopt;
    f->pc = pc;
    bool slice_over = sched.Charge(executed);
    executed = 0;
    if (!vm_.SafePoint()) return StepResult::kStopped;
    if (slice_over) return StepResult::kPreempted;
    if (sched.ShouldReturn()) return StepResult::kPaused;
    return std::nullopt;
  };
  // After a kernel call: return to the scheduler if it parked, the slice ran out, a
  // pause was asked for, or the run ended.
  auto after_kernel = [&](OpStatus st, Pending pending) -> bool {
    if (st == OpStatus::kParked) {
      pending_ = pending;
      return true;
    }
    return sched.ShouldReturn();
  };
  auto reload = [&] {
    f = &frames_.back();
    code = f->fn->code.data();
    R = stack_.data() + f->base;
    pc = f->pc;
  };

  const Instr* next;  // the instruction to run: code[pc - 1], or the one a kBreak stands in for
  for (;;) {
    next = code + pc++;
    executed++;
  dispatch:
    const Instr& in = *next;
    switch (in.op) {
      case Op::kNop: break;
      case Op::kMove: R[in.a] = R[in.b]; break;
      case Op::kMoveN: std::memmove(R + in.a, R + in.b, in.c * sizeof(uint64_t)); break;
      case Op::kLoadK: R[in.a] = f->fn->constants[in.b]; break;
      case Op::kLoadI: R[in.a] = static_cast<uint64_t>(static_cast<int64_t>(static_cast<int16_t>(in.b))); break;
      case Op::kAdd: R[in.a] = R[in.b] + R[in.c]; break;
      case Op::kSub: R[in.a] = R[in.b] - R[in.c]; break;
      case Op::kMul: R[in.a] = R[in.b] * R[in.c]; break;
      case Op::kDiv:
      case Op::kRem: {
        int64_t x = static_cast<int64_t>(R[in.b]), y = static_cast<int64_t>(R[in.c]);
        if (y == 0) {
          sync();
          { if (auto r = Panic(sched, "runtime error: integer divide by zero")) return *r; reload(); break; }
        }
        // MinInt64 / -1 overflows in C++; Go wraps it to MinInt64 (remainder 0).
        if (y == -1) {
          R[in.a] = in.op == Op::kDiv ? static_cast<uint64_t>(0) - static_cast<uint64_t>(x) : 0;
        } else {
          R[in.a] = static_cast<uint64_t>(in.op == Op::kDiv ? x / y : x % y);
        }
        break;
      }
      case Op::kDivU:
      case Op::kRemU:
        if (R[in.c] == 0) {
          sync();
          { if (auto r = Panic(sched, "runtime error: integer divide by zero")) return *r; reload(); break; }
        }
        R[in.a] = in.op == Op::kDivU ? R[in.b] / R[in.c] : R[in.b] % R[in.c];
        break;
      case Op::kAnd: R[in.a] = R[in.b] & R[in.c]; break;
      case Op::kOr: R[in.a] = R[in.b] | R[in.c]; break;
      case Op::kXor: R[in.a] = R[in.b] ^ R[in.c]; break;
      case Op::kAndNot: R[in.a] = R[in.b] & ~R[in.c]; break;
      case Op::kShl: R[in.a] = R[in.c] >= 64 ? 0 : R[in.b] << R[in.c]; break;
      case Op::kShr: {
        int64_t x = static_cast<int64_t>(R[in.b]);
        R[in.a] = static_cast<uint64_t>(R[in.c] >= 64 ? (x < 0 ? -1 : 0) : x >> R[in.c]);
        break;
      }
      case Op::kShrU: R[in.a] = R[in.c] >= 64 ? 0 : R[in.b] >> R[in.c]; break;
      case Op::kNeg: R[in.a] = static_cast<uint64_t>(0) - R[in.b]; break;
      case Op::kCompl: R[in.a] = ~R[in.b]; break;
      case Op::kNot: R[in.a] = !R[in.b]; break;
      case Op::kAddI:
        R[in.a] = R[in.b] + static_cast<uint64_t>(static_cast<int64_t>(static_cast<int16_t>(in.c)));
        executed += in.spare;  // a fused constant load costs what it did before fusion
        break;
      case Op::kWrap: {
        int bits = static_cast<int16_t>(in.c);
        R[in.a] = static_cast<uint64_t>(WrapBits(static_cast<int64_t>(R[in.b]), bits < 0 ? -bits : bits, bits < 0));
        break;
      }
      case Op::kEq: R[in.a] = R[in.b] == R[in.c]; break;
      case Op::kNe: R[in.a] = R[in.b] != R[in.c]; break;
      case Op::kLt: R[in.a] = static_cast<int64_t>(R[in.b]) < static_cast<int64_t>(R[in.c]); break;
      case Op::kLtI:
        R[in.a] = static_cast<int64_t>(R[in.b]) < static_cast<int16_t>(in.c);
        executed += in.spare;
        break;
      case Op::kGtI:
        R[in.a] = static_cast<int64_t>(R[in.b]) > static_cast<int16_t>(in.c);
        executed += in.spare;
        break;
      case Op::kLe: R[in.a] = static_cast<int64_t>(R[in.b]) <= static_cast<int64_t>(R[in.c]); break;
      case Op::kLtU: R[in.a] = R[in.b] < R[in.c]; break;
      case Op::kLeU: R[in.a] = R[in.b] <= R[in.c]; break;
      case Op::kFAdd: R[in.a] = FromFloat(AsFloat(R[in.b]) + AsFloat(R[in.c])); break;
      case Op::kFSub: R[in.a] = FromFloat(AsFloat(R[in.b]) - AsFloat(R[in.c])); break;
      case Op::kFMul: R[in.a] = FromFloat(AsFloat(R[in.b]) * AsFloat(R[in.c])); break;
      case Op::kFDiv: R[in.a] = FromFloat(AsFloat(R[in.b]) / AsFloat(R[in.c])); break;
      case Op::kFNeg: R[in.a] = FromFloat(-AsFloat(R[in.b])); break;
      case Op::kFEq: R[in.a] = AsFloat(R[in.b]) == AsFloat(R[in.c]); break;
      case Op::kFLt: R[in.a] = AsFloat(R[in.b]) < AsFloat(R[in.c]); break;
      case Op::kFLe: R[in.a] = AsFloat(R[in.b]) <= AsFloat(R[in.c]); break;
      case Op::kIntToFloat: R[in.a] = FromFloat(static_cast<double>(static_cast<int64_t>(R[in.b]))); break;
      case Op::kFloatToInt: R[in.a] = static_cast<uint64_t>(static_cast<int64_t>(AsFloat(R[in.b]))); break;
      case Op::kUintToFloat: R[in.a] = FromFloat(static_cast<double>(R[in.b])); break;
      case Op::kFloatToUint: R[in.a] = FloatToUint(AsFloat(R[in.b])); break;
      case Op::kRoundF32: R[in.a] = FromFloat(static_cast<float>(AsFloat(R[in.b]))); break;
      case Op::kFMin:
      case Op::kFMax: R[in.a] = FromFloat(FloatMinMax(AsFloat(R[in.b]), AsFloat(R[in.c]), in.op == Op::kFMin)); break;
      case Op::kRuneToString: {
        int64_t r = static_cast<int64_t>(R[in.b]);
        std::string s;
        AppendUtf8(s, r < 0 || r > 0x10FFFF ? kRuneError : static_cast<char32_t>(r));
        vm_.NewString(s, R + in.a);
        break;
      }
      case Op::kBytesToString: {
        const uint64_t* e = reinterpret_cast<const uint64_t*>(R[in.b]);
        uint64_t n = R[in.b + 1];
        char* out = vm_.NewString(n, R + in.a);
        for (uint64_t i = 0; i < n; i++) out[i] = static_cast<char>(e[i]);
        break;
      }
      case Op::kStringToBytes: {
        const auto* p = reinterpret_cast<const unsigned char*>(R[in.b]);
        uint64_t n = R[in.b + 1];
        uint64_t* e = vm_.Alloc(n);
        for (uint64_t i = 0; i < n; i++) e[i] = p[i];
        R[in.a] = reinterpret_cast<uintptr_t>(e);
        R[in.a + 1] = R[in.a + 2] = n;
        break;
      }
      case Op::kRunesToString: {
        const uint64_t* e = reinterpret_cast<const uint64_t*>(R[in.b]);
        std::string s;
        for (uint64_t i = 0; i < R[in.b + 1]; i++) {
          int64_t r = static_cast<int64_t>(static_cast<int32_t>(e[i]));
          AppendUtf8(s, r < 0 ? kRuneError : static_cast<char32_t>(r));
        }
        vm_.NewString(s, R + in.a);
        break;
      }
      case Op::kStringToRunes: {
        std::string_view s(reinterpret_cast<const char*>(R[in.b]), R[in.b + 1]);
        std::vector<uint64_t> runes;
        for (size_t i = 0; i < s.size();) {
          char32_t r;
          i += DecodeUtf8(s, i, &r);
          runes.push_back(r);
        }
        uint64_t* e = vm_.Alloc(runes.size());
        if (!runes.empty()) std::memcpy(e, runes.data(), runes.size() * sizeof(uint64_t));
        R[in.a] = reinterpret_cast<uintptr_t>(e);
        R[in.a + 1] = R[in.a + 2] = runes.size();
        break;
      }
      case Op::kJump:
      case Op::kJumpIf:
      case Op::kJumpIfNot: {
        bool taken = in.op == Op::kJump || (in.op == Op::kJumpIf) == (R[in.a] != 0);
        if (!taken) break;
        uint32_t target = in.Target();
        // A backward jump is a loop: the place to charge time and preempt.
        bool backward = target < pc;
        pc = target;
        if (backward) {
          if (auto r = charge_point()) return *r;
        }
        break;
      }
      case Op::kCall: {
        f->pc = pc;
        if (!PushFrame(&prog.functions[in.a], f->base + in.b, nullptr)) {
          sync();
          return StackOverflow(sched);
        }
        reload();
        if (auto r = charge_point()) return *r;
        break;
      }
      case Op::kCallNative: {
        sync();
        NativeResult r = CallNative(sched, in.a, R + in.b, f->base + f->fn->frame_words);
        reload();  // a native that called Go code (fmt calling String) may have moved the stack
        if (!r.panic.empty()) { if (auto res = Panic(sched, r.panic)) return *res; reload(); break; }
        if (sched.finished() || !vm_.SafePoint()) return StepResult::kStopped;
        if (r.status == OpStatus::kParked) return StepResult::kParked;
        if (sched.ShouldReturn()) return StepResult::kPaused;
        break;
      }
      case Op::kCallValue: {
        auto* closure = reinterpret_cast<uint64_t*>(R[in.a]);
        if (!closure) {
          sync();
          { if (auto r = Panic(sched, kNilDereference)) return *r; reload(); break; }
        }
        f->pc = pc;
        if (!PushFrame(&prog.functions[closure[0]], f->base + in.b, closure)) {
          sync();
          return StackOverflow(sched);
        }
        reload();
        break;
      }
      case Op::kCallIface: {
        if (R[in.a] == 0) {
          sync();
          { if (auto r = Panic(sched, kNilDereference)) return *r; reload(); break; }
        }
        const TypeDesc& t = prog.types[R[in.a] - 1];
        const TypeDesc::Method* m = nullptr;
        for (const TypeDesc::Method& x : t.methods)
          if (x.name == in.c) m = &x;
        if (!m) {
          sync();
          return Fatal(sched, "chanscope: internal error: method missing from a type's method set");
        }
        const Function* callee = &prog.functions[m->function];
        uint64_t data = R[in.a + 1];
        f->pc = pc;
        uint32_t base = f->base + in.b;
        if (!PushFrame(callee, base, nullptr, false, callee->param_words)) {
          sync();
          return StackOverflow(sched);
        }
        uint64_t* frame = stack_.data() + base;
        uint16_t rw = callee->recv_words;
        // The arguments move up to make room for the receiver, which the value provides.
        std::memmove(frame + rw, frame, (callee->param_words - rw) * sizeof(uint64_t));
        if (m->deref || t.words != 1) {  // boxed (a zero-size receiver copies nothing)
          std::memcpy(frame, reinterpret_cast<const uint64_t*>(data), rw * sizeof(uint64_t));
        } else {
          frame[0] = data;
        }
        reload();
        break;
      }
      case Op::kClosure: {
        const Function& lit = prog.functions[in.b];
        uint64_t* closure = vm_.Alloc(1 + lit.capture_count);
        closure[0] = in.b;
        std::memcpy(closure + 1, R + in.c, lit.capture_count * sizeof(uint64_t));
        R[in.a] = reinterpret_cast<uintptr_t>(closure);
        break;
      }
      case Op::kLoadEnv: R[in.a] = f->env[1 + in.b]; break;
      case Op::kNewCell: R[in.a] = reinterpret_cast<uintptr_t>(vm_.Alloc(in.b)); break;
      case Op::kLoadGlobal: std::memcpy(R + in.a, vm_.globals() + in.b, in.c * sizeof(uint64_t)); break;
      case Op::kStoreGlobal: std::memcpy(vm_.globals() + in.a, R + in.b, in.c * sizeof(uint64_t)); break;
      case Op::kGlobalAddr: R[in.a] = reinterpret_cast<uintptr_t>(vm_.globals() + in.b); break;
      case Op::kFieldAddr:
        if (!R[in.b]) {
          sync();
          { if (auto r = Panic(sched, kNilDereference)) return *r; reload(); break; }
        }
        R[in.a] = R[in.b] + in.c * sizeof(uint64_t);
        break;
      case Op::kLoadField:
      case Op::kStoreField: {
        bool load = in.op == Op::kLoadField;
        auto* p = reinterpret_cast<uint64_t*>(R[load ? in.b : in.a]);
        if (!p) {
          sync();
          { if (auto r = Panic(sched, kNilDereference)) return *r; reload(); break; }
        }
        if (load) {
          std::memcpy(R + in.a, p + in.c, in.spare * sizeof(uint64_t));
        } else {
          std::memcpy(p + in.b, R + in.c, in.spare * sizeof(uint64_t));
        }
        break;
      }
      case Op::kLoadInd:
      case Op::kStoreInd: {
        auto* p = reinterpret_cast<uint64_t*>(R[in.op == Op::kLoadInd ? in.b : in.a]);
        if (!p) {
          sync();
          { if (auto r = Panic(sched, kNilDereference)) return *r; reload(); break; }
        }
        if (in.op == Op::kLoadInd) {
          std::memcpy(R + in.a, p, in.c * sizeof(uint64_t));
        } else {
          std::memcpy(p, R + in.b, in.c * sizeof(uint64_t));
        }
        break;
      }
      case Op::kRunDefers:
      case Op::kReturn: {
        // The results move into place once: this instruction runs again after each
        // deferred call, which may have changed named results in place since.
        if (in.op == Op::kReturn && !f->returning) {
          if (in.b == 1) R[0] = R[in.a];  // the common case, without a call to memmove
          else std::memmove(R, R + in.a, in.b * sizeof(uint64_t));
        }
        if (!defers_.empty() && defers_.back().frame == frames_.size() - 1) {
          f->returning = in.op == Op::kReturn;
          // Run the newest deferred call first; this return runs again after it.
          Deferred d = std::move(defers_.back());
          defers_.pop_back();
          sync();
          f->pc = pc - 1;  // come back to this instruction after the deferred call
          NativeResult native;
          switch (StartDeferred(sched, d, /*unwinding=*/false, &native)) {
            case DeferredStart::kFrame: break;
            case DeferredStart::kNative:
              if (!native.panic.empty()) { if (auto r = Panic(sched, native.panic)) return *r; break; }
              if (sched.finished()) return StepResult::kStopped;
              if (native.status == OpStatus::kParked) return StepResult::kParked;
              break;
            case DeferredStart::kNilClosure: { if (auto r = Panic(sched, kNilDereference)) return *r; break; }
            case DeferredStart::kOverflow: return StackOverflow(sched);
          }
          reload();  // the new frame, or this one again (the stack may have grown)
          break;
        }
        if (in.op == Op::kRunDefers) break;  // all ran: on to the epilogue's return
        bool was_unwinding = f->unwinding;
        frames_.pop_back();
        if (was_unwinding) {
          if (recovered_) {
            // recover() stopped the panic: the frame that deferred the call returns
            // normally with its named results (or zero values), through its final
            // return instruction, which also runs its remaining deferred calls.
            panicking_ = recovered_ = false;
            panic_chain_.clear();
            panic_frames_.clear();
            CallFrame& done = frames_.back();
            if (done.fn->named_results < 0) {
              std::memset(stack_.data() + done.base, 0, done.fn->result_words * sizeof(uint64_t));
            }
            done.pc = done.fn->recover_pc;
            done.returning = false;
            reload();
            break;
          }
          if (auto r = Unwind(sched)) return *r;
          reload();
          break;
        }
        if (frames_.size() == nested_floor_) {  // the goroutine's function (or a nested call) returned
          sched.Charge(executed);
          return StepResult::kExited;
        }
        reload();
        break;
      }
      case Op::kRecover:
        // Only a deferred call run by a panic, calling recover directly, stops it.
        if (panicking_ && f->unwinding) {
          recovered_ = true;
          R[in.a] = panic_value_[0];
          R[in.a + 1] = panic_value_[1];
        } else {
          R[in.a] = R[in.a + 1] = 0;
        }
        break;
      case Op::kPanicValue: {
        sync();
        std::string msg = vm_.PanicText(R + in.a);
        if (auto r = Panic(sched, msg, R + in.a)) return *r;
        reload();
        break;
      }
      case Op::kDefer: {
        uint64_t callee = in.spare == 1 ? R[in.a] : in.a;
        defers_.push_back(Deferred{static_cast<uint32_t>(frames_.size() - 1), in.spare, callee,
                                   std::vector<uint64_t>(R + in.b, R + in.b + in.c)});
        break;
      }
      case Op::kGo: {
        sync();
        if (!vm_.Spawn(in.a, R + in.b, in.c, nullptr, Where(), f->fn->name.c_str()))
          return StepResult::kStopped;
        if (sched.ShouldReturn()) return StepResult::kPaused;
        break;
      }
      case Op::kGoValue: {
        sync();
        auto* closure = reinterpret_cast<uint64_t*>(R[in.a]);
        if (!closure) { if (auto r = Panic(sched, kNilDereference)) return *r; reload(); break; }
        if (!vm_.Spawn(static_cast<uint32_t>(closure[0]), R + in.b, in.c, closure,
                       Where(), f->fn->name.c_str()))
          return StepResult::kStopped;
        if (sched.ShouldReturn()) return StepResult::kPaused;
        break;
      }
      case Op::kMakeChan: {
        int64_t cap = static_cast<int64_t>(R[in.b]);
        if (cap < 0 || cap > (int64_t{1} << 30)) {
          sync();
          { if (auto r = Panic(sched, "makechan: size out of range")) return *r; reload(); break; }
        }
        sync();
        if (vm_.ExceedsHeapLimit(static_cast<uint64_t>(cap) * sizeof(core::Channel::Slot))) return HeapExhausted(sched);
        R[in.a] = reinterpret_cast<uintptr_t>(vm_.MakeChannel(static_cast<uint32_t>(cap), in.c));
        break;
      }
      case Op::kSend: {
        sync();
        auto* ch = reinterpret_cast<VmChannel*>(R[in.a]);
        uint16_t words = ch ? ch->elem_words() : 0;
        OpStatus st = core::ChanSend(sched, ch, waiter_, Pack(R + in.b, words));
        if (core::IsPanic(st)) { if (auto r = Panic(sched, core::PanicText(st))) return *r; reload(); break; }
        if (after_kernel(st, Pending::kSend)) return st == OpStatus::kParked ? StepResult::kParked : StepResult::kPaused;
        break;
      }
      case Op::kRecv:
      case Op::kRecv2: {
        sync();
        auto* ch = reinterpret_cast<VmChannel*>(R[in.b]);
        OpStatus st = core::ChanRecv(sched, ch, waiter_);
        pending_slot_ = in.a;
        pending_words_ = ch ? ch->elem_words() : 0;
        Pending kind = in.op == Op::kRecv ? Pending::kRecv : Pending::kRecv2;
        if (st == OpStatus::kParked) {
          pending_ = kind;
          return StepResult::kParked;
        }
        pending_ = kind;
        FinishPending(sched);
        if (sched.ShouldReturn()) return StepResult::kPaused;
        break;
      }
      case Op::kClose: {
        sync();
        OpStatus st = core::ChanClose(sched, reinterpret_cast<core::Channel*>(R[in.a]));
        if (core::IsPanic(st)) { if (auto r = Panic(sched, core::PanicText(st))) return *r; reload(); break; }
        if (sched.ShouldReturn()) return StepResult::kPaused;
        break;
      }
      case Op::kChanType:
        if (auto* ch = reinterpret_cast<VmChannel*>(R[in.a])) ch->set_elem_type(in.c);
        break;
      case Op::kChanLen: {
        auto* ch = reinterpret_cast<core::Channel*>(R[in.b]);
        R[in.a] = ch ? ch->len() : 0;
        break;
      }
      case Op::kChanCap: {
        auto* ch = reinterpret_cast<core::Channel*>(R[in.b]);
        R[in.a] = ch ? ch->cap() : 0;
        break;
      }
      case Op::kSelect: {
        sync();
        const SelectTable& table = f->fn->selects[in.b];
        OpStatus st = StartSelect(sched, table, R, in.a);
        if (core::IsPanic(st)) { if (auto r = Panic(sched, core::PanicText(st))) return *r; reload(); break; }
        if (st == OpStatus::kParked) {
          pending_ = Pending::kSelect;
          pending_slot_ = in.a;
          pending_table_ = in.b;
          return StepResult::kParked;
        }
        if (sched.ShouldReturn()) return StepResult::kPaused;
        break;
      }
      case Op::kMakeSlice: {
        int64_t len = static_cast<int64_t>(R[in.b]), cap = static_cast<int64_t>(R[in.c]);
        if (len < 0 || len > (int64_t{1} << 32)) {
          sync();
          { if (auto r = Panic(sched, "runtime error: makeslice: len out of range")) return *r; reload(); break; }
        }
        if (cap < len || cap > (int64_t{1} << 32)) {
          sync();
          { if (auto r = Panic(sched, "runtime error: makeslice: cap out of range")) return *r; reload(); break; }
        }
        if (vm_.ExceedsHeapLimit(static_cast<uint64_t>(cap) * in.spare * sizeof(uint64_t))) {
          sync();
          return HeapExhausted(sched);
        }
        R[in.a] = reinterpret_cast<uintptr_t>(vm_.Alloc(static_cast<size_t>(cap) * in.spare));
        R[in.a + 1] = static_cast<uint64_t>(len);
        R[in.a + 2] = static_cast<uint64_t>(cap);
        break;
      }
      case Op::kArrayOffset: {
        int64_t i = static_cast<int64_t>(R[in.b]);
        if (i < 0 || i >= in.c) {
          sync();
          { if (auto r = Panic(sched, IndexError(i, in.c))) return *r; reload(); break; }
        }
        R[in.a] = static_cast<uint64_t>(i) * in.spare;
        break;
      }
      case Op::kLoadAt: std::memmove(R + in.a, R + in.b + R[in.c], in.spare * sizeof(uint64_t)); break;
      case Op::kStoreAt: std::memmove(R + in.a + R[in.b], R + in.c, in.spare * sizeof(uint64_t)); break;
      case Op::kAddrAdd:
        if (!R[in.b]) {
          sync();
          { if (auto r = Panic(sched, kNilDereference)) return *r; reload(); break; }
        }
        R[in.a] = R[in.b] + R[in.c] * sizeof(uint64_t);
        break;
      case Op::kElemAddr: {
        const uint64_t* slice = R + in.b;
        int64_t i = static_cast<int64_t>(R[in.c]);
        if (i < 0 || static_cast<uint64_t>(i) >= slice[1]) {
          sync();
          { if (auto r = Panic(sched, IndexError(i, slice[1]))) return *r; reload(); break; }
        }
        R[in.a] = slice[0] + static_cast<uint64_t>(i) * in.spare * sizeof(uint64_t);
        break;
      }
      case Op::kEqN: R[in.a] = std::memcmp(R + in.b, R + in.c, in.spare * sizeof(uint64_t)) == 0; break;
      case Op::kIfaceEq: {
        std::string uncomparable;
        bool eq = InterfacesEqual(prog, R + in.b, R + in.c, &uncomparable);
        if (!uncomparable.empty()) {
          sync();
          { if (auto r = Panic(sched, "runtime error: comparing uncomparable type " + uncomparable)) return *r; reload(); break; }
        }
        R[in.a] = eq;
        break;
      }
      case Op::kIndex:
      case Op::kSetIndex: {
        bool get = in.op == Op::kIndex;
        uint64_t* slice = R + (get ? in.b : in.a);
        int64_t i = static_cast<int64_t>(R[get ? in.c : in.b]);
        if (i < 0 || static_cast<uint64_t>(i) >= slice[1]) {
          sync();
          { if (auto r = Panic(sched, IndexError(i, slice[1]))) return *r; reload(); break; }
        }
        uint64_t* elem = reinterpret_cast<uint64_t*>(slice[0]) + i * in.spare;
        if (get) {
          std::memcpy(R + in.a, elem, in.spare * sizeof(uint64_t));
        } else {
          std::memcpy(elem, R + in.c, in.spare * sizeof(uint64_t));
        }
        break;
      }
      case Op::kAppend: {
        uint64_t ptr = R[in.b], len = R[in.b + 1], cap = R[in.b + 2];
        if (len + 1 > cap) {
          // Grow: a new backing array; the old one stays with whoever still holds it.
          uint64_t new_cap = GrowCap(cap, len + 1);
          uint64_t* fresh = vm_.Alloc(new_cap * in.spare);
          if (len) std::memcpy(fresh, reinterpret_cast<uint64_t*>(ptr), len * in.spare * sizeof(uint64_t));
          ptr = reinterpret_cast<uintptr_t>(fresh);
          cap = new_cap;
        }
        std::memcpy(reinterpret_cast<uint64_t*>(ptr) + len * in.spare, R + in.c, in.spare * sizeof(uint64_t));
        R[in.a] = ptr;
        R[in.a + 1] = len + 1;
        R[in.a + 2] = cap;
        break;
      }
      case Op::kSliceToArray:
        if (R[in.b + 1] < in.c) {
          sync();
          std::string msg = "runtime error: cannot convert slice with length " + std::to_string(R[in.b + 1]) +
                            " to array or pointer to array with length " + std::to_string(in.c);
          if (auto r = Panic(sched, msg)) return *r;
          reload();
          break;
        }
        R[in.a] = R[in.b];
        break;
      case Op::kAppendSlice: {
        uint64_t ptr = R[in.b], len = R[in.b + 1], cap = R[in.b + 2];
        const uint64_t* src = reinterpret_cast<const uint64_t*>(R[in.c]);
        uint64_t n = R[in.c + 1];
        if (len + n > cap) {
          uint64_t new_cap = GrowCap(cap, len + n);
          uint64_t* fresh = vm_.Alloc(new_cap * in.spare);
          if (len) std::memcpy(fresh, reinterpret_cast<uint64_t*>(ptr), len * in.spare * sizeof(uint64_t));
          ptr = reinterpret_cast<uintptr_t>(fresh);
          cap = new_cap;
        }
        // memmove: the source may be the destination's own backing array.
        if (n) std::memmove(reinterpret_cast<uint64_t*>(ptr) + len * in.spare, src, n * in.spare * sizeof(uint64_t));
        R[in.a] = ptr;
        R[in.a + 1] = len + n;
        R[in.a + 2] = cap;
        break;
      }
      case Op::kClearSlice:
        if (R[in.a + 1]) std::memset(reinterpret_cast<uint64_t*>(R[in.a]), 0, R[in.a + 1] * in.spare * sizeof(uint64_t));
        break;
      case Op::kSliceOp: {
        bool is_string = in.spare & 4;
        uint64_t elem = is_string ? 1 : in.spare >> 3;
        uint64_t ptr = R[in.b], len = R[in.b + 1];
        uint64_t cap = is_string ? len : R[in.b + 2];
        int64_t lo = static_cast<int64_t>(R[in.c]);
        int64_t hi = (in.spare & 1) ? static_cast<int64_t>(R[in.c + 1]) : static_cast<int64_t>(len);
        int64_t max = (in.spare & 2) ? static_cast<int64_t>(R[in.c + 2]) : static_cast<int64_t>(cap);
        uint64_t limit = is_string ? len : cap;
        // Go's messages: slice bounds out of range [:hi] with capacity cap, [lo:hi], ...
        std::string err;
        if (max < 0 || static_cast<uint64_t>(max) > limit) {
          err = (in.spare & 2) ? "[::" + std::to_string(max) + "] with capacity " + std::to_string(cap)
                               : "";
        }
        if (err.empty() && (hi < 0 || hi > max)) {
          err = is_string ? "[:" + std::to_string(hi) + "] with length " + std::to_string(len)
                          : "[:" + std::to_string(hi) + "] with capacity " + std::to_string(cap);
        }
        if (err.empty() && (lo < 0 || lo > hi)) {
          err = "[" + std::to_string(lo) + ":" + std::to_string(hi) + "]";
        }
        if (!err.empty()) {
          sync();
          { if (auto r = Panic(sched, "runtime error: slice bounds out of range " + err)) return *r; reload(); break; }
        }
        R[in.a] = ptr + static_cast<uint64_t>(lo) * elem * (is_string ? 1 : sizeof(uint64_t));
        R[in.a + 1] = static_cast<uint64_t>(hi - lo);
        if (!is_string) R[in.a + 2] = static_cast<uint64_t>(max - lo);
        break;
      }
      case Op::kCopy: {
        uint64_t n = std::min(R[in.b + 1], R[in.c + 1]);
        if (n) {
          std::memmove(reinterpret_cast<uint64_t*>(R[in.b]), reinterpret_cast<uint64_t*>(R[in.c]),
                       n * in.spare * sizeof(uint64_t));
        }
        R[in.a] = n;
        break;
      }
      case Op::kStrIndex: {
        int64_t i = static_cast<int64_t>(R[in.c]);
        if (i < 0 || static_cast<uint64_t>(i) >= R[in.b + 1]) {
          sync();
          { if (auto r = Panic(sched, IndexError(i, R[in.b + 1]))) return *r; reload(); break; }
        }
        R[in.a] = reinterpret_cast<const unsigned char*>(R[in.b])[i];
        break;
      }
      case Op::kConcat: {
        uint64_t n1 = R[in.b + 1], n2 = R[in.c + 1];
        const char* x = reinterpret_cast<const char*>(R[in.b]);
        const char* y = reinterpret_cast<const char*>(R[in.c]);
        char* out = vm_.NewString(n1 + n2, R + in.a);  // may overwrite b or c: read first
        if (n1) std::memcpy(out, x, n1);
        if (n2) std::memcpy(out + n1, y, n2);
        break;
      }
      case Op::kStrCmp: {
        std::string_view x(reinterpret_cast<const char*>(R[in.b]), R[in.b + 1]);
        std::string_view y(reinterpret_cast<const char*>(R[in.c]), R[in.c + 1]);
        int c = x.compare(y);
        R[in.a] = static_cast<uint64_t>(static_cast<int64_t>(c < 0 ? -1 : c > 0 ? 1 : 0));
        break;
      }
      case Op::kDecodeRune: {
        uint64_t i = R[in.c], n = R[in.b + 1];
        auto [r, w] = DecodeRune(reinterpret_cast<const unsigned char*>(R[in.b]) + i, n - i);
        R[in.a] = static_cast<uint64_t>(r);
        R[in.a + 1] = static_cast<uint64_t>(w);
        break;
      }
      case Op::kToIface: {
        const TypeDesc& t = prog.types[in.c];
        uint64_t data = t.words == 1 ? R[in.b] : reinterpret_cast<uintptr_t>(vm_.Box(R + in.b, t.words));
        R[in.a] = in.c + 1u;
        R[in.a + 1] = data;
        break;
      }
      case Op::kMakeMap:
        R[in.a] = reinterpret_cast<uintptr_t>(vm_.MakeMap(in.b, in.c, static_cast<VmMap::KeyKind>(in.spare)));
        break;
      case Op::kMapKeyType:
        reinterpret_cast<VmMap*>(R[in.a])->SetKeyType(in.c);
        break;
      case Op::kMapGet: {
        auto* m = reinterpret_cast<VmMap*>(R[in.b]);
        const uint64_t* v = m ? m->Find(R + in.c) : nullptr;
        uint16_t vw = in.spare;  // value words (a nil map has no record of them)
        if (v) {
          std::memcpy(R + in.a, v, vw * sizeof(uint64_t));
        } else {
          std::memset(R + in.a, 0, vw * sizeof(uint64_t));
        }
        R[in.a + vw] = v != nullptr;
        break;
      }
      case Op::kMapSet: {
        auto* m = reinterpret_cast<VmMap*>(R[in.a]);
        if (!m) {
          sync();
          { if (auto r = Panic(sched, "assignment to entry in nil map")) return *r; reload(); break; }
        }
        m->Set(R + in.b, R + in.c);
        break;
      }
      case Op::kMapDelete:
        if (auto* m = reinterpret_cast<VmMap*>(R[in.a])) m->Erase(R + in.b);
        break;
      case Op::kMapClear:
        if (auto* m = reinterpret_cast<VmMap*>(R[in.a])) m->Clear();
        break;
      case Op::kMapLen: {
        auto* m = reinterpret_cast<VmMap*>(R[in.b]);
        R[in.a] = m ? m->size() : 0;
        break;
      }
      case Op::kMapIter: {
        auto* m = reinterpret_cast<VmMap*>(R[in.b]);
        R[in.a] = m ? reinterpret_cast<uintptr_t>(vm_.KeepKeys(m->Keys(vm_.NextIterationSeed()))) : 0;
        R[in.a + 1] = 0;
        R[in.a + 3] = R[in.b];  // the map itself, for lookups while iterating
        break;
      }
      case Op::kMapNext: {
        auto* keys = reinterpret_cast<const std::vector<std::vector<uint64_t>>*>(R[in.a]);
        auto* m = reinterpret_cast<VmMap*>(R[in.a + 3]);
        R[in.a + 2] = 0;
        // Keys deleted during the iteration are skipped, as Go does.
        while (keys && R[in.a + 1] < keys->size()) {
          const std::vector<uint64_t>& k = (*keys)[R[in.a + 1]++];
          const uint64_t* v = m->Find(k.data());
          if (!v) continue;
          std::memcpy(R + in.b, k.data(), k.size() * sizeof(uint64_t));
          std::memcpy(R + in.c, v, m->value_words() * sizeof(uint64_t));
          R[in.a + 2] = 1;
          break;
        }
        break;
      }
      case Op::kAssert: {
        const AssertInfo& ai = f->fn->asserts[in.c];
        const TypeDesc& target = prog.types[ai.target];
        uint64_t dyn = R[in.b];
        bool ok;
        std::string missing;
        if (target.kind == TypeDesc::kInterface) {
          // Satisfied when the dynamic type has every method the interface names.
          ok = dyn != 0;
          for (uint16_t name : target.interface_methods) {
            if (!ok) break;
            bool found = false;
            for (const TypeDesc::Method& m : prog.types[dyn - 1].methods) found |= m.name == name;
            if (!found) {
              ok = false;
              const std::string& key = prog.method_names[name];  // "Name (params) results"
              missing = key.substr(0, key.find(' '));
            }
          }
          if (ok) {
            R[in.a] = R[in.b];
            R[in.a + 1] = R[in.b + 1];
          }
        } else {
          ok = dyn == static_cast<uint64_t>(ai.target) + 1;
          if (ok) {
            if (ai.words == 1) {
              R[in.a] = R[in.b + 1];
            } else {
              std::memcpy(R + in.a, reinterpret_cast<const uint64_t*>(R[in.b + 1]), ai.words * sizeof(uint64_t));
            }
          }
        }
        if (in.spare) {
          if (!ok) std::memset(R + in.a, 0, ai.words * sizeof(uint64_t));
          R[in.a + ai.words] = ok;
          break;
        }
        if (!ok) {
          sync();
          std::string from = prog.types[ai.interface].name;
          std::string msg = "interface conversion: ";
          if (dyn == 0) {
            msg += from + " is nil, not " + target.name;
          } else if (target.kind == TypeDesc::kInterface) {
            msg += prog.types[dyn - 1].name + " is not " + target.name + ": missing method " + missing;
          } else {
            msg += from + " is " + prog.types[dyn - 1].name + ", not " + target.name;
          }
          { if (auto r = Panic(sched, msg)) return *r; reload(); break; }
        }
        break;
      }
      case Op::kGosched:
        sync();
        return StepResult::kYielded;
      case Op::kPrintInt:
        sync();
        sched.Print(in.spare ? 1 : 2, std::to_string(static_cast<int64_t>(R[in.a])));
        break;
      case Op::kPrintUint:
        sync();
        sched.Print(in.spare ? 1 : 2, std::to_string(R[in.a]));
        break;
      case Op::kPrintBool:
        sync();
        sched.Print(in.spare ? 1 : 2, R[in.a] ? "true" : "false");
        break;
      case Op::kPrintFloat:
        sync();
        sched.Print(in.spare ? 1 : 2, RuntimeFloatText(AsFloat(R[in.a])));
        break;
      case Op::kPrintString:
        sync();
        sched.Print(in.spare ? 1 : 2,
                    std::string_view(reinterpret_cast<const char*>(R[in.a]), R[in.a + 1]));
        break;
      case Op::kPrintSlice: {
        sync();
        std::string out = "[";
        const uint64_t* e = reinterpret_cast<const uint64_t*>(R[in.a]);
        uint64_t words = in.c == 3 ? 2 : 1;
        for (uint64_t i = 0; i < R[in.a + 1]; i++, e += words) {
          if (i) out += ' ';
          switch (in.c) {
            case 0: out += std::to_string(static_cast<int64_t>(*e)); break;
            case 1: out += std::to_string(*e); break;
            case 2: out += *e ? "true" : "false"; break;
            default: out.append(reinterpret_cast<const char*>(e[0]), e[1]);
          }
        }
        out += ']';
        sched.Print(in.spare ? 1 : 2, out);
        break;
      }
      case Op::kPrintSpace:
        sync();
        sched.Print(in.spare ? 1 : 2, " ");
        break;
      case Op::kPrintNewline:
        sync();
        sched.Print(in.spare ? 1 : 2, "\n");
        break;
      case Op::kPanicString:
        sync();
        { if (auto r = Panic(sched, std::string(reinterpret_cast<const char*>(R[in.a]), R[in.a + 1]))) return *r; reload(); break; }
      case Op::kBreak: {
        // A debugger stop (line_stops.h): pause before the replaced instruction, or run it.
        const BreakSite& site = prog.break_sites[in.Target()];
        if (StopAtLine(sched, site)) {
          f->pc = pc - 1;
          carried_executed_ = executed - 1;  // it runs, and is counted, on resuming
          return StepResult::kPaused;
        }
        next = &site.original;
        goto dispatch;
      }
      case Op::kHalt:
      case Op::kCount:
        sync();
        return Fatal(sched, "chanscope: internal error: bad instruction");
    }
  }
}

}  // namespace chanscope::lang
