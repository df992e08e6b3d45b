// strconv_format.cpp — Go's FormatFloat and FormatInt: std::to_chars digits, ftoa.go layout.
//
// std::to_chars produces the decimal digits (shortest round-trip, or correctly rounded to a
// given count, which is what Go's Ryu and big-decimal paths produce too); everything after
// that — %e/%f/%g layout, the shortest-%g exponent rule, %b and %x — is ftoa.go ported.
#include <algorithm>
#include <bit>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstring>

#include "lang/strconv_format.h"

namespace chanscope::lang::strconv {

namespace {

constexpr char kDigits36[] = "0123456789abcdefghijklmnopqrstuvwxyz";

// The decimal digits d[0..nd) of |v| with the decimal point dp digits from the left
// (|v| = 0.d × 10^dp). No trailing zeros; zero has nd == 0. ftoa.go's decimalSlice.
struct Digits {
  const char* d = nullptr;
  int nd = 0;
  int dp = 0;
};

// Room for std::to_chars: on the stack for usual precisions, on the heap for huge ones.
class DigitBuffer {
 public:
  char* Reserve(size_t n) {
    if (n <= sizeof(small_)) return small_;
    big_.resize(n);
    return big_.data();
  }

 private:
  char small_[96];
  std::string big_;
};

void TrimZeros(Digits& digits) {
  while (digits.nd > 0 && digits.d[digits.nd - 1] == '0') --digits.nd;
  if (digits.nd == 0) digits.dp = 0;
}

// Reads to_chars' scientific text "d.ddde±xx" of a non-negative value, in place.
Digits FromScientific(char* first, char* last) {
  char* e = std::find(first, last, 'e');
  int exp = 0;
  const char* exp_digits = e + 1;
  if (exp_digits < last && *exp_digits == '+') ++exp_digits;
  std::from_chars(exp_digits, last, exp);
  char* w = first;
  for (char* p = first; p < e; ++p) {
    if (*p != '.') *w++ = *p;
  }
  Digits digits{first, int(w - first), exp + 1};
  TrimZeros(digits);
  return digits;
}

// Reads to_chars' fixed text "ddd.ddd" of a non-negative value, in place.
Digits FromFixed(char* first, char* last) {
  char* dot = std::find(first, last, '.');
  int int_len = int(dot - first);
  char* w = first;
  for (char* p = first; p < last; ++p) {
    if (*p != '.') *w++ = *p;
  }
  int n = int(w - first), lead = 0;
  while (lead < n && first[lead] == '0') ++lead;
  Digits digits{first + lead, n - lead, int_len - lead};
  TrimZeros(digits);
  return digits;
}

// The shortest digits that read back as v (as float when bit_size is 32).
Digits Shortest(DigitBuffer& buf, double v, int bit_size) {
  char* p = buf.Reserve(64);
  auto r = bit_size == 32 ? std::to_chars(p, p + 64, float(v), std::chars_format::scientific)
                          : std::to_chars(p, p + 64, v, std::chars_format::scientific);
  return FromScientific(p, r.ptr);
}

// v rounded to n significant digits (n >= 1).
Digits Significant(DigitBuffer& buf, double v, int n) {
  size_t size = size_t(n) + 16;
  char* p = buf.Reserve(size);
  auto r = std::to_chars(p, p + size, v, std::chars_format::scientific, n - 1);
  return FromScientific(p, r.ptr);
}

// v rounded to prec digits after the decimal point.
Digits Fixed(DigitBuffer& buf, double v, int prec) {
  size_t size = size_t(prec) + 330;
  char* p = buf.Reserve(size);
  auto r = std::to_chars(p, p + size, v, std::chars_format::fixed, prec);
  return FromFixed(p, r.ptr);
}

// %e: -d.ddddde±dd
void FmtE(std::string& out, bool neg, const Digits& d, int prec, char fmt) {
  if (neg) out += '-';
  out += d.nd != 0 ? d.d[0] : '0';
  if (prec > 0) {
    out += '.';
    int i = 1, m = std::min(d.nd, prec + 1);
    if (i < m) {
      out.append(d.d + i, size_t(m - i));
      i = m;
    }
    for (; i <= prec; ++i) out += '0';
  }
  out += fmt;
  int exp = d.nd == 0 ? 0 : d.dp - 1;  // zero has exponent 0
  out += exp < 0 ? '-' : '+';
  exp = std::abs(exp);
  if (exp >= 100) out += char('0' + exp / 100);
  out += char('0' + exp / 10 % 10);
  out += char('0' + exp % 10);
}

// %f: -ddddddd.ddddd
void FmtF(std::string& out, bool neg, const Digits& d, int prec) {
  if (neg) out += '-';
  if (d.dp > 0) {
    int m = std::min(d.nd, d.dp);
    out.append(d.d, size_t(m));
    out.append(size_t(d.dp - m), '0');
  } else {
    out += '0';
  }
  if (prec > 0) {
    out += '.';
    for (int i = 0; i < prec; ++i) {
      int j = d.dp + i;
      out += 0 <= j && j < d.nd ? d.d[j] : '0';
    }
  }
}

// ftoa.go's formatDigits: lays out digits for 'e', 'f', 'g' (prec already resolved).
void FormatDigits(std::string& out, bool shortest, bool neg, const Digits& d, int prec, char fmt) {
  switch (fmt) {
    case 'e':
    case 'E': FmtE(out, neg, d, prec, fmt); return;
    case 'f': FmtF(out, neg, d, prec); return;
    default: break;
  }
  // 'g', 'G': %e when the exponent is < -4 or >= the precision (6 when shortest).
  int eprec = prec;
  if (eprec > d.nd && d.nd >= d.dp) eprec = d.nd;
  if (shortest) eprec = 6;
  int exp = d.dp - 1;
  if (exp < -4 || exp >= eprec) {
    if (prec > d.nd) prec = d.nd;
    FmtE(out, neg, d, prec - 1, char(fmt + 'e' - 'g'));
    return;
  }
  if (prec > d.dp) prec = d.nd;
  FmtF(out, neg, d, std::max(prec - d.dp, 0));
}

// The IEEE fields of v at the given size, as ftoa.go's genericFtoa splits them.
struct FloatBits {
  bool neg;
  int exp;        // unbiased; the value is mant × 2^(exp - mantbits)
  uint64_t mant;  // with the implicit top bit for normal numbers
  int mantbits;
  bool inf, nan;
};

float ToFloat32(double v) {
  // float(v) is undefined past FLT_MAX: round as IEEE would (half an ulp above is +Inf).
  constexpr double kHalfUlpAboveMax = double(FLT_MAX) + 0x1p103;
  if (std::isfinite(v) && std::fabs(v) > FLT_MAX) {
    float big = std::fabs(v) >= kHalfUlpAboveMax ? INFINITY : FLT_MAX;
    return std::signbit(v) ? -big : big;
  }
  return float(v);
}

FloatBits Split(double v, int bit_size) {
  uint64_t bits;
  int mantbits, expbits, bias;
  if (bit_size == 32) {
    bits = std::bit_cast<uint32_t>(ToFloat32(v));
    mantbits = 23, expbits = 8, bias = -127;
  } else {
    bits = std::bit_cast<uint64_t>(v);
    mantbits = 52, expbits = 11, bias = -1023;
  }
  FloatBits f{};
  f.mantbits = mantbits;
  f.neg = (bits >> (expbits + mantbits)) != 0;
  int exp = int(bits >> mantbits) & ((1 << expbits) - 1);
  f.mant = bits & ((uint64_t{1} << mantbits) - 1);
  if (exp == (1 << expbits) - 1) {
    f.nan = f.mant != 0;
    f.inf = !f.nan;
    return f;
  }
  if (exp == 0) {
    ++exp;  // denormal
  } else {
    f.mant |= uint64_t{1} << mantbits;
  }
  f.exp = exp + bias;
  return f;
}

// %b: -ddddddddp±ddd
void FmtB(std::string& out, const FloatBits& f) {
  if (f.neg) out += '-';
  AppendUint(out, f.mant, 10);
  out += 'p';
  int exp = f.exp - f.mantbits;
  if (exp >= 0) out += '+';
  AppendInt(out, exp, 10);
}

// %x: -0x1.yyyyyyyyp±ddd or -0x0p+00.
void FmtX(std::string& out, int prec, char fmt, FloatBits f) {
  uint64_t mant = f.mant;
  int exp = mant == 0 ? 0 : f.exp;
  // Shift digits so the leading 1 (if any) is at bit 1<<60.
  mant <<= 60 - f.mantbits;
  while (mant != 0 && (mant & (uint64_t{1} << 60)) == 0) {
    mant <<= 1;
    --exp;
  }
  if (prec >= 0 && prec < 15) {  // round to prec hex digits, half to even
    unsigned shift = unsigned(prec * 4);
    uint64_t extra = (mant << shift) & ((uint64_t{1} << 60) - 1);
    mant >>= 60 - shift;
    if ((extra | (mant & 1)) > (uint64_t{1} << 59)) ++mant;
    mant <<= 60 - shift;
    if (mant & (uint64_t{1} << 61)) {  // wrapped around
      mant >>= 1;
      ++exp;
    }
  }
  const char* hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  if (f.neg) out += '-';
  out += '0';
  out += fmt;
  out += char('0' + ((mant >> 60) & 1));
  mant <<= 4;  // drop the leading 0 or 1
  if (prec < 0 && mant != 0) {
    out += '.';
    for (; mant != 0; mant <<= 4) out += hex[(mant >> 60) & 15];
  } else if (prec > 0) {
    out += '.';
    for (int i = 0; i < prec; ++i, mant <<= 4) out += hex[(mant >> 60) & 15];
  }
  out += fmt == 'X' ? 'P' : 'p';
  out += exp < 0 ? '-' : '+';
  exp = std::abs(exp);
  if (exp >= 1000) out += char('0' + exp / 1000);
  if (exp >= 100) out += char('0' + exp / 100 % 10);
  out += char('0' + exp / 10 % 10);
  out += char('0' + exp % 10);
}

}  // namespace

void AppendFloat(std::string& out, double v, char fmt, int prec, int bit_size) {
  FloatBits f = Split(v, bit_size);
  if (f.nan || f.inf) {
    out += f.nan ? "NaN" : f.neg ? "-Inf" : "+Inf";
    return;
  }
  if (fmt == 'b') return FmtB(out, f);
  if (fmt == 'x' || fmt == 'X') return FmtX(out, prec, fmt, f);
  if (fmt != 'e' && fmt != 'E' && fmt != 'f' && fmt != 'g' && fmt != 'G') {
    out += '%';
    out += fmt;
    return;
  }
  double magnitude = std::fabs(bit_size == 32 ? double(ToFloat32(v)) : v);
  DigitBuffer buf;
  Digits digits;
  bool shortest = prec < 0;
  if (shortest) {
    digits = Shortest(buf, magnitude, bit_size);
    switch (fmt) {
      case 'e':
      case 'E': prec = std::max(digits.nd - 1, 0); break;
      case 'f': prec = std::max(digits.nd - digits.dp, 0); break;
      default: prec = digits.nd; break;
    }
  } else if (fmt == 'f') {
    digits = Fixed(buf, magnitude, prec);
  } else if (fmt == 'e' || fmt == 'E') {
    digits = Significant(buf, magnitude, prec + 1);
  } else {
    if (prec == 0) prec = 1;
    digits = Significant(buf, magnitude, prec);
  }
  FormatDigits(out, shortest, f.neg, digits, prec, fmt);
}

std::string FormatFloat(double v, char fmt, int prec, int bit_size) {
  std::string out;
  AppendFloat(out, v, fmt, prec, bit_size);
  return out;
}

void AppendUint(std::string& out, uint64_t v, int base) {
  if (base < 2 || base > 36) base = 10;  // Go panics; callers check the base first
  char buf[64];
  char* p = buf + sizeof(buf);
  do {
    *--p = kDigits36[v % unsigned(base)];
    v /= unsigned(base);
  } while (v != 0);
  out.append(p, size_t(buf + sizeof(buf) - p));
}

void AppendInt(std::string& out, int64_t v, int base) {
  if (v < 0) {
    out += '-';
    AppendUint(out, uint64_t{0} - uint64_t(v), base);  // also right for MinInt64
    return;
  }
  AppendUint(out, uint64_t(v), base);
}

std::string FormatInt(int64_t v, int base) {
  std::string out;
  AppendInt(out, v, base);
  return out;
}

std::string FormatUint(uint64_t v, int base) {
  std::string out;
  AppendUint(out, v, base);
  return out;
}

std::string Itoa(int64_t v) { return FormatInt(v, 10); }

}  // namespace chanscope::lang::strconv
