// vm.test.cpp — the bytecode VM on the kernel, with hand-assembled programs.
#include <doctest/doctest.h>

#include <string>

#include "core/scheduler.h"
#include "lang/disasm.h"
#include "lang/vm.h"

using namespace chanscope;
using lang::Function;
using lang::Instr;
using lang::Op;

namespace {

Function NewFunction(const char* name, const char* file) {
  Function f;
  f.name = name;
  f.file = file;
  return f;
}

Instr I(Op op, uint16_t a = 0, uint16_t b = 0, uint16_t c = 0) { return Instr{op, 0, a, b, c}; }

struct Run {
  std::string out, err;
  core::Outcome outcome;
  std::string trace;
};

Run Execute(const lang::Program& prog, core::Config config = {}) {
  core::Scheduler sched(config);
  Run r;
  sched.output = [&](int stream, std::string_view t) { (stream == 1 ? r.out : r.err) += t; };
  lang::Vm vm(prog, sched);
  vm.Start();
  r.outcome = sched.Run();
  r.trace = core::FormatTrace(sched.trace());
  return r;
}

// main: ch := make(chan int); go producer(ch, 3); for i := 0; i < 3; i++ { println(<-ch) }
// producer(ch, n): for i := 0; i < n; i++ { ch <- i * 10 }
lang::Program ProducerConsumer() {
  lang::Program p;
  Function main = NewFunction("main.main", "prog.go");
  main.frame_words = 8;
  // slots: 0 ch, 1 zero(cap), 2 i, 3 n, 4 tmp, 5 limit, 6 arg ch, 7 arg n
  main.Emit(I(Op::kLoadI, 1, 0), 2);
  main.Emit(I(Op::kMakeChan, 0, 1, 1), 2);
  main.Emit(I(Op::kMove, 6, 0), 3);
  main.Emit(I(Op::kLoadI, 7, 3), 3);
  main.Emit(I(Op::kGo, 1, 6, 2), 3);
  main.Emit(I(Op::kLoadI, 2, 0), 4);
  main.Emit(I(Op::kLoadI, 5, 3), 4);
  uint32_t loop = main.Emit(I(Op::kLt, 4, 2, 5), 4);
  uint32_t exit_jump = main.Emit(Instr::Jump(Op::kJumpIfNot, 4, 0), 4);
  main.Emit(I(Op::kRecv, 3, 0), 5);
  main.Emit(I(Op::kPrintInt, 3), 5);
  main.Emit(I(Op::kPrintNewline), 5);
  main.Emit(I(Op::kAddI, 2, 2, 1), 4);
  main.Emit(Instr::Jump(Op::kJump, 0, loop), 4);
  main.code[exit_jump] = Instr::Jump(Op::kJumpIfNot, 4, static_cast<uint32_t>(main.code.size()));
  main.Emit(I(Op::kReturn, 0, 0), 7);

  Function prod = NewFunction("main.producer", "prog.go");
  prod.param_words = 2;
  prod.frame_words = 6;
  // slots: 0 ch, 1 n, 2 i, 3 cond, 4 value, 5 ten
  prod.Emit(I(Op::kLoadI, 2, 0), 10);
  prod.Emit(I(Op::kLoadI, 5, 10), 10);
  uint32_t ploop = prod.Emit(I(Op::kLt, 3, 2, 1), 10);
  uint32_t pexit = prod.Emit(Instr::Jump(Op::kJumpIfNot, 3, 0), 10);
  prod.Emit(I(Op::kMul, 4, 2, 5), 11);
  prod.Emit(I(Op::kSend, 0, 4), 11);
  prod.Emit(I(Op::kAddI, 2, 2, 1), 10);
  prod.Emit(Instr::Jump(Op::kJump, 0, ploop), 10);
  prod.code[pexit] = Instr::Jump(Op::kJumpIfNot, 3, static_cast<uint32_t>(prod.code.size()));
  prod.Emit(I(Op::kReturn, 0, 0), 13);
  p.functions = {main, prod};
  return p;
}

}  // namespace

TEST_SUITE("vm") {
  TEST_CASE("a goroutine sends over an unbuffered channel and main receives in order") {
    Run r = Execute(ProducerConsumer());
    CHECK(r.outcome.state == core::RunState::kExited);
    CHECK(r.err == "0\n10\n20\n");
    CHECK(r.trace.find("go.block obj=1 [chan receive] @prog.go:5") != std::string::npos);
    CHECK(r.trace.find("chan.send obj=1 val=10 msg=2 peer=G1 handoff @prog.go:5") != std::string::npos);
  }

  TEST_CASE("a run of the VM is deterministic: the same trace twice") {
    CHECK(Execute(ProducerConsumer()).trace == Execute(ProducerConsumer()).trace);
  }

  TEST_CASE("main blocked forever on a receive is Go's deadlock with the VM's frames") {
    lang::Program p;
    Function main = NewFunction("main.main", "dead.go");
    main.frame_words = 3;
    main.Emit(I(Op::kLoadI, 1, 0), 3);
    main.Emit(I(Op::kMakeChan, 0, 1, 1), 3);
    main.Emit(I(Op::kRecv, 2, 0), 4);
    main.Emit(I(Op::kReturn, 0, 0), 5);
    p.functions = {main};
    Run r = Execute(p);
    CHECK(r.outcome.state == core::RunState::kDeadlock);
    CHECK(r.outcome.report ==
          "fatal error: all goroutines are asleep - deadlock!\n\n"
          "goroutine 1 [chan receive]:\nmain.main()\n\tdead.go:4\n");
  }

  TEST_CASE("integer division by zero panics as Go does, with the frame of the division") {
    lang::Program p;
    Function main = NewFunction("main.main", "div.go");
    main.frame_words = 3;
    main.Emit(I(Op::kLoadI, 0, 7), 2);
    main.Emit(I(Op::kLoadI, 1, 0), 3);
    main.Emit(I(Op::kDiv, 2, 0, 1), 4);
    main.Emit(I(Op::kReturn, 0, 0), 5);
    p.functions = {main};
    Run r = Execute(p);
    CHECK(r.outcome.state == core::RunState::kPanic);
    CHECK(r.outcome.exit_code == 2);
    CHECK(r.outcome.report ==
          "panic: runtime error: integer divide by zero\n\n"
          "goroutine 1 [running]:\nmain.main()\n\tdiv.go:4\n");
  }

  TEST_CASE("an endless loop is preempted and the other goroutine still runs") {
    // main: go spinner(); for i := 0; i < 5000; i++ {}; println(i)
    // spinner: for {}
    lang::Program p;
    Function main = NewFunction("main.main", "spin.go");
    main.frame_words = 4;
    main.Emit(I(Op::kGo, 1, 0, 0), 2);
    main.Emit(I(Op::kLoadI, 0, 0), 3);
    main.Emit(I(Op::kLoadI, 1, 5000), 3);
    uint32_t loop = main.Emit(I(Op::kLt, 2, 0, 1), 3);
    uint32_t exit_jump = main.Emit(Instr::Jump(Op::kJumpIfNot, 2, 0), 3);
    main.Emit(I(Op::kAddI, 0, 0, 1), 3);
    main.Emit(Instr::Jump(Op::kJump, 0, loop), 3);
    main.code[exit_jump] = Instr::Jump(Op::kJumpIfNot, 2, static_cast<uint32_t>(main.code.size()));
    main.Emit(I(Op::kPrintInt, 0), 4);
    main.Emit(I(Op::kReturn, 0, 0), 5);
    Function spin = NewFunction("main.spinner", "spin.go");
    spin.frame_words = 1;
    spin.Emit(I(Op::kNop), 10);
    spin.Emit(Instr::Jump(Op::kJump, 0, 0), 10);
    p.functions = {main, spin};
    core::Config config;
    config.slice = 1000;
    Run r = Execute(p, config);
    CHECK(r.outcome.state == core::RunState::kExited);
    CHECK(r.err == "5000");
    CHECK(r.trace.find("G1 go.preempt") != std::string::npos);
    CHECK(r.trace.find("G2 go.preempt") != std::string::npos);
  }

  TEST_CASE("select receives from whichever channel is ready") {
    // main: a := make(chan int, 1); b := make(chan int, 1); b <- 42
    //       select { case v := <-a: println(v) case v := <-b: println(v) }
    lang::Program p;
    Function main = NewFunction("main.main", "sel.go");
    main.frame_words = 8;
    main.Emit(I(Op::kLoadI, 2, 1), 2);
    main.Emit(I(Op::kMakeChan, 0, 2, 1), 2);
    main.Emit(I(Op::kMakeChan, 1, 2, 1), 2);
    main.Emit(I(Op::kLoadI, 3, 42), 3);
    main.Emit(I(Op::kSend, 1, 3), 3);
    lang::SelectTable t;
    t.cases = {{lang::SelectCaseInfo::kRecv, 0, 4, 1}, {lang::SelectCaseInfo::kRecv, 1, 5, 1}};
    main.selects.push_back(t);
    main.Emit(I(Op::kSelect, 6, 0), 4);
    main.Emit(I(Op::kPrintInt, 6), 5);
    main.Emit(I(Op::kPrintSpace), 5);
    main.Emit(I(Op::kPrintInt, 5), 5);
    main.Emit(I(Op::kReturn, 0, 0), 6);
    p.functions = {main};
    Run r = Execute(p);
    CHECK(r.outcome.state == core::RunState::kExited);
    CHECK(r.err == "1 42");
  }

  TEST_CASE("the disassembler names every opcode from opcodes.def") {
    std::string text = lang::Disassemble(ProducerConsumer());
    CHECK(text.find("main.producer (params 2, results 0, frame 6)") != std::string::npos);
    CHECK(text.find("MakeChan") != std::string::npos);
    CHECK(text.find("JumpIfNot    a=3 -> 8") != std::string::npos);
  }
}
