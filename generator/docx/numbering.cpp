#include "docx/numbering.h"

#include <algorithm>

#include "core/text.h"
#include "render/progress_report_view.h"

namespace mspdoc {
namespace {

int int_value(const pugi::xml_node& node, int fallback) {
  pugi::xml_attribute value = node.attribute("w:val");
  return value ? value.as_int(fallback) : fallback;
}

std::string letters(int value, bool upper) {
  if (value <= 0) return "";
  std::string out(std::size_t((value - 1) / 26 + 1), char((upper ? 'A' : 'a') + (value - 1) % 26));
  return out;
}

std::optional<NumberingRef> read_num_pr(const pugi::xml_node& properties) {
  pugi::xml_node num_pr = properties.child("w:numPr");
  if (!num_pr) return std::nullopt;
  NumberingRef ref;
  ref.num_id = int_value(num_pr.child("w:numId"), 0);
  ref.level = std::clamp(int_value(num_pr.child("w:ilvl"), 0), 0, 8);
  return ref;
}

}  // namespace

DocxNumbering::DocxNumbering(const pugi::xml_document& numbering, const pugi::xml_document& styles) {
  pugi::xml_node root = numbering.child("w:numbering");
  for (pugi::xml_node abstract : root.children("w:abstractNum")) {
    auto& levels = abstracts_[abstract.attribute("w:abstractNumId").as_int(-1)];
    for (pugi::xml_node lvl : abstract.children("w:lvl")) {
      Level level;
      level.start = int_value(lvl.child("w:start"), 1);
      level.format = lvl.child("w:numFmt").attribute("w:val").as_string("decimal");
      level.text = lvl.child("w:lvlText").attribute("w:val").as_string("");
      if (lvl.child("w:lvlRestart")) level.restart_after = int_value(lvl.child("w:lvlRestart"), -1);
      levels[std::clamp(lvl.attribute("w:ilvl").as_int(0), 0, 8)] = level;
    }
  }
  for (pugi::xml_node num : root.children("w:num")) {
    Instance instance;
    instance.abstract_id = int_value(num.child("w:abstractNumId"), -1);
    for (pugi::xml_node override_node : num.children("w:lvlOverride"))
      if (pugi::xml_node start = override_node.child("w:startOverride"))
        instance.start_overrides[std::clamp(override_node.attribute("w:ilvl").as_int(0), 0, 8)] =
            int_value(start, 1);
    instances_[num.attribute("w:numId").as_int(0)] = instance;
  }
  for (pugi::xml_node style : styles.child("w:styles").children("w:style")) {
    Style entry;
    entry.name = style.child("w:name").attribute("w:val").as_string("");
    entry.based_on = style.child("w:basedOn").attribute("w:val").as_string("");
    entry.numbering = read_num_pr(style.child("w:pPr"));
    entry.outline_level = int_value(style.child("w:pPr").child("w:outlineLvl"), -1);
    styles_[style.attribute("w:styleId").as_string("")] = entry;
  }
}

namespace {
std::string style_of(const pugi::xml_node& properties) {
  return properties.child("w:pStyle").attribute("w:val").as_string("");
}
}  // namespace

bool DocxNumbering::has_numbering(const Style& style) {
  return style.numbering.has_value();
}

std::optional<NumberingRef> DocxNumbering::reference(const pugi::xml_node& properties) const {
  if (auto direct = read_num_pr(properties)) {
    if (!properties.child("w:numPr").child("w:numId")) {  // level only: the style says which list
      if (const Style* style = first_in_chain(style_of(properties), has_numbering))
        return NumberingRef{style->numbering->num_id, direct->level};
    }
    return direct->num_id == 0 ? std::nullopt : direct;
  }
  const Style* style = first_in_chain(style_of(properties), has_numbering);
  if (!style || style->numbering->num_id == 0) return std::nullopt;
  return style->numbering;
}

const DocxNumbering::Style* DocxNumbering::first_in_chain(std::string style_id,
                                                          bool (*has)(const Style&)) const {
  for (int depth = 0; depth < 16; ++depth) {
    auto found = styles_.find(style_id);
    if (found == styles_.end()) return nullptr;
    if (has(found->second)) return &found->second;
    style_id = found->second.based_on;
  }
  return nullptr;
}

const DocxNumbering::Level* DocxNumbering::level(int abstract_id, int ilvl) const {
  auto abstract = abstracts_.find(abstract_id);
  if (abstract == abstracts_.end()) return nullptr;
  auto found = abstract->second.find(ilvl);
  return found == abstract->second.end() ? nullptr : &found->second;
}

std::string DocxNumbering::format_counter(int value, const std::string& format) const {
  if (format == "lowerLetter") return letters(value, false);
  if (format == "upperLetter") return letters(value, true);
  if (format == "lowerRoman") return lower_ascii(roman_numeral(value));
  if (format == "upperRoman") return roman_numeral(value);
  if (format == "decimalZero") return (value < 10 ? "0" : "") + std::to_string(value);
  if (format == "bullet" || format == "none") return "";
  return std::to_string(value);
}

NumberLabel DocxNumbering::next(const NumberingRef& ref) {
  auto instance = instances_.find(ref.num_id);
  if (instance == instances_.end()) return {};
  int abstract_id = instance->second.abstract_id;
  auto& counters = counters_.try_emplace(abstract_id, std::array<int, 9>{}).first->second;
  if (started_instances_.insert(ref.num_id).second)
    for (const auto& [ilvl, start] : instance->second.start_overrides)
      counters[std::size_t(ilvl)] = start - 1;
  const Level* current = level(abstract_id, ref.level);
  if (current == nullptr) return {};
  int& counter = counters[std::size_t(ref.level)];
  counter = counter == 0 && !instance->second.start_overrides.count(ref.level) ? current->start : counter + 1;
  for (int deeper = ref.level + 1; deeper < 9; ++deeper) {
    const Level* below = level(abstract_id, deeper);
    if (!below || below->restart_after != 0) counters[std::size_t(deeper)] = 0;
  }
  NumberLabel label;
  label.bullet = current->format == "bullet";
  if (label.bullet) return NumberLabel{current->text, "", true};
  label.number = format_counter(counter, current->format);
  for (std::size_t i = 0; i < current->text.size(); ++i) {
    char c = current->text[i];
    if (c == '%' && i + 1 < current->text.size() && current->text[i + 1] >= '1' &&
        current->text[i + 1] <= '9') {
      int which = current->text[++i] - '1';
      const Level* shown = level(abstract_id, which);
      int value = counters[std::size_t(which)] == 0 && shown ? shown->start : counters[std::size_t(which)];
      label.text += format_counter(value, shown ? shown->format : "decimal");
    } else {
      label.text += c;
    }
  }
  return label;
}

std::string DocxNumbering::style_name(const std::string& style_id) const {
  auto found = styles_.find(style_id);
  return found == styles_.end() || found->second.name.empty() ? style_id : found->second.name;
}

int DocxNumbering::style_outline_level(const std::string& style_id) const {
  const Style* style = first_in_chain(style_id, [](const Style& s) { return s.outline_level >= 0; });
  return style ? style->outline_level : -1;
}

}  // namespace mspdoc
