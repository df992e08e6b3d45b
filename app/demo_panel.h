// The first Chanscope window: the built-in demo program running on the kernel.
#pragma once

#include "app_options.h"
#include "fonts.h"

namespace chanscope {

class DemoPanel {
 public:
  DemoPanel(const AppOptions& options, const Fonts& fonts);

  void Update();  // advances the run when playing; call once per frame before Draw()
  void Draw();    // lays out the panes over the whole window

 private:
  const AppOptions& options_;
  const Fonts& fonts_;
};

}  // namespace chanscope
