// Entry point of core_tests: doctest supplies main() and its command line (-tc, -ts, ...).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
