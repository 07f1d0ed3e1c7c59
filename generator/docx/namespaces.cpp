#include "docx/namespaces.h"

#include <array>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace mspdoc {
namespace {

struct KnownNamespace {
  std::string_view prefix, transitional, strict;
};

constexpr std::array<KnownNamespace, 17> kKnown = {{
    {"w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
     "http://purl.oclc.org/ooxml/wordprocessingml/main"},
    {"r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
     "http://purl.oclc.org/ooxml/officeDocument/relationships"},
    {"m", "http://schemas.openxmlformats.org/officeDocument/2006/math",
     "http://purl.oclc.org/ooxml/officeDocument/math"},
    {"wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
     "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing"},
    {"a", "http://schemas.openxmlformats.org/drawingml/2006/main",
     "http://purl.oclc.org/ooxml/drawingml/main"},
    {"pic", "http://schemas.openxmlformats.org/drawingml/2006/picture",
     "http://purl.oclc.org/ooxml/drawingml/picture"},
    {"mc", "http://schemas.openxmlformats.org/markup-compatibility/2006", ""},
    {"wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape", ""},
    {"wpg", "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup", ""},
    {"wpc", "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas", ""},
    {"wp14", "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing", ""},
    {"w14", "http://schemas.microsoft.com/office/word/2010/wordml", ""},
    {"w15", "http://schemas.microsoft.com/office/word/2012/wordml", ""},
    {"v", "urn:schemas-microsoft-com:vml", ""},
    {"o", "urn:schemas-microsoft-com:office:office", ""},
    {"w10", "urn:schemas-microsoft-com:office:word", ""},
    {"a14", "http://schemas.microsoft.com/office/drawing/2010/main", ""},
}};

const KnownNamespace* known(std::string_view uri) {
  for (const KnownNamespace& ns : kKnown)
    if (uri == ns.transitional || (!ns.strict.empty() && uri == ns.strict)) return &ns;
  return nullptr;
}

/// True when a declaration binds `prefix` (empty: the default namespace) in a way the reader's
/// names do not already assume.
bool unusual(std::string_view prefix, std::string_view uri) {
  const KnownNamespace* ns = known(uri);
  if (ns) return prefix != ns->prefix || uri != ns->transitional;
  for (const KnownNamespace& other : kKnown)
    if (prefix == other.prefix) return true;  // a known prefix bound to something else
  return false;
}

using Scope = std::map<std::string, std::string, std::less<>>;  ///< prefix -> canonical prefix

std::string renamed(std::string_view name, const Scope& scope, bool is_attribute) {
  std::size_t colon = name.find(':');
  std::string_view prefix = colon == std::string_view::npos ? std::string_view() : name.substr(0, colon);
  if (prefix.empty() && is_attribute) return std::string(name);
  auto found = scope.find(prefix);
  if (found == scope.end() || found->second == prefix) return std::string(name);
  std::string_view local = colon == std::string_view::npos ? name : name.substr(colon + 1);
  return found->second.empty() ? std::string(local) : found->second + ":" + std::string(local);
}

std::string renamed_list(std::string_view prefixes, const Scope& scope) {
  std::istringstream in{std::string(prefixes)};
  std::string out;
  for (std::string prefix; in >> prefix;) {
    auto found = scope.find(prefix);
    out += (out.empty() ? "" : " ") + (found == scope.end() ? prefix : found->second);
  }
  return out;
}

/// The scope inside `element`: its declarations added, rewritten to the canonical ones.
Scope enter(pugi::xml_node element, Scope scope) {
  std::vector<pugi::xml_attribute> redundant;
  for (pugi::xml_attribute attribute : element.attributes()) {
    std::string_view name = attribute.name();
    if (name != "xmlns" && name.rfind("xmlns:", 0) != 0) continue;
    std::string prefix(name == "xmlns" ? "" : name.substr(6));
    const KnownNamespace* ns = known(attribute.value());
    if (!ns) {
      scope[prefix] = prefix;
      continue;
    }
    scope[prefix] = std::string(ns->prefix);
    std::string canonical = "xmlns:" + std::string(ns->prefix);
    if (name != canonical && element.attribute(canonical.c_str()))
      redundant.push_back(attribute);
    else
      attribute.set_name(canonical.c_str()), attribute.set_value(std::string(ns->transitional).c_str());
  }
  for (pugi::xml_attribute attribute : redundant) element.remove_attribute(attribute);
  return scope;
}

void rename(pugi::xml_node element, const Scope& scope) {
  std::string name = renamed(element.name(), scope, false);
  if (name != element.name()) element.set_name(name.c_str());
  for (pugi::xml_attribute attribute : element.attributes()) {
    std::string_view attribute_name = attribute.name();
    if (attribute_name == "xmlns" || attribute_name.rfind("xmlns:", 0) == 0) continue;
    std::string new_name = renamed(attribute_name, scope, true);
    if (new_name != attribute_name) attribute.set_name(new_name.c_str());
    std::string_view final_name = attribute.name();
    if (final_name == "Requires" || final_name == "mc:Ignorable" || final_name == "mc:ProcessContent")
      attribute.set_value(renamed_list(attribute.value(), scope).c_str());
  }
}

}  // namespace

bool needs_canonical_namespaces(std::string_view xml) {
  for (std::size_t at = xml.find("xmlns"); at != std::string_view::npos; at = xml.find("xmlns", at + 5)) {
    std::size_t equals = xml.find('=', at);
    if (equals == std::string_view::npos || equals + 2 >= xml.size()) return false;
    std::string_view name = xml.substr(at, equals - at);
    while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);
    std::string_view prefix =
        name == "xmlns" ? std::string_view() : name.substr(std::min<std::size_t>(6, name.size()));
    std::size_t open = xml.find_first_of("\"'", equals);
    if (open == std::string_view::npos) return false;
    std::size_t close = xml.find(xml[open], open + 1);
    if (close == std::string_view::npos) return false;
    if (unusual(prefix, xml.substr(open + 1, close - open - 1))) return true;
  }
  return false;
}

void canonical_namespaces(pugi::xml_document& document) {
  struct Frame {
    pugi::xml_node node;
    Scope scope;
  };
  std::vector<Frame> stack;
  for (pugi::xml_node child : document.children())
    if (child.type() == pugi::node_element) stack.push_back(Frame{child, Scope{}});
  while (!stack.empty()) {
    Frame frame = std::move(stack.back());
    stack.pop_back();
    Scope scope = enter(frame.node, std::move(frame.scope));
    rename(frame.node, scope);
    for (pugi::xml_node child : frame.node.children())
      if (child.type() == pugi::node_element) stack.push_back(Frame{child, scope});
  }
}

}  // namespace mspdoc
