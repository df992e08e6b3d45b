// EditStore: one file per key, written atomically.
#include "edit_store.h"

#include <cctype>
#include <system_error>

#include "lesson_catalog.h"
#include "settings.h"

namespace chanscope {

std::string EditStore::LessonKey(std::string_view lesson_id) {
  return "lesson-" + std::string(lesson_id);
}

std::string EditStore::FileKey(const std::filesystem::path& file) {
  // The absolute path with separators made safe: readable, and unique per file.
  std::string key = "file";
  std::error_code error;
  for (char c : std::filesystem::weakly_canonical(file, error).string())
    key += (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-') ? c : '_';
  return key;
}

std::filesystem::path EditStore::PathOf(std::string_view key) const {
  return dir_ / (std::string(key) + ".go");
}

std::optional<std::string> EditStore::Load(std::string_view key) const {
  std::error_code error;
  if (!std::filesystem::exists(PathOf(key), error)) return std::nullopt;
  return ReadTextFile(PathOf(key));
}

bool EditStore::Save(std::string_view key, std::string_view text) const {
  return WriteFileAtomically(PathOf(key), std::string(text));
}

bool EditStore::Discard(std::string_view key) const {
  std::error_code error;
  if (!std::filesystem::exists(PathOf(key), error)) return true;
  std::filesystem::rename(PathOf(key), dir_ / (std::string(key) + ".reverted.go"), error);
  return !error;
}

}  // namespace chanscope
