// The channels: each one's buffer slots and the goroutines queued to send or receive.
#pragma once

#include <vector>

#include "fonts.h"
#include "playback.h"

namespace chanscope {

void DrawChannels(const std::vector<ChannelRow>& channels, const Fonts& fonts);

}  // namespace chanscope
