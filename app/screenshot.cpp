// Back buffer -> PNG, via glReadPixels and stb_image_write (implementation lives in libstb).
#include "screenshot.h"

#include <glad/gl.h>
#include <stb_image_write.h>

#include <cstdint>
#include <cstring>
#include <vector>

namespace chanscope {
namespace {

constexpr int kChannels = 3;  // RGB: the window has no meaningful alpha

// OpenGL's row 0 is the bottom of the image; PNG's is the top.
void FlipRows(std::vector<std::uint8_t>& pixels, int stride, int height) {
  std::vector<std::uint8_t> row(stride);
  for (int top = 0, bottom = height - 1; top < bottom; ++top, --bottom) {
    std::uint8_t* a = pixels.data() + static_cast<size_t>(top) * stride;
    std::uint8_t* b = pixels.data() + static_cast<size_t>(bottom) * stride;
    std::memcpy(row.data(), a, stride);
    std::memcpy(a, b, stride);
    std::memcpy(b, row.data(), stride);
  }
}

}  // namespace

bool SaveBackBufferPng(const std::string& path, int width, int height, std::string& error) {
  if (width <= 0 || height <= 0) {
    error = "empty framebuffer";
    return false;
  }
  const int stride = width * kChannels;
  std::vector<std::uint8_t> pixels(static_cast<size_t>(stride) * height);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
  if (const GLenum status = glGetError(); status != GL_NO_ERROR) {
    error = "glReadPixels failed with GL error " + std::to_string(status);
    return false;
  }
  FlipRows(pixels, stride, height);
  if (!stbi_write_png(path.c_str(), width, height, kChannels, pixels.data(), stride)) {
    error = "cannot write " + path;
    return false;
  }
  return true;
}

}  // namespace chanscope
