// fmt_printf.cpp — Go's Printf format-string walk, Print and Println (fmt/print.go's doPrint*).
//
// Go's rules, ported as they are: a verb consumes one operand; '*' consumes one as width
// or precision; %[n] moves the operand cursor, and once any index is used, leftover
// operands are no longer reported as EXTRA. Errors are written inline, never raised.
#include "lang/fmt_verbs.h"

#include "lang/unicode_class.h"

namespace chanscope::lang::fmt {

namespace {

// Go's tooLarge: widths, precisions and indexes beyond a million are rejected.
constexpr int kMaxNum = 1000000;

// A width, precision or index read from the format or from a '*' operand.
struct Num {
  int value = 0;
  bool ok = false;
};

// Go's parsenum: decimal digits at format[i], advancing i; {0, false} if there are none.
Num ParseNum(std::string_view format, size_t& i) {
  Num n;
  for (; i < format.size() && '0' <= format[i] && format[i] <= '9'; ++i) {
    if (n.value > kMaxNum) {  // overflow; a crazy long number most likely
      i = format.size();
      return {};
    }
    n.value = n.value * 10 + (format[i] - '0');
    n.ok = true;
  }
  return n;
}

class Printer {
 public:
  Printer(std::string& out, std::string_view format, Operands& operands)
      : out_(out), format_(format), operands_(operands), count_(operands.Count()) {}

  void Run() {
    size_t end = format_.size();
    while (i_ < end) {
      size_t lasti = i_;
      while (i_ < end && format_[i_] != '%') ++i_;
      out_.append(format_.substr(lasti, i_ - lasti));
      if (i_ >= end) break;
      ++i_;  // past the '%'
      if (!Verb()) break;
    }
    if (!reordered_ && arg_num_ < count_) Extra();
  }

 private:
  // One %...verb; false when the format ended before the verb (%!(NOVERB)).
  bool Verb() {
    good_arg_num_ = true;
    Spec spec;
    Flags(spec);
    bool after_index = ArgNumber();
    Width(spec, after_index);
    Precision(spec, after_index);
    if (!after_index) after_index = ArgNumber();
    if (i_ >= format_.size()) {
      out_ += "%!(NOVERB)";
      return false;
    }
    char32_t verb;
    i_ += DecodeUtf8(format_, i_, &verb);
    spec.verb = verb;
    if (verb == '%') {
      out_ += '%';  // absorbs no operand and ignores width and precision
    } else if (!good_arg_num_) {
      AppendErrorVerb(verb, "(BADINDEX)");
    } else if (arg_num_ >= count_) {
      AppendErrorVerb(verb, "(MISSING)");
    } else {
      if (verb == 'v') {
        spec.plus_v = spec.plus, spec.plus = false;     // %+v: field names
        spec.sharp_v = spec.sharp, spec.sharp = false;  // %#v: Go syntax
      }
      operands_.Append(out_, arg_num_++, spec);
    }
    return true;
  }

  void Flags(Spec& spec) {
    for (; i_ < format_.size(); ++i_) {
      switch (format_[i_]) {
        case '#': spec.sharp = true; break;
        case '0': spec.zero = !spec.minus; break;  // zero padding only on the left
        case '+': spec.plus = true; break;
        case '-':
          spec.minus = true;
          spec.zero = false;
          break;
        case ' ': spec.space = true; break;
        default: return;
      }
    }
  }

  void Width(Spec& spec, bool& after_index) {
    if (i_ < format_.size() && format_[i_] == '*') {
      ++i_;
      Num star = StarFromArg();
      if (!star.ok) {
        out_ += "%!(BADWIDTH)";
      } else if (star.value < 0) {  // a negative width pads on the right
        spec.width = -star.value;
        spec.minus = true;
        spec.zero = false;
      } else {
        spec.width = star.value;
      }
      after_index = false;
      return;
    }
    Num n = ParseNum(format_, i_);
    if (n.ok) spec.width = n.value;
    if (after_index && n.ok) good_arg_num_ = false;  // "%[3]2d"
  }

  void Precision(Spec& spec, bool& after_index) {
    if (!(i_ + 1 < format_.size() && format_[i_] == '.')) return;
    ++i_;
    if (after_index) good_arg_num_ = false;  // "%[3].2d"
    after_index = ArgNumber();
    if (i_ < format_.size() && format_[i_] == '*') {
      ++i_;
      Num star = StarFromArg();
      // A negative precision makes no sense: it is reported as bad.
      spec.precision = star.ok && star.value >= 0 ? star.value : -1;
      if (spec.precision < 0) out_ += "%!(BADPREC)";
      after_index = false;
      return;
    }
    Num n = ParseNum(format_, i_);
    spec.precision = n.ok ? n.value : 0;  // "%.d" has precision 0
  }

  // Go's intFromArg: the next operand as a '*' number, consuming it if there is one.
  Num StarFromArg() {
    Num star;
    if (arg_num_ >= count_) return star;
    std::optional<int64_t> v = operands_.IntValue(arg_num_++);
    if (v && -kMaxNum <= *v && *v <= kMaxNum) star = {int(*v), true};
    return star;
  }

  // Go's argNumber: an optional [n] at format[i]; true if it named a valid operand.
  bool ArgNumber() {
    if (i_ >= format_.size() || format_[i_] != '[') return false;
    reordered_ = true;
    // Find the closing bracket; "[n]" needs at least 3 bytes.
    std::string_view rest = format_.substr(i_);
    size_t close = rest.size() >= 3 ? rest.find(']', 1) : std::string_view::npos;
    if (close == std::string_view::npos) {
      i_ += 1;
      good_arg_num_ = false;
      return false;
    }
    size_t j = i_ + 1;
    Num n = ParseNum(format_.substr(0, i_ + close), j);
    i_ += close + 1;
    if (!n.ok || j != i_ - 1) {
      good_arg_num_ = false;
      return false;
    }
    int index = n.value - 1;  // operands are numbered from 1
    if (0 <= index && size_t(index) < count_) {
      arg_num_ = size_t(index);
      return true;
    }
    good_arg_num_ = false;
    return true;
  }

  void AppendErrorVerb(char32_t verb, std::string_view what) {
    out_ += "%!";
    AppendUtf8(out_, verb);
    out_ += what;
  }

  // %!(EXTRA type=value, ...) for operands no verb used.
  void Extra() {
    out_ += "%!(EXTRA ";
    for (size_t i = arg_num_; i < count_; ++i) {
      if (i > arg_num_) out_ += ", ";
      std::string type = operands_.TypeName(i);
      if (type.empty()) {
        out_ += "<nil>";
        continue;
      }
      out_ += type;
      out_ += '=';
      operands_.Append(out_, i, Spec{});
    }
    out_ += ')';
  }

  std::string& out_;
  std::string_view format_;
  Operands& operands_;
  size_t count_;
  size_t i_ = 0;        // the next byte of the format
  size_t arg_num_ = 0;  // the next operand
  bool good_arg_num_ = true;
  bool reordered_ = false;  // an explicit index was seen
};

}  // namespace

void Printf(std::string& out, std::string_view format, Operands& operands) {
  Printer(out, format, operands).Run();
}

void Print(std::string& out, Operands& operands) {
  bool prev_string = false;
  for (size_t i = 0; i < operands.Count(); ++i) {
    bool is_string = operands.IsString(i);
    if (i > 0 && !is_string && !prev_string) out += ' ';
    operands.Append(out, i, Spec{});
    prev_string = is_string;
  }
}

void Println(std::string& out, Operands& operands) {
  for (size_t i = 0; i < operands.Count(); ++i) {
    if (i > 0) out += ' ';
    operands.Append(out, i, Spec{});
  }
  out += '\n';
}

}  // namespace chanscope::lang::fmt
