// vm.cpp — the dispatch loop and the goroutine body of the bytecode VM.
#include "lang/vm.h"

#include <bit>
#include <cstring>
#include <utility>
#include <string>

namespace chanscope::lang {

using core::OpStatus;
using core::StepResult;

namespace {

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

}  // namespace

// ---- Vm ----

Vm::Vm(const Program& program, core::Scheduler& sched, VmLimits limits)
    : program_(program), sched_(sched), limits_(limits) {
  // The compiler only emits natives that exist (it checks with FindNative).
  for (const std::string& name : program.natives) natives_.push_back(FindNative(name));
}

void Vm::Start() {
  const Function& main = program_.functions[program_.main_index];
  sched_.Spawn(new Thread(*this, program_.main_index, nullptr, 0), main.name.c_str(),
               core::SrcPos{main.file.c_str(), main.lines.empty() ? 0 : main.lines[0]});
}

VmChannel* Vm::MakeChannel(uint32_t capacity, uint16_t elem_words) {
  objects_.push_back(std::make_unique<VmChannel>(sched_, capacity, elem_words));
  return static_cast<VmChannel*>(objects_.back().get());
}

uint64_t* Vm::Alloc(size_t n) {
  blocks_.push_back(std::make_unique<uint64_t[]>(std::max<size_t>(n, 1)));  // zeroed
  return blocks_.back().get();
}

uint64_t* Vm::Box(const uint64_t* words, uint16_t n) {
  uint64_t* b = Alloc(n);
  std::memcpy(b, words, n * sizeof(uint64_t));
  return b;
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
  for (auto it = frames_.rbegin(); it != frames_.rend(); ++it) {
    const Function& fn = *it->fn;
    // The pc points past the instruction that is executing (a call or a parked op).
    uint32_t pc = it->pc > 0 ? it->pc - 1 : 0;
    int32_t line = pc < fn.lines.size() ? fn.lines[pc] : 0;
    out.push_back({fn.name + (fn.param_words ? "(...)" : "()"),
                   core::SrcPos{fn.file.c_str(), line}});
  }
}

bool Thread::EnsureStack(size_t words) {
  if (words <= stack_.size()) return true;
  if (words > vm_.limits().max_stack_words) return false;
  stack_.resize(std::max(words, stack_.size() * 2));
  return true;
}

StepResult Thread::Panic(core::Scheduler& sched, std::string_view message) {
  sched.Panic(message);
  return StepResult::kPanicked;
}

StepResult Thread::Fatal(core::Scheduler& sched, std::string_view message) {
  sched.Fatal(message);
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
  if (pending_ != Pending::kNone && !FinishPending(sched)) return StepResult::kPanicked;
  return Run(sched);
}

bool Thread::FinishPending(core::Scheduler& sched) {
  uint64_t* frame = stack_.data() + frames_.back().base;
  Pending p = std::exchange(pending_, Pending::kNone);
  switch (p) {
    case Pending::kNone: return true;
    case Pending::kSend:
      if (core::AfterSendWake(waiter_) != OpStatus::kDone) {
        Panic(sched, "send on closed channel");
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
        Panic(sched, core::PanicText(st));
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
  int64_t executed = 0;

  // Saves the pc and stamps the position before a kernel call (which may record events).
  auto sync = [&] {
    f->pc = pc;
    sched.At(core::SrcPos{f->fn->file.c_str(), f->fn->lines[pc - 1]});
    sched.Charge(executed);
    executed = 0;
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

  for (;;) {
    const Instr in = code[pc++];
    executed++;
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
          return Panic(sched, "runtime error: integer divide by zero");
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
          return Panic(sched, "runtime error: integer divide by zero");
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
      case Op::kAddI: R[in.a] = R[in.b] + static_cast<uint64_t>(static_cast<int64_t>(static_cast<int16_t>(in.c))); break;
      case Op::kWrap: {
        int bits = static_cast<int16_t>(in.c);
        R[in.a] = static_cast<uint64_t>(WrapBits(static_cast<int64_t>(R[in.b]), bits < 0 ? -bits : bits, bits < 0));
        break;
      }
      case Op::kEq: R[in.a] = R[in.b] == R[in.c]; break;
      case Op::kNe: R[in.a] = R[in.b] != R[in.c]; break;
      case Op::kLt: R[in.a] = static_cast<int64_t>(R[in.b]) < static_cast<int64_t>(R[in.c]); break;
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
      case Op::kJump:
      case Op::kJumpIf:
      case Op::kJumpIfNot: {
        bool taken = in.op == Op::kJump || (in.op == Op::kJumpIf) == (R[in.a] != 0);
        if (!taken) break;
        uint32_t target = in.Target();
        // A backward jump is a loop: the place to charge time and preempt.
        if (target < pc && executed >= kChargeBatch) {
          pc = target;
          f->pc = pc;
          bool slice_over = sched.Charge(executed);
          executed = 0;
          if (slice_over) return StepResult::kPreempted;
          if (sched.ShouldReturn()) return StepResult::kPaused;
        }
        pc = target;
        break;
      }
      case Op::kCall: {
        const Function* callee = &prog.functions[in.a];
        f->pc = pc;
        uint32_t base = f->base + in.b;
        if (!EnsureStack(size_t{base} + callee->frame_words)) {
          sync();
          return Fatal(sched, "stack overflow (goroutine stack exceeds the limit)");
        }
        frames_.push_back(CallFrame{callee, 0, base, nullptr});
        reload();
        if (executed >= kChargeBatch) {
          f->pc = pc;
          bool slice_over = sched.Charge(executed);
          executed = 0;
          if (slice_over) return StepResult::kPreempted;
          if (sched.ShouldReturn()) return StepResult::kPaused;
        }
        break;
      }
      case Op::kCallNative: {
        sync();
        NativeCall call{vm_, sched, R + in.b, waiter_};
        OpStatus st = vm_.native(in.a)(call);
        if (core::IsPanic(st)) return Panic(sched, core::PanicText(st));
        if (sched.finished()) return StepResult::kStopped;
        if (st == OpStatus::kParked) return StepResult::kParked;
        if (sched.ShouldReturn()) return StepResult::kPaused;
        break;
      }
      case Op::kCallValue: {
        auto* closure = reinterpret_cast<uint64_t*>(R[in.a]);
        if (!closure) {
          sync();
          return Panic(sched, kNilDereference);
        }
        const Function* callee = &prog.functions[closure[0]];
        f->pc = pc;
        uint32_t base = f->base + in.b;
        if (!EnsureStack(size_t{base} + callee->frame_words)) {
          sync();
          return Fatal(sched, "stack overflow (goroutine stack exceeds the limit)");
        }
        frames_.push_back(CallFrame{callee, 0, base, closure});
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
      case Op::kLoadInd:
      case Op::kStoreInd: {
        auto* p = reinterpret_cast<uint64_t*>(R[in.op == Op::kLoadInd ? in.b : in.a]);
        if (!p) {
          sync();
          return Panic(sched, kNilDereference);
        }
        if (in.op == Op::kLoadInd) {
          std::memcpy(R + in.a, p, in.c * sizeof(uint64_t));
        } else {
          std::memcpy(p, R + in.b, in.c * sizeof(uint64_t));
        }
        break;
      }
      case Op::kReturn: {
        std::memmove(R, R + in.a, in.b * sizeof(uint64_t));
        if (!defers_.empty() && defers_.back().frame == frames_.size() - 1) {
          // Run the newest deferred call first; this return runs again after it.
          Deferred d = std::move(defers_.back());
          defers_.pop_back();
          f->pc = pc - 1;
          uint32_t top = f->base + f->fn->frame_words;
          if (!EnsureStack(size_t{top} + d.args.size() + 64)) {
            sync();
            return Fatal(sched, "stack overflow (goroutine stack exceeds the limit)");
          }
          if (!d.args.empty()) std::memcpy(stack_.data() + top, d.args.data(), d.args.size() * sizeof(uint64_t));
          if (d.kind == 2) {
            sync();
            f->pc = pc - 1;  // sync saved the pc after the return; come back to it
            NativeCall call{vm_, sched, stack_.data() + top, waiter_};
            OpStatus st = vm_.native(static_cast<uint16_t>(d.callee))(call);
            if (core::IsPanic(st)) return Panic(sched, core::PanicText(st));
            if (sched.finished()) return StepResult::kStopped;
            if (st == OpStatus::kParked) return StepResult::kParked;
            reload();  // the stack may have grown
            break;
          }
          uint64_t* env = d.kind == 1 ? reinterpret_cast<uint64_t*>(d.callee) : nullptr;
          if (d.kind == 1 && !env) {
            sync();
            return Panic(sched, kNilDereference);
          }
          const Function* callee = &prog.functions[env ? env[0] : d.callee];
          if (!EnsureStack(size_t{top} + callee->frame_words)) {
            sync();
            return Fatal(sched, "stack overflow (goroutine stack exceeds the limit)");
          }
          frames_.push_back(CallFrame{callee, 0, top, env});
          reload();
          break;
        }
        frames_.pop_back();
        if (frames_.empty()) {
          sched.Charge(executed);
          return StepResult::kExited;
        }
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
        const Function& callee = prog.functions[in.a];
        sched.Spawn(new Thread(vm_, in.a, R + in.b, in.c), callee.name.c_str(),
                    core::SrcPos{f->fn->file.c_str(), f->fn->lines[pc - 1]});
        if (sched.ShouldReturn()) return StepResult::kPaused;
        break;
      }
      case Op::kGoValue: {
        sync();
        auto* closure = reinterpret_cast<uint64_t*>(R[in.a]);
        if (!closure) return Panic(sched, kNilDereference);
        const Function& callee = prog.functions[closure[0]];
        sched.Spawn(new Thread(vm_, static_cast<uint32_t>(closure[0]), R + in.b, in.c, closure),
                    callee.name.c_str(), core::SrcPos{f->fn->file.c_str(), f->fn->lines[pc - 1]});
        if (sched.ShouldReturn()) return StepResult::kPaused;
        break;
      }
      case Op::kMakeChan: {
        int64_t cap = static_cast<int64_t>(R[in.b]);
        if (cap < 0 || cap > (int64_t{1} << 30)) {
          sync();
          return Panic(sched, "makechan: size out of range");
        }
        sync();
        R[in.a] = reinterpret_cast<uintptr_t>(vm_.MakeChannel(static_cast<uint32_t>(cap), in.c));
        break;
      }
      case Op::kSend: {
        sync();
        auto* ch = reinterpret_cast<VmChannel*>(R[in.a]);
        uint16_t words = ch ? ch->elem_words() : 0;
        OpStatus st = core::ChanSend(sched, ch, waiter_, Pack(R + in.b, words));
        if (core::IsPanic(st)) return Panic(sched, core::PanicText(st));
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
        if (core::IsPanic(st)) return Panic(sched, core::PanicText(st));
        if (sched.ShouldReturn()) return StepResult::kPaused;
        break;
      }
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
        if (core::IsPanic(st)) return Panic(sched, core::PanicText(st));
        if (st == OpStatus::kParked) {
          pending_ = Pending::kSelect;
          pending_slot_ = in.a;
          pending_table_ = in.b;
          return StepResult::kParked;
        }
        if (sched.ShouldReturn()) return StepResult::kPaused;
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
      case Op::kPrintString:
        sync();
        sched.Print(in.spare ? 1 : 2,
                    std::string_view(reinterpret_cast<const char*>(R[in.a]), R[in.a + 1]));
        break;
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
        return Panic(sched, std::string(reinterpret_cast<const char*>(R[in.a]), R[in.a + 1]));
      case Op::kHalt:
      case Op::kCount:
        sync();
        return Fatal(sched, "chanscope: internal error: bad instruction");
    }
  }
}

}  // namespace chanscope::lang
