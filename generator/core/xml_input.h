#pragma once
/// Reading records: XML parsed without network, DTDs or entity expansion, then checked against a
/// RelaxNG schema, with every problem located as file:line.

#include <libxml/tree.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace mspdoc {

/// A parsed, schema-valid XML file. Owns its libxml2 document; nodes live as long as it does.
/// The bytes of a record file, refused before parsing when it is no regular file, larger than
/// 64 MiB (checked before reading) or holds a DOCTYPE or ENTITY anywhere (an error at its line).
Result<std::string> read_record_bytes(const std::filesystem::path& path);

/// Where `xml` first holds "<!DOCTYPE" or "<!ENTITY", or npos: one pass over the bytes, however
/// many elements open on the way.
std::size_t find_dtd_declaration(std::string_view xml);

class XmlFile {
 public:
  /// Parses `path` and validates it against the RelaxNG schema at `schema`. A file with a DOCTYPE
  /// is refused. Errors name `path` and the line of each problem.
  static Result<XmlFile> load(const std::filesystem::path& path, const std::filesystem::path& schema);
  /// Parses `path` with the same limits as load() (size, DOCTYPE, nesting depth), without a schema.
  static Result<XmlFile> parse(const std::filesystem::path& path);

  /// The document element.
  xmlNode* root() const;
  /// The path as given to load(), for messages.
  const std::string& path() const { return path_; }
  /// An Error located at `node` in this file.
  Error error_at(const xmlNode* node, std::string message) const;

 private:
  struct Deleter {
    void operator()(xmlDoc* doc) const;
  };
  std::string path_;
  std::unique_ptr<xmlDoc, Deleter> doc_;
};

/// The element children of `parent` named `name` (all element children when `name` is empty).
std::vector<xmlNode*> child_elements(const xmlNode* parent, std::string_view name = {});
/// The first element child named `name`, or nullptr.
xmlNode* first_child(const xmlNode* parent, std::string_view name);
/// The attribute's value, or nullopt when absent.
std::optional<std::string> attribute(const xmlNode* node, const char* name);
/// The element's text content with surrounding white space trimmed and inner runs folded to one space.
std::string text_of(const xmlNode* node);
/// The element's local name.
std::string_view name_of(const xmlNode* node);

}  // namespace mspdoc
