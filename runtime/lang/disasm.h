// disasm.h — bytecode as text, one instruction per line (chanscope-cli disasm).
#pragma once

#include <string>

#include "lang/bytecode.h"

namespace chanscope::lang {

std::string Disassemble(const Function& fn);
std::string Disassemble(const Program& program);

}  // namespace chanscope::lang
