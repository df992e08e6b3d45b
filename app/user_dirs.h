// Where Chanscope keeps the user's things: XDG config (layout, preferences) and data (edits,
// progress, user lessons). Never the working directory.
#pragma once

#include <filesystem>

namespace chanscope {

// $XDG_CONFIG_HOME/chanscope, else $HOME/.config/chanscope. Not created here.
std::filesystem::path ConfigDir();
// $XDG_DATA_HOME/chanscope, else $HOME/.local/share/chanscope. Not created here.
std::filesystem::path DataDir();
// Creates `dir` and its parents when missing; false when that fails.
bool EnsureDir(const std::filesystem::path& dir);

}  // namespace chanscope
