// disasm.cpp — the disassembler, driven by opcodes.def.
#include "lang/disasm.h"

#include <cstdio>

namespace chanscope::lang {

std::string_view OpName(Op op) {
  static constexpr std::string_view kNames[] = {
#define OP(name, operands, effect) #name,
#include "opcodes.def"
#undef OP
  };
  std::string_view n = kNames[static_cast<size_t>(op)];
  return n.substr(1);  // drop the k of kName
}

std::string_view OpOperands(Op op) {
  static constexpr std::string_view kOperands[] = {
#define OP(name, operands, effect) operands,
#include "opcodes.def"
#undef OP
  };
  return kOperands[static_cast<size_t>(op)];
}

std::string Disassemble(const Function& fn) {
  std::string out = fn.name + " (params " + std::to_string(fn.param_words) + ", results " +
                    std::to_string(fn.result_words) + ", frame " +
                    std::to_string(fn.frame_words) + ")\n";
  char buf[128];
  for (size_t pc = 0; pc < fn.code.size(); pc++) {
    const Instr& in = fn.code[pc];
    std::string_view operands = OpOperands(in.op);
    int n;
    if (operands.find('T') != std::string_view::npos) {
      n = std::snprintf(buf, sizeof buf, "%5zu  line %-4d %-12s a=%u -> %u\n", pc, fn.lines[pc],
                        OpName(in.op).data(), in.a, in.Target());
    } else if (operands.find("I=c") != std::string_view::npos) {
      // A signed immediate in c (x - 1 is AddI with -1).
      n = std::snprintf(buf, sizeof buf, "%5zu  line %-4d %-12s %u %u %d\n", pc, fn.lines[pc],
                        OpName(in.op).data(), in.a, in.b, static_cast<int16_t>(in.c));
    } else {
      n = std::snprintf(buf, sizeof buf, "%5zu  line %-4d %-12s %u %u %u\n", pc, fn.lines[pc],
                        OpName(in.op).data(), in.a, in.b, in.c);
    }
    out.append(buf, n);
  }
  return out;
}

std::string Disassemble(const Program& program) {
  std::string out;
  for (const Function& fn : program.functions) out += Disassemble(fn) + "\n";
  return out;
}

}  // namespace chanscope::lang
