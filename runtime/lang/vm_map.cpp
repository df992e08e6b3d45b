// vm_map.cpp — the VM's map operations.
#include "lang/vm_map.h"

#include <algorithm>
#include <bit>
#include <cstring>

#include "core/rng.h"
#include "lang/bytecode.h"

namespace chanscope::lang {

namespace {

// Equal Go values of types[type] append equal bytes: strings by content, interface values
// by dynamic type and value, -0 as 0; everything else by its words.
void AppendHashBytes(std::string& out, const Program& prog, int32_t type, const uint64_t* v) {
  const TypeDesc& t = prog.types[type];
  auto words = [&](const uint64_t* w, size_t n) { out.append(reinterpret_cast<const char*>(w), n * sizeof(uint64_t)); };
  switch (t.kind) {
    case TypeDesc::kString:
      words(&v[1], 1);  // the length first: "ab"+"c" and "a"+"bc" stay apart
      out.append(reinterpret_cast<const char*>(v[0]), v[1]);
      return;
    case TypeDesc::kFloat: {
      uint64_t w = std::bit_cast<double>(v[0]) == 0 ? 0 : v[0];
      words(&w, 1);
      return;
    }
    case TypeDesc::kInterface: {
      words(v, 1);
      if (v[0] == 0) return;
      const TypeDesc& d = prog.types[v[0] - 1];
      AppendHashBytes(out, prog, static_cast<int32_t>(v[0] - 1), d.words == 1 ? &v[1] : reinterpret_cast<const uint64_t*>(v[1]));
      return;
    }
    case TypeDesc::kStruct:
      for (const TypeDesc::Field& f : t.fields) AppendHashBytes(out, prog, f.type, v + f.offset);
      return;
    case TypeDesc::kArray:
      for (int64_t i = 0; i < t.length; i++) AppendHashBytes(out, prog, t.elem, v + i * prog.types[t.elem].words);
      return;
    default:
      words(v, t.words);
  }
}

}  // namespace

std::string VmMap::HashKey(const uint64_t* key) const {
  if (string_key_) return std::string(reinterpret_cast<const char*>(key[0]), key[1]);
  if (prog_ && key_type_ >= 0) {
    std::string out;
    AppendHashBytes(out, *prog_, key_type_, key);
    return out;
  }
  return std::string(reinterpret_cast<const char*>(key), key_words_ * sizeof(uint64_t));
}

const uint64_t* VmMap::Find(const uint64_t* key) const {
  auto it = entries_.find(HashKey(key));
  if (it == entries_.end()) return nullptr;
  // A zero-size value (map[K]struct{}) still has to read as present.
  static constexpr uint64_t kNoWords[1] = {0};
  return it->second.value.empty() ? kNoWords : it->second.value.data();
}

void VmMap::Set(const uint64_t* key, const uint64_t* value) {
  Entry& e = entries_[HashKey(key)];
  e.key.assign(key, key + key_words_);
  e.value.assign(value, value + value_words_);
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
