#include "core/schema_hints.h"

#include <algorithm>
#include <functional>
#include <regex>
#include <set>

#include "core/date.h"
#include "core/text.h"
#include "core/xml_input.h"

namespace mspdoc {
namespace {

bool is_rng(const xmlNode* node, std::string_view name) {
  return node->type == XML_ELEMENT_NODE && name_of(node) == name;
}

void walk_elements(const xmlNode* node, const std::function<void(const xmlNode*)>& visit) {
  for (const xmlNode* child = node ? node->children : nullptr; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    visit(child);
    walk_elements(child, visit);
  }
}

/// What an <attribute> pattern allows: its closed list of values, or its datatype and pattern.
void read_attribute_pattern(const xmlNode* attribute_pattern, std::vector<std::string>& values,
                            std::string& type, std::string& pattern) {
  walk_elements(attribute_pattern, [&](const xmlNode* node) {
    if (is_rng(node, "value")) values.push_back(text_of(node));
    if (is_rng(node, "data")) type = attribute(node, "type").value_or("");
    if (is_rng(node, "param") && attribute(node, "name") == "pattern") pattern = text_of(node);
  });
}

bool matches_type(const std::string& value, const std::string& type, const std::string& pattern) {
  if (!pattern.empty() && !std::regex_match(value, std::regex(pattern))) return false;
  if (type == "date") return Date::parse(value).has_value();
  if (type == "boolean") return value == "true" || value == "false" || value == "1" || value == "0";
  if (type == "positiveInteger" || type == "nonNegativeInteger") {
    bool digits = !value.empty() &&
                  std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
    return digits && (type != "positiveInteger" || value.find_first_not_of('0') != std::string::npos);
  }
  return true;
}

std::string expectation(const std::vector<std::string>& values, const std::string& type,
                        const std::string& pattern) {
  if (!values.empty()) return join_list(values, "or");
  if (type == "date") return "a date YYYY-MM-DD";
  if (type == "boolean") return "true or false";
  if (type == "positiveInteger") return "a whole number above 0";
  if (!pattern.empty()) return "a value matching " + pattern;
  return "a valid " + (type.empty() ? std::string("value") : type);
}

std::string tags(const std::vector<std::string>& names) {
  std::vector<std::string> tagged;
  for (const std::string& name : names) tagged.push_back("<" + name + ">");
  return join_list(tagged, "or");
}

std::set<std::string> present_children(const xmlNode* node) {
  std::set<std::string> names;
  for (const xmlNode* child : child_elements(node)) names.insert(std::string(name_of(child)));
  return names;
}

/// The element a message is about. libxml2 sometimes reports "Element state failed to validate
/// attributes" at a child of <state>, so the name in the message wins over the node given.
const xmlNode* subject_of(const xmlNode* node, const std::string& message) {
  const std::string prefix = "Element ";
  if (message.rfind(prefix, 0) != 0) return node;
  std::string named = message.substr(prefix.size(), message.find(' ', prefix.size()) - prefix.size());
  for (const xmlNode* candidate = node; candidate && candidate->type == XML_ELEMENT_NODE;
       candidate = candidate->parent)
    if (name_of(candidate) == named) return candidate;
  return node;
}

}  // namespace

SchemaHints SchemaHints::from(const xmlDoc* schema) {
  SchemaHints hints;
  const xmlNode* root = xmlDocGetRootElement(const_cast<xmlDoc*>(schema));
  walk_elements(root, [&](const xmlNode* node) {
    if (is_rng(node, "define")) hints.defines_[attribute(node, "name").value_or("")] = node;
  });
  walk_elements(root, [&](const xmlNode* node) {
    auto name = attribute(node, "name");
    if (!is_rng(node, "element") || !name || hints.rules_.count(*name)) return;
    Rule rule;
    hints.collect(node, rule, true, 0);
    hints.rules_[*name] = rule;
  });
  return hints;
}

void SchemaHints::collect(const xmlNode* pattern, Rule& rule, bool required, int depth) const {
  if (depth > 32) return;
  for (const xmlNode* child = pattern->children; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    std::string_view kind = name_of(child);
    std::string name = attribute(child, "name").value_or("");
    if (kind == "element") {
      rule.allowed_children.push_back(name);
      if (required) rule.required_children.push_back(name);
    } else if (kind == "attribute") {
      AttributeRule attribute_rule;
      attribute_rule.required = required;
      read_attribute_pattern(child, attribute_rule.values, attribute_rule.type, attribute_rule.pattern);
      rule.attributes.emplace_back(name, attribute_rule);
    } else if (kind == "ref") {
      if (auto found = defines_.find(name); found != defines_.end())
        collect(found->second, rule, required, depth + 1);
    } else if (kind == "group" || kind == "oneOrMore" || kind == "interleave") {
      collect(child, rule, required, depth + 1);
    } else if (kind == "optional" || kind == "zeroOrMore" || kind == "choice") {
      collect(child, rule, false, depth + 1);
    }
  }
}

std::string SchemaHints::explain(const xmlNode* reported, const std::string& message) const {
  if (reported == nullptr || reported->type != XML_ELEMENT_NODE) return message;
  const xmlNode* node = subject_of(reported, message);
  std::string element(name_of(node));
  std::string better;
  if (message.find("Did not expect element") != std::string::npos) {
    better = explain_unexpected(node);
  } else if (auto found = rules_.find(element); found != rules_.end()) {
    if (message.find("Expecting an element") != std::string::npos ||
        message.find("failed to validate content") != std::string::npos)
      better = explain_children(node, found->second);
    else if (message.find("attribute") != std::string::npos)
      better = explain_attributes(node, found->second);
  }
  return better.empty() ? message : better;
}

std::string SchemaHints::explain_unexpected(const xmlNode* node) const {
  if (node->parent == nullptr || node->parent->type != XML_ELEMENT_NODE) return {};
  std::string parent(name_of(node->parent));
  auto rule = rules_.find(parent);
  if (rule == rules_.end()) return {};
  std::string missing = explain_children(node->parent, rule->second);
  if (!missing.empty()) return missing + "; found <" + std::string(name_of(node)) + "> where it belongs";
  return "<" + std::string(name_of(node)) + "> is not expected in <" + parent + ">; expected " +
         tags(rule->second.allowed_children);
}

std::string SchemaHints::explain_children(const xmlNode* node, const Rule& rule) const {
  std::set<std::string> present = present_children(node);
  std::vector<std::string> missing;
  for (const std::string& name : rule.required_children)
    if (!present.count(name)) missing.push_back(name);
  if (missing.empty()) return {};
  std::vector<std::string> tagged;
  for (const std::string& name : missing) tagged.push_back("<" + name + ">");
  return "<" + std::string(name_of(node)) + "> lacks " + join_list(tagged) + ", which is required";
}

std::string SchemaHints::explain_attributes(const xmlNode* node, const Rule& rule) const {
  std::string element(name_of(node));
  for (const auto& [name, allowed] : rule.attributes) {
    auto value = attribute(node, name.c_str());
    if (!value && allowed.required)
      return "<" + element + "> lacks the attribute " + name + ", which is required";
    if (!value) continue;
    bool listed = std::find(allowed.values.begin(), allowed.values.end(), *value) != allowed.values.end();
    if (allowed.values.empty() ? !matches_type(*value, allowed.type, allowed.pattern) : !listed)
      return "<" + element + "> has " + name + "=\"" + *value + "\"; expected " +
             expectation(allowed.values, allowed.type, allowed.pattern);
  }
  for (const xmlAttr* attr = node->properties; attr; attr = attr->next) {
    std::string name(reinterpret_cast<const char*>(attr->name));
    auto known = std::find_if(rule.attributes.begin(), rule.attributes.end(),
                              [&](const auto& entry) { return entry.first == name; });
    if (known == rule.attributes.end())
      return "<" + element + "> has an attribute " + name + " that is not allowed";
  }
  return {};
}

}  // namespace mspdoc
