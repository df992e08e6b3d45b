// math_go_special.cpp — Go's Gamma, Lgamma, Erf and Erfc (gamma.go, lgamma.go, erf.go).
#include "lang/math_go.h"

#include <cmath>

namespace chanscope::lang::gomath {


// Go's stirling (gamma.go): Stirling's formula as two factors, to delay overflow.
static void Stirling(double x, double* y1_out, double* y2_out) {
  constexpr double kS[] = {7.87311395793093628397e-04, -2.29549961613378126380e-04, -2.68132617805781232825e-03,
                           3.47222221605458667310e-03, 8.33333333333482257126e-02};
  constexpr double kSqrtTwoPi = 2.506628274631000502417, kMaxStirling = 143.01608;
  if (x > 200) {
    *y1_out = kInf;
    *y2_out = 1;
    return;
  }
  double w = 1 / x;
  w = 1 + w * ((((kS[0] * w + kS[1]) * w + kS[2]) * w + kS[3]) * w + kS[4]);
  double y1 = Exp(x), y2 = 1.0;
  if (x > kMaxStirling) {
    double v = Pow(x, 0.5 * x - 0.25);
    y2 = v / y1;
    y1 = v;
  } else {
    y1 = Pow(x, x - 0.5) / y1;
  }
  *y1_out = y1;
  *y2_out = kSqrtTwoPi * w * y2;
}

// Go's Gamma (gamma.go, from Cephes).
double Gamma(double x) {
  constexpr double kP[] = {1.60119522476751861407e-04, 1.19135147006586384913e-03, 1.04213797561761569935e-02,
                           4.76367800457137231464e-02, 2.07448227648435975150e-01, 4.94214826801497100753e-01,
                           9.99999999999999996796e-01};
  constexpr double kQ[] = {-2.31581873324120129819e-05, 5.39605580493303397842e-04, -4.45641913851797240494e-03,
                           1.18139785222060435552e-02,  3.58236398605498653373e-02, -2.34591795718243348568e-01,
                           7.14304917030273074085e-02,  1.00000000000000000320e+00};
  constexpr double kEuler = 0.57721566490153286060651209008240243104215933593992;
  double frac;
  if ((x < 0 && (Modf(x, &frac), frac == 0)) || x == -kInf || std::isnan(x)) return kNaN;
  if (x == kInf) return kInf;
  if (x == 0) return std::signbit(x) ? -kInf : kInf;
  double q = std::fabs(x), p = std::floor(q);
  if (q > 33) {
    double s1, s2;
    if (x >= 0) {
      Stirling(x, &s1, &s2);
      return s1 * s2;
    }
    int signgam = (static_cast<int64_t>(p) & 1) == 0 ? -1 : 1;
    double z = q - p;
    if (z > 0.5) {
      p = p + 1;
      z = q - p;
    }
    z = q * Sin(kPi * z);
    if (z == 0) return signgam * kInf;
    Stirling(q, &s1, &s2);
    double absz = std::fabs(z);
    double d = absz * s1 * s2;
    z = std::isinf(d) ? kPi / absz / s1 / s2 : kPi / d;
    return signgam * z;
  }
  double z = 1.0;
  while (x >= 3) {
    x = x - 1;
    z = z * x;
  }
  // Near 0 and negative integers: Go's `small` case.
  auto small = [&] { return x == 0 ? kInf : z / ((1 + kEuler * x) * x); };
  while (x < 0) {
    if (x > -1e-09) return small();
    z = z / x;
    x = x + 1;
  }
  while (x < 2) {
    if (x < 1e-09) return small();
    z = z / x;
    x = x + 1;
  }
  if (x == 2) return z;
  x = x - 2;
  p = (((((x * kP[0] + kP[1]) * x + kP[2]) * x + kP[3]) * x + kP[4]) * x + kP[5]) * x + kP[6];
  q = ((((((x * kQ[0] + kQ[1]) * x + kQ[2]) * x + kQ[3]) * x + kQ[4]) * x + kQ[5]) * x + kQ[6]) * x + kQ[7];
  return z * p / q;
}


// --- Erf and Erfc (erf.go, from FreeBSD) -----------------------------------------------------

namespace erfc_coef {
constexpr double erx = 8.45062911510467529297e-01, efx = 1.28379167095512586316e-01,
                 efx8 = 1.02703333676410069053e+00;
constexpr double pp0 = 1.28379167095512558561e-01, pp1 = -3.25042107247001499370e-01,
                 pp2 = -2.84817495755985104766e-02, pp3 = -5.77027029648944159157e-03,
                 pp4 = -2.37630166566501626084e-05, qq1 = 3.97917223959155352819e-01,
                 qq2 = 6.50222499887672944485e-02, qq3 = 5.08130628187576562776e-03,
                 qq4 = 1.32494738004321644526e-04, qq5 = -3.96022827877536812320e-06;
constexpr double pa0 = -2.36211856075265944077e-03, pa1 = 4.14856118683748331666e-01,
                 pa2 = -3.72207876035701323847e-01, pa3 = 3.18346619901161753674e-01,
                 pa4 = -1.10894694282396677476e-01, pa5 = 3.54783043256182359371e-02,
                 pa6 = -2.16637559486879084300e-03, qa1 = 1.06420880400844228286e-01,
                 qa2 = 5.40397917702171048937e-01, qa3 = 7.18286544141962662868e-02,
                 qa4 = 1.26171219808761642112e-01, qa5 = 1.36370839120290507362e-02,
                 qa6 = 1.19844998467991074170e-02;
constexpr double ra0 = -9.86494403484714822705e-03, ra1 = -6.93858572707181764372e-01,
                 ra2 = -1.05586262253232909814e+01, ra3 = -6.23753324503260060396e+01,
                 ra4 = -1.62396669462573470355e+02, ra5 = -1.84605092906711035994e+02,
                 ra6 = -8.12874355063065934246e+01, ra7 = -9.81432934416914548592e+00,
                 sa1 = 1.96512716674392571292e+01, sa2 = 1.37657754143519042600e+02,
                 sa3 = 4.34565877475229228821e+02, sa4 = 6.45387271733267880336e+02,
                 sa5 = 4.29008140027567833386e+02, sa6 = 1.08635005541779435134e+02,
                 sa7 = 6.57024977031928170135e+00, sa8 = -6.04244152148580987438e-02;
constexpr double rb0 = -9.86494292470009928597e-03, rb1 = -7.99283237680523006574e-01,
                 rb2 = -1.77579549177547519889e+01, rb3 = -1.60636384855821916062e+02,
                 rb4 = -6.37566443368389627722e+02, rb5 = -1.02509513161107724954e+03,
                 rb6 = -4.83519191608651397019e+02, sb1 = 3.03380607434824582924e+01,
                 sb2 = 3.25792512996573918826e+02, sb3 = 1.53672958608443695994e+03,
                 sb4 = 3.19985821950859553908e+03, sb5 = 2.55305040643316442583e+03,
                 sb6 = 4.74528541206955367215e+02, sb7 = -2.24409524465858183362e+01;
constexpr double kOneOver035 = 2.85714285714285714285714285714285714;  // Go's exact 1/0.35
}  // namespace erfc_coef

// erf(x) - x for small x, as r/s (|x| < 0.84375).
static double ErfSmallY(double x) {
  using namespace erfc_coef;
  double z = x * x;
  double r = pp0 + z * (pp1 + z * (pp2 + z * (pp3 + z * pp4)));
  double s = 1 + z * (qq1 + z * (qq2 + z * (qq3 + z * (qq4 + z * qq5))));
  return r / s;
}

// P/Q for 0.84375 <= x < 1.25.
static double ErfMidPQ(double x) {
  using namespace erfc_coef;
  double s = x - 1;
  double P = pa0 + s * (pa1 + s * (pa2 + s * (pa3 + s * (pa4 + s * (pa5 + s * pa6)))));
  double Q = 1 + s * (qa1 + s * (qa2 + s * (qa3 + s * (qa4 + s * (qa5 + s * qa6)))));
  return P / Q;
}

// erfc(x)·x for the tail (x >= 1.25), as exp(-x²-0.5625+R/S) split to keep precision.
static double ErfcTailTimesX(double x) {
  using namespace erfc_coef;
  double s = 1 / (x * x);
  double R, S;
  if (x < kOneOver035) {
    R = ra0 + s * (ra1 + s * (ra2 + s * (ra3 + s * (ra4 + s * (ra5 + s * (ra6 + s * ra7))))));
    S = 1 + s * (sa1 + s * (sa2 + s * (sa3 + s * (sa4 + s * (sa5 + s * (sa6 + s * (sa7 + s * sa8)))))));
  } else {
    R = rb0 + s * (rb1 + s * (rb2 + s * (rb3 + s * (rb4 + s * (rb5 + s * rb6)))));
    S = 1 + s * (sb1 + s * (sb2 + s * (sb3 + s * (sb4 + s * (sb5 + s * (sb6 + s * sb7))))));
  }
  double z = Bits(Word(x) & 0xffffffff00000000);
  return Exp(-z * z - 0.5625) * Exp((z - x) * (z + x) + R / S);
}

double Erf(double x) {
  using namespace erfc_coef;
  constexpr double kVeryTiny = 2.848094538889218e-306, kSmall = 1.0 / (1 << 28);
  if (std::isnan(x)) return kNaN;
  if (std::isinf(x)) return x > 0 ? 1 : -1;
  bool sign = x < 0;
  x = std::fabs(x);
  if (x < 0.84375) {
    double temp;
    if (x < kSmall) {
      temp = x < kVeryTiny ? 0.125 * (8.0 * x + efx8 * x) : x + efx * x;
    } else {
      temp = x + x * ErfSmallY(x);
    }
    return sign ? -temp : temp;
  }
  if (x < 1.25) return sign ? -erx - ErfMidPQ(x) : erx + ErfMidPQ(x);
  if (x >= 6) return sign ? -1 : 1;
  double r = ErfcTailTimesX(x);
  return sign ? r / x - 1 : 1 - r / x;
}

double Erfc(double x) {
  using namespace erfc_coef;
  constexpr double kTiny = 1.0 / (uint64_t{1} << 56);
  if (std::isnan(x)) return kNaN;
  if (std::isinf(x)) return x > 0 ? 0 : 2;
  bool sign = x < 0;
  x = std::fabs(x);
  if (x < 0.84375) {
    double temp;
    if (x < kTiny) {
      temp = x;
    } else {
      double y = ErfSmallY(x);
      temp = x < 0.25 ? x + x * y : 0.5 + (x * y + (x - 0.5));
    }
    return sign ? 1 + temp : 1 - temp;
  }
  if (x < 1.25) return sign ? 1 + erx + ErfMidPQ(x) : 1 - erx - ErfMidPQ(x);
  if (x < 28) {
    if (sign && x > 6 && x >= kOneOver035) return 2;
    double r = ErfcTailTimesX(x);
    return sign ? 2 - r / x : r / x;
  }
  return sign ? 2 : 0;
}


// --- Lgamma (lgamma.go, from FreeBSD) --------------------------------------------------------

// sin(πx) for lgamma's reflection, computed as Go's sinPi does (negated).
static double SinPi(double x) {
  constexpr double kTwo52 = 4503599627370496.0, kTwo53 = 9007199254740992.0;
  if (x < 0.25) return -Sin(kPi * x);
  double z = std::floor(x);
  int n;
  if (z != x) {
    x = std::fmod(x, 2);
    n = static_cast<int>(x * 4);
  } else if (x >= kTwo53) {
    x = 0;
    n = 0;
  } else {
    if (x < kTwo52) z = x + kTwo52;
    n = static_cast<int>(1 & Word(z));
    x = n;
    n <<= 2;
  }
  switch (n) {
    case 0: x = Sin(kPi * x); break;
    case 1: case 2: x = Cos(kPi * (0.5 - x)); break;
    case 3: case 4: x = Sin(kPi * (1 - x)); break;
    case 5: case 6: x = -Cos(kPi * (x - 1.5)); break;
    default: x = Sin(kPi * (x - 2)); break;
  }
  return -x;
}

// ln|Γ(x)| on [0, 2) (x != 1, 2) for x < 2: Go's three polynomial pieces around the minimum.
static double LgammaBelow2(double x) {
  constexpr double kA[] = {7.72156649015328655494e-02, 3.22467033424113591611e-01, 6.73523010531292681824e-02,
                           2.05808084325167332806e-02, 7.38555086081402883957e-03, 2.89051383673415629091e-03,
                           1.19270763183362067845e-03, 5.10069792153511336608e-04, 2.20862790713908385557e-04,
                           1.08011567247583939954e-04, 2.52144565451257326939e-05, 4.48640949618915160150e-05};
  constexpr double kT[] = {4.83836122723810047042e-01,  -1.47587722994593911752e-01, 6.46249402391333854778e-02,
                           -3.27885410759859649565e-02, 1.79706750811820387126e-02,  -1.03142241298341437450e-02,
                           6.10053870246291332635e-03,  -3.68452016781138256760e-03, 2.25964780900612472250e-03,
                           -1.40346469989232843813e-03, 8.81081882437654011382e-04,  -5.38595305356740546715e-04,
                           3.15632070903625950361e-04,  -3.12754168375120860518e-04, 3.35529192635519073543e-04};
  constexpr double kU[] = {-7.72156649015328655494e-02, 6.32827064025093366517e-01, 1.45492250137234768737e+00,
                           9.77717527963372745603e-01,  2.28963728064692451092e-01, 1.33810918536787660377e-02};
  constexpr double kV[] = {1.0,
                           2.45597793713041134822e+00,
                           2.12848976379893395361e+00,
                           7.69285150456672783825e-01,
                           1.04222645593369134254e-01,
                           3.21709242282423911810e-03};
  // Go's constant expressions Ymin-1±0.27, Ymin±0.27 and Tc-1, rounded once.
  constexpr double kTc = 1.46163214496836224576e+00, kTcMinus1 = 0.46163214496836224576;
  constexpr double kTf = -1.21486290535849611461e-01, kTt = -3.63867699703950536541e-18;
  double lgamma, y;
  int i;
  if (x <= 0.9) {
    lgamma = -Log(x);
    if (x >= 0.731632144968362245) {
      y = 1 - x;
      i = 0;
    } else if (x >= 0.191632144968362245) {
      y = x - kTcMinus1;
      i = 1;
    } else {
      y = x;
      i = 2;
    }
  } else {
    lgamma = 0;
    if (x >= 1.731632144968362245) {
      y = 2 - x;
      i = 0;
    } else if (x >= 1.191632144968362245) {
      y = x - kTc;
      i = 1;
    } else {
      y = x - 1;
      i = 2;
    }
  }
  if (i == 0) {
    double z = y * y;
    double p1 = kA[0] + z * (kA[2] + z * (kA[4] + z * (kA[6] + z * (kA[8] + z * kA[10]))));
    double p2 = z * (kA[1] + z * (+kA[3] + z * (kA[5] + z * (kA[7] + z * (kA[9] + z * kA[11])))));
    double p = y * p1 + p2;
    return lgamma + (p - 0.5 * y);
  }
  if (i == 1) {
    double z = y * y;
    double w = z * y;
    double p1 = kT[0] + w * (kT[3] + w * (kT[6] + w * (kT[9] + w * kT[12])));
    double p2 = kT[1] + w * (kT[4] + w * (kT[7] + w * (kT[10] + w * kT[13])));
    double p3 = kT[2] + w * (kT[5] + w * (kT[8] + w * (kT[11] + w * kT[14])));
    double p = z * p1 - (kTt - w * (p2 + y * p3));
    return lgamma + (kTf + p);
  }
  double p1 = y * (kU[0] + y * (kU[1] + y * (kU[2] + y * (kU[3] + y * (kU[4] + y * kU[5])))));
  double p2 = 1 + y * (kV[1] + y * (kV[2] + y * (kV[3] + y * (kV[4] + y * kV[5]))));
  return lgamma + (-0.5 * y + p1 / p2);
}

// Go's Lgamma: ln|Γ(x)| and the sign of Γ(x).
double Lgamma(double x, int* sign) {
  constexpr double kS[] = {-7.72156649015328655494e-02, 2.14982415960608852501e-01, 3.25778796408930981787e-01,
                           1.46350472652464452805e-01,  2.66422703033638609560e-02, 1.84028451407337715652e-03,
                           3.19475326584100867617e-05};
  constexpr double kR[] = {1.0,
                           1.39200533467621045958e+00,
                           7.21935547567138069525e-01,
                           1.71933865632803078993e-01,
                           1.86459191715652901344e-02,
                           7.77942496381893596434e-04,
                           7.32668430744625636189e-06};
  constexpr double kW[] = {4.18938533204672725052e-01,  8.33333333333329678849e-02, -2.77777777728775536470e-03,
                           7.93650558643019558500e-04,  -5.95187557450339963135e-04, 8.36339918996282139126e-04,
                           -1.63092934096575273989e-03};
  constexpr double kTwo52 = 4503599627370496.0, kTwo58 = 288230376151711744.0;
  constexpr double kTiny = 1.0 / 1180591620717411303424.0;  // 2**-70
  *sign = 1;
  if (std::isnan(x) || std::isinf(x)) return x;
  if (x == 0) return kInf;
  bool neg = x < 0;
  if (neg) x = -x;
  if (x < kTiny) {
    if (neg) *sign = -1;
    return -Log(x);
  }
  double nadj = 0;
  if (neg) {
    if (x >= kTwo52) return kInf;
    double t = SinPi(x);
    if (t == 0) return kInf;
    nadj = Log(kPi / std::fabs(t * x));
    if (t < 0) *sign = -1;
  }
  double lgamma;
  if (x == 1 || x == 2) {
    return 0;
  } else if (x < 2) {
    lgamma = LgammaBelow2(x);
  } else if (x < 8) {
    int i = static_cast<int>(x);
    double y = x - i;
    double p = y * (kS[0] + y * (kS[1] + y * (kS[2] + y * (kS[3] + y * (kS[4] + y * (kS[5] + y * kS[6]))))));
    double q = 1 + y * (kR[1] + y * (kR[2] + y * (kR[3] + y * (kR[4] + y * (kR[5] + y * kR[6])))));
    lgamma = 0.5 * y + p / q;
    double z = 1.0;
    for (int k = i; k >= 3; k--) z *= (y + (k - 1));  // Go's fallthrough chain from case i down to 3
    if (i >= 3) lgamma += Log(z);
  } else if (x < kTwo58) {
    double t = Log(x);
    double z = 1 / x;
    double y = z * z;
    double w = kW[0] + z * (kW[1] + y * (kW[2] + y * (kW[3] + y * (kW[4] + y * (kW[5] + y * kW[6])))));
    lgamma = (x - 0.5) * (t - 1) + w;
  } else {
    lgamma = x * (Log(x) - 1);
  }
  return neg ? nadj - lgamma : lgamma;
}

}  // namespace chanscope::lang::gomath
