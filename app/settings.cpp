// Settings as `key = value` lines: readable, diffable, and tolerant of old or hand-edited files.
#include "settings.h"

#include <algorithm>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

#include "user_dirs.h"

namespace chanscope {
namespace {

std::string Trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  return std::string(text.substr(first, text.find_last_not_of(" \t\r") - first + 1));
}

// Every setting once: its key, how it is written and how it is read back.
struct Field {
  const char* key;
  std::function<std::string(const Settings&)> write;
  std::function<void(Settings&, const std::string&)> read;
};

Field Panel(const char* key, bool PanelVisibility::*member) {
  return {key, [member](const Settings& s) { return std::string(s.panels.*member ? "1" : "0"); },
          [member](Settings& s, const std::string& v) { s.panels.*member = v == "1"; }};
}

Field Share(const char* key, float LayoutShares::*member) {
  return {key, [member](const Settings& s) { return std::to_string(s.layout.*member); },
          [member](Settings& s, const std::string& v) {
            s.layout.*member = std::clamp(std::stof(v), 0.05f, 0.95f);
          }};
}

Field Text(const char* key, std::string Settings::*member) {
  return {key, [member](const Settings& s) { return s.*member; },
          [member](Settings& s, const std::string& v) { s.*member = v; }};
}

const std::vector<Field>& Fields() {
  static const std::vector<Field> fields = {
      Panel("panel.lesson", &PanelVisibility::lesson),
      Panel("panel.code", &PanelVisibility::code),
      Panel("panel.stage", &PanelVisibility::stage),
      Panel("panel.inspector", &PanelVisibility::inspector),
      Panel("panel.timeline", &PanelVisibility::timeline),
      Panel("panel.console", &PanelVisibility::console),
      Share("layout.lesson_width", &LayoutShares::lesson_width),
      Share("layout.code_width", &LayoutShares::code_width),
      Share("layout.console_height", &LayoutShares::console_height),
      Share("layout.inspector_width", &LayoutShares::inspector_width),
      Share("layout.timeline_height", &LayoutShares::timeline_height),
      Text("language", &Settings::language),
      Text("theme", &Settings::theme),
      Text("last_lesson", &Settings::last_lesson),
      {"ui_scale", [](const Settings& s) { return std::to_string(s.ui_scale); },
       [](Settings& s, const std::string& v) {
         s.ui_scale = std::clamp(std::stof(v), kMinUiScale, kMaxUiScale);
       }},
      {"presentation", [](const Settings& s) { return std::string(s.presentation ? "1" : "0"); },
       [](Settings& s, const std::string& v) { s.presentation = v == "1"; }},
      {"events_per_second", [](const Settings& s) { return std::to_string(s.events_per_second); },
       [](Settings& s, const std::string& v) {
         s.events_per_second = std::clamp(std::stof(v), 0.25f, 1e6f);
       }},
  };
  return fields;
}

void Sanitise(Settings& s) {
  if (s.language != "en" && s.language != "ko") s.language = "en";
  if (s.theme != "dark" && s.theme != "light") s.theme = "dark";
}

}  // namespace

Settings LoadSettings(const std::filesystem::path& file) {
  Settings settings;
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) {
    const auto equals = line.find('=');
    if (line.starts_with('#') || equals == std::string::npos) continue;
    const std::string key = Trim(std::string_view(line).substr(0, equals));
    const std::string value = Trim(std::string_view(line).substr(equals + 1));
    for (const Field& field : Fields()) {
      if (key != field.key) continue;
      try {
        field.read(settings, value);
      } catch (const std::exception&) {  // a hand-edited number that does not parse: default
      }
    }
  }
  Sanitise(settings);
  return settings;
}

bool SaveSettings(const std::filesystem::path& file, const Settings& settings) {
  std::ostringstream out;
  out << "# Chanscope preferences; written by the app on exit and when they change.\n";
  for (const Field& field : Fields()) out << field.key << " = " << field.write(settings) << "\n";
  return WriteFileAtomically(file, out.str());
}

std::set<std::string> LoadCompleted(const std::filesystem::path& file) {
  std::set<std::string> ids;
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line))
    if (std::string id = Trim(line); !id.empty()) ids.insert(id);
  return ids;
}

bool SaveCompleted(const std::filesystem::path& file, const std::set<std::string>& ids) {
  std::string text;
  for (const std::string& id : ids) text += id + "\n";
  return WriteFileAtomically(file, text);
}

bool WriteFileAtomically(const std::filesystem::path& file, const std::string& text) {
  if (file.has_parent_path() && !EnsureDir(file.parent_path())) return false;
  std::filesystem::path temporary = file;
  temporary += ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out.flush()) return false;
  }
  std::error_code error;
  std::filesystem::rename(temporary, file, error);
  return !error;
}

}  // namespace chanscope
