// The learner's edits, autosaved per lesson (or per opened file) in the XDG data dir, so closing
// the app never loses them and a lesson's own main.go is never written to. No ImGui here.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace chanscope {

class EditStore {
 public:
  // Edits live in `dir` (DataDir()/"edits" in the app, a temporary dir in tests).
  explicit EditStore(std::filesystem::path dir) : dir_(std::move(dir)) {}

  // The key for a lesson's program, and for a .go file opened from disk.
  static std::string LessonKey(std::string_view lesson_id);
  static std::string FileKey(const std::filesystem::path& file);

  std::optional<std::string> Load(std::string_view key) const;
  bool Save(std::string_view key, std::string_view text) const;
  // Revert: the edit is moved aside to `<key>.reverted.go` (replacing an older one), not deleted,
  // so a revert clicked by mistake can still be undone by hand.
  bool Discard(std::string_view key) const;

  std::filesystem::path PathOf(std::string_view key) const;

 private:
  std::filesystem::path dir_;
};

}  // namespace chanscope
