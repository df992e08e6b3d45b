// vm_heap.h — the VM's garbage-collected heap: blocks found by address, marked, swept.
//
// Every Go allocation is one Block: a run of words (Go values, scanned conservatively),
// a run of bytes (string data, never scanned) or a C++ object the VM owns (a map, a
// channel, a map iteration's key list), scanned and destroyed through hooks. The heap
// knows nothing of roots: the collector (vm_gc.cpp) marks them, then Drain and Sweep.
// Allocation never collects; the VM collects at safe points, where every live value
// is in a goroutine's frames, a global or a kernel record the collector scans.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace chanscope::lang {

class Heap {
 public:
  // Destroys an adopted object (a `delete` of its real type).
  using Destroy = void (*)(void*);

  Heap() = default;
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // n zeroed words (at least one), scanned for pointers.
  uint64_t* Words(size_t n);
  // n zeroed bytes (at least one), never scanned.
  char* Bytes(size_t n);
  // Takes ownership of a C++ object `size` bytes long; `cost` is what it counts for in
  // the heap's size; `tag` tells the collector's scan hook what it is.
  void Adopt(void* object, size_t size, uint64_t cost, Destroy destroy, uint8_t tag);

  // Bytes in blocks not yet freed (live, or garbage since the last collection).
  uint64_t bytes() const { return bytes_; }
  // Bytes that survived the last collection.
  uint64_t live_after_last() const { return live_after_last_; }
  // GOGC=100: collect when the heap has doubled since the last collection, or has
  // grown past `limit`.
  bool ShouldCollect(uint64_t limit) const { return bytes_ >= std::min(next_collection_, limit); }
  uint64_t collections() const { return collections_; }
  // Collect after every `bytes` allocated rather than when the heap doubles (0: double).
  void CollectEvery(uint64_t bytes) {
    every_ = bytes;
    if (bytes) next_collection_ = bytes_ + bytes;
  }
  // Go's MemStats counters: bytes ever allocated, allocations and frees, blocks alive.
  uint64_t total_bytes() const { return total_bytes_; }
  uint64_t mallocs() const { return mallocs_; }
  uint64_t frees() const { return frees_; }
  uint64_t objects() const { return blocks_.size(); }
  // The address Go programs see for `word` (a pointer at or into a block): blocks are numbered
  // from 0xc000010000 upwards in allocation order, as a bump allocator would place them, so a
  // printed pointer is the same in every run of the program (malloc's addresses are not).
  // Words outside every block are returned as they are.
  uint64_t GoAddress(uint64_t word) const;

  // ---- One collection: BeginMark; Mark every root; Drain; Sweep ----
  void BeginMark();
  // Marks the block `word` points at or into, if it is one (conservative: any word).
  void Mark(uint64_t word) {
    if (word < lowest_ || word >= highest_) return;  // most integers stop here
    MarkSlow(word);
  }
  void MarkWords(const uint64_t* words, size_t n) {
    for (size_t i = 0; i < n; i++) Mark(words[i]);
  }
  // True if `word` points at or into a block marked since BeginMark.
  bool IsMarked(uint64_t word) const;
  // Marks every adopted object with this tag (roots by kind).
  void MarkTagged(uint8_t tag);
  // Scans marked blocks until none is left: words are scanned here, adopted objects by
  // scan(object, tag), which marks what they hold.
  template <typename ScanObject>
  void Drain(ScanObject scan) {
    while (!gray_.empty()) {
      const Block& b = blocks_[gray_.back()];
      gray_.pop_back();
      if (b.kind == Kind::kWords) {
        MarkWords(reinterpret_cast<const uint64_t*>(b.start), b.size / sizeof(uint64_t));
      } else if (b.kind == Kind::kObject) {
        scan(reinterpret_cast<void*>(b.start), b.tag);
      }
    }
  }
  // Frees every unmarked block; `extra` is live memory the blocks do not count (map
  // entries), added to the next trigger's base.
  void Sweep(uint64_t extra);

 private:
  enum class Kind : uint8_t { kWords, kBytes, kObject };
  struct Block {
    uintptr_t start;
    uint64_t size;  // address range [start, start + size)
    uint64_t go_address;  // where it sits in the address space Go programs see (GoAddress)
    uint64_t cost;  // bytes it counts for
    Destroy destroy;
    Kind kind;
    uint8_t tag;
    bool marked;
  };
  static constexpr uint64_t kMinTrigger = uint64_t{4} << 20;
  static constexpr uint64_t kBlockOverhead = 16 + sizeof(Block) + sizeof(uintptr_t);

  void Add(void* p, uint64_t size, uint64_t cost, Destroy destroy, Kind kind, uint8_t tag);
  static constexpr size_t kNone = ~size_t{0};
  size_t Find(uint64_t word) const;  // index of the block holding word, or kNone
  void MarkSlow(uint64_t word);
  static void Free(const Block& b);

  std::vector<Block> blocks_;  // sorted by start up to sorted_, appended after
  size_t sorted_ = 0;
  std::vector<uintptr_t> starts_;  // blocks_[i].start while marking (binary search)
  std::vector<size_t> gray_;   // marked blocks whose contents are not yet scanned
  uint64_t bytes_ = 0;
  uint64_t live_after_last_ = 0;
  uint64_t next_collection_ = kMinTrigger;
  uint64_t collections_ = 0;
  uint64_t every_ = 0;  // CollectEvery's period, 0 for GOGC=100
  uint64_t total_bytes_ = 0, mallocs_ = 0, frees_ = 0;
  uint64_t next_go_address_ = 0xc000010000;  // GoAddress's bump pointer
  uintptr_t lowest_ = 0, highest_ = 0;  // address range of all blocks while marking
};

}  // namespace chanscope::lang
