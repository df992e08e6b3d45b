// vm_heap.cpp — allocation, the address lookup for conservative marking, and the sweep.
#include "lang/vm_heap.h"

#include <cstdlib>
#include <new>

namespace chanscope::lang {

Heap::~Heap() {
  for (const Block& b : blocks_) Free(b);
}

void Heap::Free(const Block& b) {
  if (b.kind == Kind::kObject) {
    b.destroy(reinterpret_cast<void*>(b.start));
  } else {
    std::free(reinterpret_cast<void*>(b.start));
  }
}

void Heap::Add(void* p, uint64_t size, uint64_t cost, Destroy destroy, Kind kind, uint8_t tag) {
  blocks_.push_back(Block{reinterpret_cast<uintptr_t>(p), size, cost, destroy, kind, tag, false});
  bytes_ += cost;
  total_bytes_ += cost;
  mallocs_++;
}

uint64_t* Heap::Words(size_t n) {
  n = std::max<size_t>(n, 1);
  void* p = std::calloc(n, sizeof(uint64_t));
  if (!p) throw std::bad_alloc();
  Add(p, n * sizeof(uint64_t), n * sizeof(uint64_t), nullptr, Kind::kWords, 0);
  return static_cast<uint64_t*>(p);
}

char* Heap::Bytes(size_t n) {
  n = std::max<size_t>(n, 1);
  void* p = std::calloc(n, 1);
  if (!p) throw std::bad_alloc();
  Add(p, n, n, nullptr, Kind::kBytes, 0);
  return static_cast<char*>(p);
}

void Heap::Adopt(void* object, size_t size, uint64_t cost, Destroy destroy, uint8_t tag) {
  Add(object, size, cost, destroy, Kind::kObject, tag);
}

void Heap::BeginMark() {
  std::sort(blocks_.begin(), blocks_.end(),
            [](const Block& a, const Block& b) { return a.start < b.start; });
  for (Block& b : blocks_) b.marked = false;
  gray_.clear();
  lowest_ = blocks_.empty() ? 0 : blocks_.front().start;
  highest_ = blocks_.empty() ? 0 : blocks_.back().start + blocks_.back().size;
}

void Heap::MarkSlow(uint64_t word) {
  // The last block starting at or before `word`; it holds word if word is inside it.
  auto it = std::upper_bound(blocks_.begin(), blocks_.end(), word,
                             [](uint64_t w, const Block& b) { return w < b.start; });
  if (it == blocks_.begin()) return;
  --it;
  if (word >= it->start + it->size || it->marked) return;
  it->marked = true;
  gray_.push_back(static_cast<size_t>(it - blocks_.begin()));
}

bool Heap::IsMarked(uint64_t word) const {
  auto it = std::upper_bound(blocks_.begin(), blocks_.end(), word,
                             [](uint64_t w, const Block& b) { return w < b.start; });
  if (it == blocks_.begin()) return false;
  --it;
  return word < it->start + it->size && it->marked;
}

void Heap::MarkTagged(uint8_t tag) {
  for (size_t i = 0; i < blocks_.size(); i++) {
    Block& b = blocks_[i];
    if (b.kind != Kind::kObject || b.tag != tag || b.marked) continue;
    b.marked = true;
    gray_.push_back(i);
  }
}

void Heap::Sweep(uint64_t extra) {
  size_t kept = 0;
  uint64_t live = 0;
  for (const Block& b : blocks_) {
    if (!b.marked) {
      Free(b);
      frees_++;
      continue;
    }
    live += b.cost;
    blocks_[kept++] = b;
  }
  blocks_.resize(kept);
  bytes_ = live;
  live_after_last_ = live + extra;
  next_collection_ = every_ ? live + every_ : std::max(kMinTrigger, 2 * live_after_last_);
  collections_++;
}

}  // namespace chanscope::lang
