#pragma once
/// Plain-language explanations for RelaxNG errors. libxml2 says "Expecting an element , got
/// nothing"; a drafter needs "<state> lacks <formal>". The hints read the schema itself, so they
/// stay right when the schema changes.

#include <libxml/tree.h>

#include <map>
#include <string>
#include <vector>

namespace mspdoc {

/// What a RelaxNG schema requires of each element, by element name.
class SchemaHints {
 public:
  /// Reads the rules of every named element of the parsed schema `schema`.
  static SchemaHints from(const xmlDoc* schema);

  /// A message that says what was expected, for libxml2's `message` about `node`; the original
  /// message when there is nothing better to say.
  std::string explain(const xmlNode* node, const std::string& message) const;

 private:
  struct AttributeRule {
    bool required = false;
    std::vector<std::string> values;  ///< a closed list of values, when the schema gives one
    std::string type;                 ///< XML Schema datatype: date, boolean, positiveInteger, ...
    std::string pattern;              ///< the datatype's pattern parameter, if any
  };
  struct Rule {
    std::vector<std::string> required_children;
    std::vector<std::string> allowed_children;
    std::vector<std::pair<std::string, AttributeRule>> attributes;  ///< in schema order
  };
  void collect(const xmlNode* pattern, Rule& rule, bool required, int depth) const;
  std::string explain_unexpected(const xmlNode* node) const;
  std::string explain_children(const xmlNode* node, const Rule& rule) const;
  std::string explain_attributes(const xmlNode* node, const Rule& rule) const;

  std::map<std::string, const xmlNode*> defines_;
  std::map<std::string, Rule> rules_;
};

}  // namespace mspdoc
