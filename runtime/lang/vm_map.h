// vm_map.h — Go maps for the VM: hashed by the key's bytes, iterated in a seeded random order.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace chanscope::lang {

struct Program;

class VmMap {
 public:
  // How keys are hashed: by their words, a string's bytes, or an interface value's
  // dynamic type and value (equal strings in two boxes are one key).
  enum class KeyKind : uint8_t { kWords, kString, kInterface, kTyped };
  VmMap(uint16_t key_words, uint16_t value_words, KeyKind key_kind, const Program* prog)
      : key_words_(key_words), value_words_(value_words), key_kind_(key_kind), prog_(prog) {}

  // Keys of types[type] (structs, arrays with strings or floats inside) hash by value.
  void SetKeyType(int32_t type) {
    key_kind_ = KeyKind::kTyped;
    key_type_ = type;
  }

  // The value words for key, or null.
  const uint64_t* Find(const uint64_t* key) const;
  void Set(const uint64_t* key, const uint64_t* value);
  void Erase(const uint64_t* key);
  size_t size() const { return entries_.size(); }
  void Clear() { entries_.clear(); }
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
  // Equal Go keys give equal hash keys: a string by its bytes, an interface value by its
  // dynamic type and value, anything else by its words.
  std::string HashKey(const uint64_t* key) const;

  uint16_t key_words_;
  uint16_t value_words_;
  KeyKind key_kind_;
  const Program* prog_;  // the types of interface keys
  int32_t key_type_ = -1;  // kTyped: the keys' descriptor
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace chanscope::lang
