#include "docx/package.h"

#include <string_view>

#include "core/xml_input.h"
#include "docx/namespaces.h"

namespace mspdoc {
namespace {

/// The folder of a part name: "word/document.xml" -> "word/".
std::string folder_of(const std::string& part) {
  std::size_t slash = part.rfind('/');
  return slash == std::string::npos ? "" : part.substr(0, slash + 1);
}

/// A relationship target resolved against the source part's folder: "../x", "/word/x", "x".
std::string resolved(const std::string& folder, std::string target) {
  if (!target.empty() && target.front() == '/') return target.substr(1);
  std::string base = folder;
  while (target.rfind("../", 0) == 0) {
    target.erase(0, 3);
    if (!base.empty()) base.pop_back();
    std::size_t slash = base.rfind('/');
    base = slash == std::string::npos ? "" : base.substr(0, slash + 1);
  }
  return base + target;
}

}  // namespace

Result<bool> parse_part(const ZipParts& parts, const std::string& part, pugi::xml_document& document,
                        const std::string& file, bool required) {
  auto found = parts.find(part);
  if (found == parts.end())
    return required ? Result<bool>(Error{file, 0, "not a Word document: no " + part}) : true;
  const std::string& xml = found->second;
  // Word never writes a DOCTYPE; one can only declare entities, so it is refused unread.
  if (find_dtd_declaration(xml) != std::string::npos)
    return Error{file, 0, part + " declares a DOCTYPE, which Word documents never do; refused"};
  pugi::xml_parse_result parsed =
      document.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata);
  if (!parsed) return Error{file, 0, part + " is not well-formed XML (" + parsed.description() + ")"};
  if (needs_canonical_namespaces(xml)) canonical_namespaces(document);
  return true;
}

std::map<std::string, std::string> part_relationships(const ZipParts& parts, const std::string& part) {
  std::string folder = folder_of(part);
  std::string rels_name = folder + "_rels/" + part.substr(folder.size()) + ".rels";
  std::map<std::string, std::string> targets;
  pugi::xml_document rels;
  if (!parse_part(parts, rels_name, rels, "", false)) return targets;
  for (pugi::xml_node rel : rels.child("Relationships").children("Relationship")) {
    if (std::string_view(rel.attribute("TargetMode").as_string("")) == "External") continue;
    targets[rel.attribute("Id").as_string("")] = resolved(folder, rel.attribute("Target").as_string(""));
  }
  return targets;
}

}  // namespace mspdoc
