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
  // A block costs what the process pays for it: its bytes, malloc's header and its record.
  cost += kBlockOverhead;
  blocks_.push_back(Block{reinterpret_cast<uintptr_t>(p), size, next_go_address_, cost, destroy, kind, tag, false});
  next_go_address_ += (size + 15) & ~uint64_t{15};
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
  // Blocks that survived the last sweep are still in order: sort only the new ones.
  auto by_start = [](const Block& a, const Block& b) { return a.start < b.start; };
  auto fresh = blocks_.begin() + static_cast<std::ptrdiff_t>(std::min(sorted_, blocks_.size()));
  std::sort(fresh, blocks_.end(), by_start);
  std::inplace_merge(blocks_.begin(), fresh, blocks_.end(), by_start);
  sorted_ = blocks_.size();
  starts_.resize(blocks_.size());
  for (size_t i = 0; i < blocks_.size(); i++) {
    blocks_[i].marked = false;
    starts_[i] = blocks_[i].start;
  }
  gray_.clear();
  lowest_ = blocks_.empty() ? 0 : blocks_.front().start;
  highest_ = blocks_.empty() ? 0 : blocks_.back().start + blocks_.back().size;
}

uint64_t Heap::GoAddress(uint64_t word) const {
  // Blocks up to sorted_ are in address order (binary search); newer ones are appended.
  auto holds = [word](const Block& b) { return word >= b.start && word < b.start + b.size; };
  auto end = blocks_.begin() + static_cast<std::ptrdiff_t>(std::min(sorted_, blocks_.size()));
  auto it = std::upper_bound(blocks_.begin(), end, word, [](uint64_t w, const Block& b) { return w < b.start; });
  if (it != blocks_.begin() && holds(*std::prev(it))) return std::prev(it)->go_address + (word - std::prev(it)->start);
  for (auto b = end; b != blocks_.end(); ++b)
    if (holds(*b)) return b->go_address + (word - b->start);
  return word;
}

size_t Heap::Find(uint64_t word) const {
  // The last block starting at or before `word`; it holds word if word is inside it.
  // (The starts are searched in their own dense array: it is the hot loop of marking.)
  auto it = std::upper_bound(starts_.begin(), starts_.end(), word);
  if (it == starts_.begin()) return kNone;
  size_t i = static_cast<size_t>(it - starts_.begin()) - 1;
  return word < blocks_[i].start + blocks_[i].size ? i : kNone;
}

void Heap::MarkSlow(uint64_t word) {
  size_t i = Find(word);
  if (i == kNone || blocks_[i].marked) return;
  blocks_[i].marked = true;
  gray_.push_back(i);
}

bool Heap::IsMarked(uint64_t word) const {
  size_t i = Find(word);
  return i != kNone && blocks_[i].marked;
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
  sorted_ = kept;  // compaction kept the order
  bytes_ = live;
  live_after_last_ = live + extra;
  next_collection_ = every_ ? live + every_ : std::max(kMinTrigger, 2 * live_after_last_);
  collections_++;
}

}  // namespace chanscope::lang
