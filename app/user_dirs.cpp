// XDG base directories (the freedesktop.org spec): an absolute $XDG_* wins, else $HOME's default.
#include "user_dirs.h"

#include <cstdlib>
#include <system_error>

namespace chanscope {
namespace {

std::filesystem::path XdgDir(const char* variable, const char* home_default) {
  // The spec says a relative path in $XDG_* is invalid and must be ignored.
  if (const char* value = std::getenv(variable); value && value[0] == '/')
    return std::filesystem::path(value) / "chanscope";
  const char* home = std::getenv("HOME");
  const std::filesystem::path base = home && home[0] ? home : "/tmp";
  return base / home_default / "chanscope";
}

}  // namespace

std::filesystem::path ConfigDir() { return XdgDir("XDG_CONFIG_HOME", ".config"); }

std::filesystem::path DataDir() { return XdgDir("XDG_DATA_HOME", ".local/share"); }

bool EnsureDir(const std::filesystem::path& dir) {
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  return std::filesystem::is_directory(dir, error);
}

}  // namespace chanscope
