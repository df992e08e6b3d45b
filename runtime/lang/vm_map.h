// vm_map.h — Go maps for the VM: hashed by the key's bytes, iterated in a seeded random order.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace chanscope::lang {

class VmMap {
 public:
  VmMap(uint16_t key_words, uint16_t value_words, bool string_key)
      : key_words_(key_words), value_words_(value_words), string_key_(string_key) {}

  // The value words for key, or null.
  const uint64_t* Find(const uint64_t* key) const;
  void Set(const uint64_t* key, const uint64_t* value);
  void Erase(const uint64_t* key);
  size_t size() const { return entries_.size(); }
  void Clear() { entries_.clear(); }
  // Keys that hold strings, floats or interface values inside (not plain words) hash by
  // their Go value: types[key_type] of prog says how.
  void SetKeyType(const struct Program* prog, int32_t key_type) {
    prog_ = prog;
    key_type_ = key_type;
  }
  uint16_t key_words() const { return key_words_; }
  uint16_t value_words() const { return value_words_; }
  // Calls f(words, n) for every key and every value (the garbage collector scans them).
  template <typename F>
  void ForEachWords(F f) const {
    for (const auto& [hash_key, e] : entries_) {
      f(e.key.data(), e.key.size());
      f(e.value.data(), e.value.size());
    }
  }
  // Every key's words, in an order chosen by `seed` (Go randomises map iteration).
  std::vector<std::vector<uint64_t>> Keys(uint64_t seed) const;

 private:
  struct Entry {
    std::vector<uint64_t> key;  // the key's words (a string's point to its bytes)
    std::vector<uint64_t> value;
  };
  // Equal Go keys give equal hash keys: a string by its bytes, anything else by its words.
  std::string HashKey(const uint64_t* key) const;

  uint16_t key_words_;
  uint16_t value_words_;
  bool string_key_;
  const struct Program* prog_ = nullptr;
  int32_t key_type_ = -1;
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace chanscope::lang
