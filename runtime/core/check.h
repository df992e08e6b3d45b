// check.h — internal-bug assertions: print file and line, then abort. Always on.
#pragma once

#include <cstdio>
#include <cstdlib>

#define CS_CHECK(cond)                                                                  \
  do {                                                                                  \
    if (!(cond)) {                                                                      \
      std::fprintf(stderr, "chanscope: internal error: %s:%d: check failed: %s\n",      \
                   __FILE__, __LINE__, #cond);                                          \
      std::abort();                                                                     \
    }                                                                                   \
  } while (0)
