// vm_map.cpp — the VM's map operations.
#include "lang/vm_map.h"

#include <algorithm>
#include <cstring>

#include "core/rng.h"
#include "lang/vm_equal.h"

namespace chanscope::lang {

std::string VmMap::HashKey(const uint64_t* key) const {
  switch (key_kind_) {
    case KeyKind::kString: return std::string(reinterpret_cast<const char*>(key[0]), key[1]);
    case KeyKind::kInterface: {
      std::string bytes;
      AppendInterfaceKey(*prog_, key, bytes);
      return bytes;
    }
    case KeyKind::kTyped: {
      std::string bytes;
      AppendValueKey(*prog_, key_type_, key, bytes);
      return bytes;
    }
    case KeyKind::kWords: break;
  }
  return std::string(reinterpret_cast<const char*>(key), key_words_ * sizeof(uint64_t));
}

const uint64_t* VmMap::Find(const uint64_t* key) const {
  auto it = entries_.find(HashKey(key));
  return it == entries_.end() ? nullptr : it->second.value.data();
}

void VmMap::Set(const uint64_t* key, const uint64_t* value) {
  Entry& e = entries_[HashKey(key)];
  e.key.assign(key, key + key_words_);
  e.value.assign(value, value + value_words_);
  if (value_words_ == 0) e.value.push_back(0);  // Find's non-null answer for struct{} values
  if (value_words_ == 0) e.value.push_back(0);  // Find's non-null answer for struct{} values
}

void VmMap::Erase(const uint64_t* key) { entries_.erase(HashKey(key)); }

std::vector<std::vector<uint64_t>> VmMap::Keys(uint64_t seed) const {
  // Sort by hash key first so the order does not depend on the hash table's layout,
  // then shuffle with the run's seed: random like Go's, yet the same on every replay.
  std::vector<const std::pair<const std::string, Entry>*> sorted;
  for (const auto& kv : entries_) sorted.push_back(&kv);
  std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->first < b->first; });
  core::Rng rng(seed);
  for (size_t i = sorted.size(); i > 1; i--) std::swap(sorted[i - 1], sorted[rng.Below(static_cast<uint32_t>(i))]);
  std::vector<std::vector<uint64_t>> keys;
  for (auto* kv : sorted) keys.push_back(kv->second.key);
  return keys;
}

}  // namespace chanscope::lang
