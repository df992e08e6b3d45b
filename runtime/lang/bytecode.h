// bytecode.h — compiled programs: instructions, functions, constants, select tables.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace chanscope::lang {

enum class Op : uint8_t {
#define OP(name, operands, effect) name,
#include "opcodes.def"
#undef OP
  kCount
};

std::string_view OpName(Op op);
std::string_view OpOperands(Op op);

// One instruction: an opcode and three 16-bit operands. Jump targets use b:c as one
// 32-bit value. Eight bytes, so the dispatch loop reads one word per instruction.
struct Instr {
  Op op = Op::kNop;
  uint8_t spare = 0;
  uint16_t a = 0;
  uint16_t b = 0;
  uint16_t c = 0;

  uint32_t Target() const { return (static_cast<uint32_t>(b) << 16) | c; }
  static Instr Jump(Op op, uint16_t a, uint32_t target) {
    return Instr{op, 0, a, static_cast<uint16_t>(target >> 16), static_cast<uint16_t>(target)};
  }
};
static_assert(sizeof(Instr) == 8);

// One case of a select statement; slots are relative to the selecting frame.
struct SelectCaseInfo {
  enum Kind : uint8_t { kSend, kRecv, kRecv2 } kind;
  uint16_t chan_slot;
  uint16_t value_slot;  // send: value to send; receive: where the value goes (ok after it)
  uint16_t elem_words;
};

struct SelectTable {
  std::vector<SelectCaseInfo> cases;
  bool has_default = false;
};

// What the VM knows of a type at run time: enough for fmt, %T and interface values.
struct TypeDesc {
  enum Kind : uint8_t { kBool, kInt, kUint, kFloat, kString, kSlice, kStruct, kPointer, kChan, kFunc, kInterface, kMap, kArray };
  struct Field {
    std::string name;
    int32_t type;
    uint16_t offset;  // in words from the start of the struct
  };
  Kind kind = kInt;
  std::string name;   // as %T prints it: "int", "main.Point", "[]string"
  uint8_t bits = 64;  // integers and floats
  uint16_t words = 1;
  int32_t elem = -1;  // slices, arrays, pointers and maps: the element type
  int64_t length = 0; // arrays: the number of elements
  int32_t key = -1;   // maps: the key type
  std::vector<Field> fields;
  struct Method {
    uint16_t name;      // index in Program::method_names
    uint32_t function;  // the compiled method
    bool deref;         // a value-receiver method reached through a pointer: copy *p
  };
  std::vector<Method> methods;  // the method set, for calls through interfaces
  // Indexes in methods of Error() string, String() string and GoString() string, which
  // fmt calls (-1 when the method set has none).
  int16_t error_method = -1, string_method = -1, go_string_method = -1;
  std::vector<uint16_t> interface_methods;  // interfaces: the method names they require
};

// One type assertion x.(T): what the VM needs to check it and to word its panic.
struct AssertInfo {
  int32_t target;      // T's descriptor
  int32_t interface;   // x's static type's descriptor (for the message)
  uint16_t words;      // T's words
};

// Debug info for one named local (parameter, result or variable) of a Function: where
// the inspector finds it. Every local keeps its slot for the whole call.
struct LocalInfo {
  std::string name;
  int32_t type = -1;    // run-time descriptor, -1 when it has none
  uint16_t slot = 0;    // first word in the frame
  bool boxed = false;   // the slot holds the address of a heap cell with the value
  bool param = false;   // parameter or result: live from the call on
  int32_t line = 0;     // where it is declared: assigned once that line is done
  int32_t last_line = 0;  // the end of its scope (a block, a clause, a for statement)
};

struct Function {
  std::string name;          // as Go prints it in a stack trace: "main.worker"
  std::string file;
  uint16_t param_words = 0;  // arguments occupy slots [0, param_words)
  uint16_t result_words = 0; // results are returned in slots [0, result_words)
  uint16_t frame_words = 0;  // slots this frame needs (params, locals, temporaries)
  std::vector<Instr> code;
  std::vector<int32_t> lines;  // source line of each instruction
  std::vector<uint64_t> constants;
  std::vector<SelectTable> selects;
  std::vector<AssertInfo> asserts;
  uint16_t capture_count = 0;  // function literals: cells captured from enclosing functions
  bool hidden = false;         // left out of stack traces (the runtime's own entry function)
  bool library = false;        // standard library code: trace events are placed at the caller's line
  uint16_t recv_words = 0;     // methods: words of the receiver (the first parameters)
  int32_t named_results = -1;  // 0 when the results are named (returned by an epilogue)
  uint32_t recover_pc = 0;     // where a frame resumes after recover(): its return path
  std::vector<LocalInfo> locals;  // by slot; for the goroutine inspector

  // Appends an instruction at `line`; returns its index.
  uint32_t Emit(Instr in, int32_t line) {
    code.push_back(in);
    lines.push_back(line);
    return static_cast<uint32_t>(code.size() - 1);
  }
  uint16_t Constant(uint64_t word) {
    constants.push_back(word);
    return static_cast<uint16_t>(constants.size() - 1);
  }
};

// An instruction a debugger stop (kBreak) stands in for; see line_stops.h.
struct BreakSite {
  uint32_t function = 0;
  uint32_t pc = 0;
  Instr original;
  int32_t line = 0;
  bool breakpoint = false;  // the line has a breakpoint (else a step-to-the-next-line stop)
};

struct Program {
  std::vector<Function> functions;  // functions[main_index] is main.main
  uint32_t main_index = 0;   // the entry: package initialisation, then main.main
  uint32_t global_words = 0; // package-level variables
  std::deque<std::string> strings;  // storage for string constants (stable addresses)
  std::vector<std::string> natives; // qualified names of native functions called (kCallNative)
  std::vector<TypeDesc> types;      // run-time type descriptors, by index (interface values)
  std::vector<std::string> method_names;  // methods by name and signature: "Unwrap () []error"
  int32_t string_type = -1;  // the descriptor of string (runtime errors travel as strings)
  std::vector<BreakSite> break_sites;  // by kBreak's operand; empty unless a debugger set stops

  uint16_t MethodName(std::string_view name) {
    for (size_t i = 0; i < method_names.size(); i++)
      if (method_names[i] == name) return static_cast<uint16_t>(i);
    method_names.emplace_back(name);
    return static_cast<uint16_t>(method_names.size() - 1);
  }

  uint16_t Native(std::string_view qualified_name) {
    for (size_t i = 0; i < natives.size(); i++)
      if (natives[i] == qualified_name) return static_cast<uint16_t>(i);
    natives.emplace_back(qualified_name);
    return static_cast<uint16_t>(natives.size() - 1);
  }

  // Interns a string constant; returns its data pointer as a word.
  uint64_t StringData(std::string_view s) {
    strings.emplace_back(s);
    return reinterpret_cast<uint64_t>(strings.back().data());
  }
};

}  // namespace chanscope::lang
