#include "docx/numbering.h"

#include <algorithm>

#include "core/text.h"
#include "registry/un_style.h"

namespace mspdoc {
namespace {

int int_value(const pugi::xml_node& node, int fallback) {
  pugi::xml_attribute value = node.attribute("w:val");
  return value ? value.as_int(fallback) : fallback;
}

std::string letters(int value, bool upper) {
  if (value <= 0) return "";
  return std::string(std::size_t((value - 1) / 26 + 1), char((upper ? 'A' : 'a') + (value - 1) % 26));
}

std::string chicago(int value) {
  static const char* const kMarks[] = {"*", "\u2020", "\u2021", "\u00a7"};
  if (value <= 0) return "";
  std::string out;
  for (int i = 0; i <= (value - 1) / 4; ++i) out += kMarks[(value - 1) % 4];
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

bool switched_on(const pugi::xml_node& property) {
  if (!property) return false;
  std::string_view value = property.attribute("w:val").as_string("true");
  return value != "0" && value != "false" && value != "off";
}

std::string style_of(const pugi::xml_node& properties) {
  return properties.child("w:pStyle").attribute("w:val").as_string("");
}

}  // namespace

std::string format_number(int value, const std::string& format) {
  if (format == "lowerLetter") return letters(value, false);
  if (format == "upperLetter") return letters(value, true);
  if (format == "lowerRoman") return lower_ascii(roman_numeral(value));
  if (format == "upperRoman") return roman_numeral(value);
  if (format == "decimalZero") return (value < 10 ? "0" : "") + std::to_string(value);
  if (format == "chicago") return chicago(value);
  if (format == "bullet" || format == "none") return "";
  return std::to_string(value);
}

namespace {

/// One w:lvl element as a level definition.
template <class Level>
Level read_level(const pugi::xml_node& lvl) {
  Level level;
  level.start = int_value(lvl.child("w:start"), 1);
  level.format = lvl.child("w:numFmt").attribute("w:val").as_string("decimal");
  level.text = lvl.child("w:lvlText").attribute("w:val").as_string("");
  if (lvl.child("w:lvlRestart")) level.restart_after = int_value(lvl.child("w:lvlRestart"), -1);
  level.legal = switched_on(lvl.child("w:isLgl"));
  return level;
}

int level_index(const pugi::xml_node& node) {
  return std::clamp(node.attribute("w:ilvl").as_int(0), 0, 8);
}

}  // namespace

DocxNumbering::DocxNumbering(const pugi::xml_document& numbering, const pugi::xml_document& styles) {
  pugi::xml_node root = numbering.child("w:numbering");
  for (pugi::xml_node abstract : root.children("w:abstractNum")) {
    int id = abstract.attribute("w:abstractNumId").as_int(-1);
    auto& levels = abstracts_[id];
    for (pugi::xml_node lvl : abstract.children("w:lvl")) levels[level_index(lvl)] = read_level<Level>(lvl);
    if (pugi::xml_node link = abstract.child("w:numStyleLink"))
      style_links_[id] = link.attribute("w:val").as_string("");
  }
  for (pugi::xml_node num : root.children("w:num")) {
    Instance instance;
    instance.abstract_id = int_value(num.child("w:abstractNumId"), -1);
    for (pugi::xml_node override_node : num.children("w:lvlOverride")) {
      int ilvl = level_index(override_node);
      if (pugi::xml_node lvl = override_node.child("w:lvl")) {
        instance.level_overrides[ilvl] = read_level<Level>(lvl);
        if (lvl.child("w:start")) instance.start_overrides[ilvl] = instance.level_overrides[ilvl].start;
      }
      if (pugi::xml_node start = override_node.child("w:startOverride"))
        instance.start_overrides[ilvl] = int_value(start, 1);
    }
    instances_[num.attribute("w:numId").as_int(0)] = instance;
  }
  for (pugi::xml_node style : styles.child("w:styles").children("w:style")) {
    Style entry;
    entry.name = style.child("w:name").attribute("w:val").as_string("");
    entry.based_on = style.child("w:basedOn").attribute("w:val").as_string("");
    entry.numbering = read_num_pr(style.child("w:pPr"));
    entry.outline_level = int_value(style.child("w:pPr").child("w:outlineLvl"), -1);
    entry.hidden = switched_on(style.child("w:rPr").child("w:vanish"));
    styles_[style.attribute("w:styleId").as_string("")] = entry;
  }
}

bool DocxNumbering::has_numbering(const Style& style) {
  return style.numbering.has_value();
}

std::optional<NumberingRef> DocxNumbering::reference(const pugi::xml_node& properties) const {
  if (auto direct = read_num_pr(properties)) {
    if (!properties.child("w:numPr").child("w:numId")) {  // level only: the style says which list
      if (const Style* style = first_in_chain(style_of(properties), has_numbering))
        return style->numbering->num_id == 0
                   ? std::nullopt
                   : std::optional(NumberingRef{style->numbering->num_id, direct->level});
      return std::nullopt;
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

int DocxNumbering::resolved_abstract(int abstract_id) const {
  for (int hops = 0; hops < 8; ++hops) {
    auto link = style_links_.find(abstract_id);
    if (link == style_links_.end()) return abstract_id;
    auto style = styles_.find(link->second);
    if (style == styles_.end() || !style->second.numbering) return abstract_id;
    auto instance = instances_.find(style->second.numbering->num_id);
    if (instance == instances_.end() || instance->second.abstract_id == abstract_id) return abstract_id;
    abstract_id = instance->second.abstract_id;
  }
  return abstract_id;
}

const DocxNumbering::Level* DocxNumbering::level(const Instance& instance, int ilvl) const {
  if (auto overridden = instance.level_overrides.find(ilvl); overridden != instance.level_overrides.end())
    return &overridden->second;
  auto abstract = abstracts_.find(resolved_abstract(instance.abstract_id));
  if (abstract == abstracts_.end()) return nullptr;
  auto found = abstract->second.find(ilvl);
  return found == abstract->second.end() ? nullptr : &found->second;
}

NumberLabel DocxNumbering::next(const NumberingRef& ref) {
  auto found = instances_.find(ref.num_id);
  if (found == instances_.end()) return {};
  const Instance& instance = found->second;
  int list = resolved_abstract(instance.abstract_id);
  auto& counters = counters_.try_emplace(list, std::array<int, 9>{}).first->second;
  if (started_instances_.insert(ref.num_id).second)
    for (const auto& [ilvl, start] : instance.start_overrides) counters[std::size_t(ilvl)] = start - 1;
  const Level* current = level(instance, ref.level);
  if (current == nullptr) return {};
  int& counter = counters[std::size_t(ref.level)];
  counter = counter == 0 && !instance.start_overrides.count(ref.level) ? current->start : counter + 1;
  for (int deeper = ref.level + 1; deeper < 9; ++deeper) {
    const Level* below = level(instance, deeper);
    if (!below || below->restart_after != 0) counters[std::size_t(deeper)] = 0;
  }
  if (current->format == "bullet") return NumberLabel{current->text, "", true};
  NumberLabel label;
  label.number = format_number(counter, current->format);
  for (std::size_t i = 0; i < current->text.size(); ++i) {
    char c = current->text[i];
    if (c != '%' || i + 1 >= current->text.size() || current->text[i + 1] < '1' ||
        current->text[i + 1] > '9') {
      label.text += c;
      continue;
    }
    int which = current->text[++i] - '1';
    const Level* shown = level(instance, which);
    int value = counters[std::size_t(which)] == 0 && shown ? shown->start : counters[std::size_t(which)];
    std::string format = shown ? shown->format : "decimal";
    if (current->legal && which < ref.level) format = "decimal";
    label.text += format_number(value, format);
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

bool DocxNumbering::style_hidden(const std::string& style_id) const {
  return first_in_chain(style_id, [](const Style& s) { return s.hidden; }) != nullptr;
}

}  // namespace mspdoc
