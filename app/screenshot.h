// Saves what was just rendered to the back buffer as a PNG (--screenshot).
#pragma once

#include <string>

namespace chanscope {

// Reads the current framebuffer's back buffer (width x height, RGB), flips it so row 0 is the
// top, and writes it with stbi_write_png. Returns false and fills `error` on failure.
bool SaveBackBufferPng(const std::string& path, int width, int height, std::string& error);

}  // namespace chanscope
