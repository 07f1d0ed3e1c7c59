#include "docx/ooxml_schema.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/uri.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>

#include <algorithm>
#include <array>
#include <climits>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <string_view>
#include <utility>
#include <vector>

#include "core/xml_input.h"

namespace mspdoc {
namespace {

constexpr const char* kMcNs = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/// Which schema validates a part, by the namespace of its root element.
struct RootSchema {
  std::string_view ns;
  std::string_view file;      ///< relative to the schema folder
  bool markup_compatibility;  ///< false for package parts, where OPC forbids mc: markup
};

constexpr std::array<RootSchema, 10> kRootSchemas = {{
    {"http://schemas.openxmlformats.org/wordprocessingml/2006/main", "wml.xsd", true},
    {"http://schemas.openxmlformats.org/drawingml/2006/main", "dml-main.xsd", true},
    {"http://schemas.openxmlformats.org/drawingml/2006/chart", "dml-chart.xsd", true},
    {"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
     "shared-documentPropertiesExtended.xsd", true},
    {"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
     "shared-documentPropertiesCustom.xsd", true},
    {"http://schemas.openxmlformats.org/officeDocument/2006/customXml", "shared-customXmlDataProperties.xsd",
     true},
    {"http://schemas.openxmlformats.org/officeDocument/2006/bibliography", "shared-bibliography.xsd", true},
    {"http://schemas.openxmlformats.org/package/2006/relationships", "opc-xsd/opc-relationships.xsd", false},
    {"http://schemas.openxmlformats.org/package/2006/content-types", "opc-xsd/opc-contentTypes.xsd", false},
    {"http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
     "opc-xsd/opc-coreProperties.xsd", false},
}};

/// Namespaces the published schemas import from the web (Dublin Core) or with no location at
/// all (xml:), and their copies in the folder. Every compiled schema imports these first, so
/// that libxml2 skips the remote imports and compiles offline.
constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kLocalImports = {{
    {"http://www.w3.org/XML/1998/namespace", "dc/xml.xsd"},
    {"http://purl.org/dc/elements/1.1/", "dc/dc.xsd"},
    {"http://purl.org/dc/terms/", "dc/dcterms.xsd"},
}};

/// The prefixes of ECMA-376 for namespaces that a part may not declare on its root (schema
/// type names, mostly), used to shorten {URI}NAME in messages.
constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kUsualPrefixes = {{
    {"http://schemas.openxmlformats.org/wordprocessingml/2006/main", "w"},
    {"http://schemas.openxmlformats.org/officeDocument/2006/relationships", "r"},
    {"http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes", "s"},
    {"http://schemas.openxmlformats.org/officeDocument/2006/math", "m"},
    {"http://schemas.openxmlformats.org/drawingml/2006/main", "a"},
    {"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", "wp"},
    {"http://schemas.openxmlformats.org/drawingml/2006/picture", "pic"},
    {"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes", "vt"},
    {"http://schemas.openxmlformats.org/package/2006/metadata/core-properties", "cp"},
    {"http://purl.org/dc/elements/1.1/", "dc"},
    {"http://purl.org/dc/terms/", "dcterms"},
    {"http://www.w3.org/XML/1998/namespace", "xml"},
}};

using Uris = std::set<std::string, std::less<>>;

std::string_view text(const xmlChar* chars) {
  return chars ? std::string_view(reinterpret_cast<const char*>(chars)) : std::string_view();
}

const xmlChar* chars(const char* text) {
  return reinterpret_cast<const xmlChar*>(text);
}

std::string_view namespace_of(const xmlNode* node) {
  return node->ns ? text(node->ns->href) : std::string_view();
}

bool is_mc(const xmlNode* node, std::string_view name) {
  return node->type == XML_ELEMENT_NODE && namespace_of(node) == kMcNs && text(node->name) == name;
}

int line_of(const xmlNode* node) {
  return node ? int(xmlGetLineNo(node)) : 0;
}

/// One problem libxml2 reported, with the node it is about when it says.
struct RawError {
  std::string file;  ///< the schema file, for errors in schemas
  int line;
  const xmlNode* node;
  std::string message;
};

/// Collects libxml2's errors (not its warnings) while alive: the contexts that take a handler
/// are given collect(), and the thread's global handler is replaced and then restored for the
/// parts of libxml2 that report only there.
class ErrorScope {
 public:
  ErrorScope() : saved_handler_(xmlStructuredError), saved_context_(xmlStructuredErrorContext) {
    xmlSetStructuredErrorFunc(this, &ErrorScope::collect);
  }
  ~ErrorScope() { xmlSetStructuredErrorFunc(saved_context_, saved_handler_); }
  ErrorScope(const ErrorScope&) = delete;
  ErrorScope& operator=(const ErrorScope&) = delete;

  static void collect(void* self, xmlErrorPtr error) {
    if (error == nullptr || error->level == XML_ERR_WARNING) return;
    const xmlNode* node = error->node ? static_cast<const xmlNode*>(error->node) : nullptr;
    static_cast<ErrorScope*>(self)->errors_.push_back(
        RawError{error->file ? error->file : "", error->line, node,
                 error->message ? error->message : "unknown XML error"});
  }
  std::vector<RawError>& errors() { return errors_; }

 private:
  xmlStructuredErrorFunc saved_handler_;
  void* saved_context_;
  std::vector<RawError> errors_;
};

/// libxml2's message as one line without its final full stop.
std::string one_line(std::string message) {
  std::replace(message.begin(), message.end(), '\n', ' ');
  while (!message.empty() && (message.back() == ' ' || message.back() == '.')) message.pop_back();
  return message;
}

struct DocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocDeleter>;

struct SchemaDeleter {
  void operator()(xmlSchema* schema) const { xmlSchemaFree(schema); }
};

/// A schema compiled from the folder, or why it did not compile.
struct Compiled {
  DocPtr wrapper;  ///< the importing document, kept while the schema lives
  std::unique_ptr<xmlSchema, SchemaDeleter> schema;
  Errors errors;
};

/// A schema document with no namespace of its own that imports the local copies, then `file`.
std::string wrapper_xsd(const RootSchema& root) {
  std::string xsd = R"(<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">)";
  auto import = [&xsd](std::string_view ns, std::string_view file) {
    xsd += "<xs:import namespace=\"" + std::string(ns) + "\" schemaLocation=\"" + std::string(file) + "\"/>";
  };
  for (const auto& [ns, file] : kLocalImports) import(ns, file);
  import(root.ns, root.file);
  return xsd + "</xs:schema>";
}

/// libxml2's URI for a file in `folder`, against which the wrapper's locations resolve.
std::string base_uri(const std::filesystem::path& folder) {
  std::string path = (folder / "mspdoc-wrapper.xsd").string();
  xmlChar* uri = xmlPathToURI(chars(path.c_str()));
  std::string out(text(uri));
  xmlFree(uri);
  return out;
}

Compiled compile(const std::filesystem::path& folder, const RootSchema& root) {
  std::string where = (folder / root.file).string();
  ErrorScope scope;
  Compiled out;
  std::string xsd = wrapper_xsd(root);
  out.wrapper.reset(
      xmlReadMemory(xsd.data(), int(xsd.size()), base_uri(folder).c_str(), nullptr, XML_PARSE_NONET));
  if (out.wrapper) {
    xmlSchemaParserCtxt* context = xmlSchemaNewDocParserCtxt(out.wrapper.get());
    xmlSchemaSetParserStructuredErrors(context, &ErrorScope::collect, &scope);
    out.schema.reset(xmlSchemaParse(context));
    xmlSchemaFreeParserCtxt(context);
  }
  if (out.schema) return out;
  for (const RawError& error : scope.errors())
    out.errors.push_back(Error{error.file.empty() ? where : error.file, error.line, one_line(error.message)});
  if (out.errors.empty()) out.errors.push_back(Error{where, 0, "the schema does not compile"});
  return out;
}

/// The target namespace of the schema document `file`, or "" when it has none or does not parse.
std::string target_namespace(const std::filesystem::path& file) {
  ErrorScope scope;
  DocPtr doc(xmlReadFile(file.string().c_str(), nullptr, XML_PARSE_NONET));
  xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (root == nullptr) return "";
  xmlChar* ns = xmlGetNoNsProp(root, chars("targetNamespace"));
  std::string out(text(ns));
  xmlFree(ns);
  return out;
}

Uris namespaces_with_schemas(const std::filesystem::path& folder) {
  Uris found;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder))
    if (entry.is_regular_file() && entry.path().extension() == ".xsd")
      if (std::string ns = target_namespace(entry.path()); !ns.empty()) found.insert(ns);
  return found;
}

const RootSchema* schema_for(std::string_view ns) {
  for (const RootSchema& root : kRootSchemas)
    if (root.ns == ns) return &root;
  return nullptr;
}

std::vector<std::string> words(const std::string& list) {
  std::istringstream in(list);
  std::vector<std::string> out;
  for (std::string word; in >> word;) out.push_back(word);
  return out;
}

std::string mc_attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetNsProp(node, chars(name), chars(kMcNs));
  std::string out(text(value));
  xmlFree(value);
  return out;
}

/// Markup compatibility (ECMA-376 Part 3) as a consumer that understands only `understood`:
/// mc:AlternateContent becomes its chosen branch's content, elements and attributes of
/// ignorable namespaces go, and so do the mc: attributes. mc:ProcessContent is not honoured
/// (its elements go with their content), nor mc:PreserveElements/PreserveAttributes (for
/// editors only); mc:Ignorable on mc:AlternateContent and its branches is.
class Compatibility {
 public:
  Compatibility(const Uris& understood, std::string where)
      : understood_(understood), where_(std::move(where)) {}

  /// Processes `node` and its descendants in place, with `around` the namespaces ignorable
  /// around it.
  void element(xmlNode* node, const Uris& around) {
    std::optional<Uris> widened = with_declared_ignorable(node, around);
    const Uris& ignorable = widened ? *widened : around;
    check_must_understand(node);
    strip_attributes(node, ignorable);
    children(node, ignorable);
  }
  Errors take() { return std::move(errors_); }

 private:
  void children(xmlNode* parent, const Uris& ignorable) {
    for (xmlNode* child = parent->children; child;) {
      xmlNode* next = child->next;
      if (is_mc(child, "AlternateContent")) {
        replace_alternate_content(child, ignorable);
      } else if (child->type == XML_ELEMENT_NODE && ignorable.contains(namespace_of(child))) {
        xmlUnlinkNode(child);
        xmlFreeNode(child);
      } else if (child->type == XML_ELEMENT_NODE) {
        element(child, ignorable);
      }
      child = next;
    }
  }

  /// Puts the processed content of the chosen branch where `alternate` is, then drops it.
  void replace_alternate_content(xmlNode* alternate, const Uris& around) {
    std::optional<Uris> widened = with_declared_ignorable(alternate, around);
    check_must_understand(alternate);
    if (xmlNode* branch = chosen_branch(alternate)) {
      element(branch, widened ? *widened : around);
      for (xmlNode* child = branch->children; child;) {
        xmlNode* next = child->next;
        xmlUnlinkNode(child);
        bool is_element = child->type == XML_ELEMENT_NODE;
        xmlNode* placed = xmlAddPrevSibling(alternate, child);  // a text node may merge and go
        // Declarations on the branch or on mc:AlternateContent go with it: redeclare them.
        if (is_element) xmlReconciliateNs(alternate->doc, placed);
        child = next;
      }
    }
    xmlUnlinkNode(alternate);
    xmlFreeNode(alternate);
  }

  /// The first mc:Choice whose required namespaces are all understood, else mc:Fallback.
  xmlNode* chosen_branch(xmlNode* alternate) {
    xmlNode* fallback = nullptr;
    for (xmlNode* child = alternate->children; child; child = child->next) {
      if (is_mc(child, "Choice") && requirements_met(child)) return child;
      if (is_mc(child, "Fallback") && fallback == nullptr) fallback = child;
    }
    return fallback;
  }

  bool requirements_met(xmlNode* choice) {
    xmlChar* requires_list = xmlGetNoNsProp(choice, chars("Requires"));
    std::vector<std::string> prefixes = words(std::string(text(requires_list)));
    xmlFree(requires_list);
    bool met = !prefixes.empty();
    for (const std::string& prefix : prefixes) {
      auto ns = resolve(choice, prefix, "mc:Choice Requires");
      met = met && ns && understood_.contains(*ns);
    }
    return met;
  }

  /// `around` with the namespaces `node` declares ignorable that are not understood; nothing
  /// when it declares none (the common case, which copies nothing).
  std::optional<Uris> with_declared_ignorable(xmlNode* node, const Uris& around) {
    std::vector<std::string> prefixes = words(mc_attribute(node, "Ignorable"));
    if (prefixes.empty()) return std::nullopt;
    Uris ignorable = around;
    for (const std::string& prefix : prefixes)
      if (auto ns = resolve(node, prefix, "mc:Ignorable"); ns && !understood_.contains(*ns))
        ignorable.insert(*ns);
    return ignorable;
  }

  void check_must_understand(xmlNode* node) {
    for (const std::string& prefix : words(mc_attribute(node, "MustUnderstand")))
      if (auto ns = resolve(node, prefix, "mc:MustUnderstand"); ns && !understood_.contains(*ns))
        errors_.push_back(
            Error{where_, line_of(node),
                  "mc:MustUnderstand names " + *ns + ", a namespace without a Transitional schema"});
  }

  /// Drops the mc: attributes and those of ignorable namespaces.
  static void strip_attributes(xmlNode* node, const Uris& ignorable) {
    for (xmlAttr* attribute = node->properties; attribute;) {
      xmlAttr* next = attribute->next;
      std::string_view ns = attribute->ns ? text(attribute->ns->href) : std::string_view();
      if (ns == kMcNs || ignorable.contains(ns)) xmlRemoveProp(attribute);
      attribute = next;
    }
  }

  /// The namespace `prefix` stands for at `node`; an undeclared one is an error.
  std::optional<std::string> resolve(xmlNode* node, const std::string& prefix, const char* attribute) {
    if (xmlNs* ns = xmlSearchNs(node->doc, node, chars(prefix.c_str()))) return std::string(text(ns->href));
    errors_.push_back(
        Error{where_, line_of(node),
              std::string(attribute) + " names prefix \"" + prefix + "\", which is not declared"});
    return std::nullopt;
  }

  const Uris& understood_;
  std::string where_;
  Errors errors_;
};

/// How a message names things: {URI}NAME as PREFIX:NAME (or NAME for a default namespace),
/// with the prefixes declared where the message's node is, else the usual ones.
class Names {
 public:
  explicit Names(const xmlNode* node) {
    if (xmlNs** in_scope = xmlGetNsList(node->doc, node)) {  // innermost declaration of a prefix first
      for (xmlNs** ns = in_scope; *ns; ++ns) add(text((*ns)->href), text((*ns)->prefix));
      xmlFree(in_scope);
    }
    for (const auto& [uri, prefix] : kUsualPrefixes) add(uri, prefix);
  }

  std::string shortened(std::string message) const {
    for (const auto& [braced, prefix] : prefixes_)
      for (std::size_t at = message.find(braced); at != std::string::npos; at = message.find(braced, at))
        message.replace(at, braced.size(), prefix);
    return message;
  }

 private:
  void add(std::string_view uri, std::string_view prefix) {
    std::string braced = "{" + std::string(uri) + "}";
    for (const auto& known : prefixes_)
      if (known.first == braced) return;
    prefixes_.emplace_back(braced, prefix.empty() ? "" : std::string(prefix) + ":");
  }
  std::vector<std::pair<std::string, std::string>> prefixes_;  ///< "{URI}" -> "PREFIX:"
};

bool same_name(const xmlNode* a, const xmlNode* b) {
  return a->type == XML_ELEMENT_NODE && text(a->name) == text(b->name) && namespace_of(a) == namespace_of(b);
}

/// NAME or NAME[N] (N counting from 1 among siblings of that name, when there are several).
std::string path_step(const xmlNode* node) {
  std::string name(text(node->name));
  if (node->ns && node->ns->prefix) name = std::string(text(node->ns->prefix)) + ":" + name;
  int before = 0, after = 0;
  for (const xmlNode* sibling = node->prev; sibling; sibling = sibling->prev)
    before += same_name(sibling, node);
  for (const xmlNode* sibling = node->next; sibling; sibling = sibling->next)
    after += same_name(sibling, node);
  return before + after == 0 ? name : name + "[" + std::to_string(before + 1) + "]";
}

/// Where `node` is, as /w:document/w:body/w:p[3] (after markup-compatibility processing).
std::string node_path(const xmlNode* node) {
  std::vector<std::string> steps;
  for (; node && node->type == XML_ELEMENT_NODE; node = node->parent) steps.push_back(path_step(node));
  std::string path;
  for (auto step = steps.rbegin(); step != steps.rend(); ++step) path += "/" + *step;
  return path;
}

/// libxml2's "Element 'NAME'..." with the element's path in place of its name.
std::string validity_message(const RawError& error, const Names& names) {
  std::string message = names.shortened(one_line(error.message));
  const std::string head = "Element '";
  std::size_t name_end = message.find('\'', head.size());
  if (error.node == nullptr || error.node->type != XML_ELEMENT_NODE || !message.starts_with(head) ||
      name_end == std::string::npos)
    return message;
  return node_path(error.node) + message.substr(name_end + 1);
}

Errors validate_doc(xmlDoc* doc, xmlSchema* schema, const std::string& where) {
  ErrorScope scope;
  xmlSchemaValidCtxt* context = xmlSchemaNewValidCtxt(schema);
  xmlSchemaSetValidStructuredErrors(context, &ErrorScope::collect, &scope);
  int verdict = xmlSchemaValidateDoc(context, doc);
  xmlSchemaFreeValidCtxt(context);
  Errors found;
  for (const RawError& raw : scope.errors()) {
    Names names(raw.node ? raw.node : xmlDocGetRootElement(doc));
    Error error{where, raw.node ? line_of(raw.node) : raw.line, validity_message(raw, names)};
    bool known = std::any_of(found.begin(), found.end(), [&](const Error& e) {
      return e.line == error.line && e.message == error.message;
    });
    if (!known) found.push_back(std::move(error));
  }
  if (verdict != 0 && found.empty()) found.push_back(Error{where, 0, "does not match its schema"});
  return found;
}

int line_at(const std::string& xml, std::size_t offset) {
  return int(std::count(xml.begin(), xml.begin() + long(offset), '\n')) + 1;
}

Result<DocPtr> parse_xml_part(const std::string& xml, const std::string& where) {
  if (std::size_t at = find_dtd_declaration(xml); at != std::string::npos)
    return Error{where, line_at(xml, at), "a DOCTYPE is not allowed in a package part"};
  if (xml.size() > std::size_t(INT_MAX)) return Error{where, 0, "too large to parse"};
  ErrorScope scope;
  DocPtr doc(
      xmlReadMemory(xml.data(), int(xml.size()), nullptr, nullptr, XML_PARSE_NONET | XML_PARSE_BIG_LINES));
  if (doc && xmlDocGetRootElement(doc.get())) return doc;
  Errors errors;
  for (const RawError& raw : scope.errors()) errors.push_back(Error{where, raw.line, one_line(raw.message)});
  if (errors.empty()) errors.push_back(Error{where, 0, "cannot parse as XML"});
  return errors;
}

bool is_xml_part(const std::string& name) {
  return name.ends_with(".xml") || name.ends_with(".rels");
}

void append(Errors& to, Errors more) {
  to.insert(to.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
}

}  // namespace

struct OoxmlSchemas::State {
  std::filesystem::path folder;
  Uris understood;
  std::mutex mutex;
  std::map<std::string_view, std::shared_ptr<const Compiled>> cache;  ///< by schema file

  std::shared_ptr<const Compiled> compiled(const RootSchema& root) {
    std::lock_guard lock(mutex);
    auto& slot = cache[root.file];
    if (!slot) slot = std::make_shared<const Compiled>(compile(folder, root));
    return slot;
  }
};

OoxmlSchemas::OoxmlSchemas(std::unique_ptr<State> state) : state_(std::move(state)) {}
OoxmlSchemas::OoxmlSchemas(OoxmlSchemas&&) noexcept = default;
OoxmlSchemas& OoxmlSchemas::operator=(OoxmlSchemas&&) noexcept = default;
OoxmlSchemas::~OoxmlSchemas() = default;

Result<OoxmlSchemas> OoxmlSchemas::load(const std::filesystem::path& xsd_folder) {
  std::error_code ec;
  if (!std::filesystem::is_directory(xsd_folder, ec))
    return Error{xsd_folder.string(), 0, "no such folder of OOXML schemas"};
  Errors missing;
  auto require = [&](std::string_view file) {
    if (!std::filesystem::is_regular_file(xsd_folder / file, ec))
      missing.push_back(Error{(xsd_folder / file).string(), 0, "schema file missing"});
  };
  for (const RootSchema& root : kRootSchemas) require(root.file);
  for (const auto& [ns, file] : kLocalImports) require(file);
  if (!missing.empty()) return missing;
  xmlInitParser();
  auto state = std::make_unique<State>();
  state->folder = xsd_folder;
  state->understood = namespaces_with_schemas(xsd_folder);
  return OoxmlSchemas(std::move(state));
}

bool OoxmlSchemas::understands(const std::string& namespace_uri) const {
  return state_->understood.contains(namespace_uri);
}

Errors OoxmlSchemas::validate_part(const std::string& xml, const std::string& part,
                                   const std::string& file_label) const {
  std::string where = file_label + ":" + part;
  auto doc = parse_xml_part(xml, where);
  if (!doc) return doc.errors();
  xmlNode* root = xmlDocGetRootElement(doc->get());
  const RootSchema* schema = schema_for(namespace_of(root));
  if (schema == nullptr && part.starts_with("customXml/")) return {};  // the author's own XML data
  if (schema == nullptr)
    return {Error{where, line_of(root),
                  "no schema for root element {" + std::string(namespace_of(root)) + "}" +
                      std::string(text(root->name))}};
  Errors found;
  if (schema->markup_compatibility) {
    Compatibility compatibility(state_->understood, where);
    compatibility.element(root, {});
    found = compatibility.take();
  }
  std::shared_ptr<const Compiled> compiled = state_->compiled(*schema);
  if (!compiled->schema) return compiled->errors;
  append(found, validate_doc(doc->get(), compiled->schema.get(), where));
  return found;
}

Errors OoxmlSchemas::validate_package(const ZipParts& parts, const std::string& file_label) const {
  Errors found;
  for (const auto& [name, bytes] : parts)
    if (is_xml_part(name)) append(found, validate_part(bytes, name, file_label));
  return found;
}

Errors OoxmlSchemas::validate_docx(const std::filesystem::path& docx) const {
  auto parts = read_zip(docx);
  if (!parts) return parts.errors();
  return validate_package(*parts, docx.string());
}

}  // namespace mspdoc
