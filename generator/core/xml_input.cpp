#include "core/xml_input.h"

#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <fstream>
#include <iterator>

#include "core/schema_hints.h"

namespace mspdoc {
namespace {

constexpr std::uintmax_t kMaxRecordBytes = 64u << 20;
/// libxml2's own limit on how deeply elements nest (xmlParserMaxDepth without XML_PARSE_HUGE).
constexpr int kMaxRecordDepth = 256;

/// Collects libxml2's structured errors while alive, explained through `hints` when given.
class ErrorCollector {
 public:
  explicit ErrorCollector(std::string file, const SchemaHints* hints = nullptr)
      : file_(std::move(file)), hints_(hints) {
    xmlSetStructuredErrorFunc(this, &ErrorCollector::collect);
  }
  ~ErrorCollector() { xmlSetStructuredErrorFunc(nullptr, nullptr); }
  ErrorCollector(const ErrorCollector&) = delete;
  ErrorCollector& operator=(const ErrorCollector&) = delete;

  static void collect(void* self, xmlErrorPtr error) { static_cast<ErrorCollector*>(self)->add(error); }
  void add(const xmlError* error) {
    if (error == nullptr || error->level == XML_ERR_WARNING) return;
    std::string message = error->message ? error->message : "unknown XML error";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    if (message.starts_with("Excessive depth in document"))  // libxml2 stops at its limit, before any work
      message = "elements nest deeper than " + std::to_string(kMaxRecordDepth) + ", more than a record may";
    if (hints_) message = hints_->explain(static_cast<const xmlNode*>(error->node), message);
    Error found{error->file && file_.empty() ? error->file : file_, error->line, message};
    for (const Error& known : errors_)
      if (known.line == found.line && known.message == found.message) return;
    errors_.push_back(found);
  }
  Errors take() { return std::move(errors_); }
  bool empty() const { return errors_.empty(); }

 private:
  std::string file_;
  const SchemaHints* hints_;
  Errors errors_;
};

struct SchemaDeleter {
  void operator()(xmlRelaxNG* schema) const { xmlRelaxNGFree(schema); }
};

/// A compiled RelaxNG schema with the hints that explain its errors.
struct Schema {
  std::unique_ptr<xmlRelaxNG, SchemaDeleter> compiled;
  SchemaHints hints;
};

Result<Schema> load_schema(const std::filesystem::path& schema) {
  std::string schema_path = schema.string();
  ErrorCollector errors(schema_path);
  std::unique_ptr<xmlDoc, void (*)(xmlDoc*)> doc(xmlReadFile(schema_path.c_str(), nullptr, XML_PARSE_NONET),
                                                 xmlFreeDoc);
  if (!doc)
    return errors.empty() ? Errors{Error{schema_path, 0, "cannot read the RelaxNG schema"}} : errors.take();
  xmlRelaxNGParserCtxt* context = xmlRelaxNGNewDocParserCtxt(doc.get());
  xmlRelaxNGSetParserStructuredErrors(context, &ErrorCollector::collect, &errors);
  Schema loaded{std::unique_ptr<xmlRelaxNG, SchemaDeleter>(xmlRelaxNGParse(context)),
                SchemaHints::from(doc.get())};
  xmlRelaxNGFreeParserCtxt(context);
  if (!loaded.compiled)
    return errors.empty() ? Errors{Error{schema_path, 0, "cannot compile the RelaxNG schema"}}
                          : errors.take();
  return loaded;
}

Errors validate(xmlDoc* doc, const Schema& schema, const std::string& path) {
  ErrorCollector errors(path, &schema.hints);
  xmlRelaxNGValidCtxt* context = xmlRelaxNGNewValidCtxt(schema.compiled.get());
  xmlRelaxNGSetValidStructuredErrors(context, &ErrorCollector::collect, &errors);
  int verdict = xmlRelaxNGValidateDoc(context, doc);
  xmlRelaxNGFreeValidCtxt(context);
  Errors found = errors.take();
  if (verdict != 0 && found.empty()) found.push_back(Error{path, 0, "does not match its schema"});
  return found;
}

}  // namespace

void XmlFile::Deleter::operator()(xmlDoc* doc) const {
  xmlFreeDoc(doc);
}

Result<std::string> read_record_bytes(const std::filesystem::path& path) {
  std::error_code ec;
  auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) return Error{path.string(), 0, "no such file"};
  if (!std::filesystem::is_regular_file(status)) return Error{path.string(), 0, "not a regular file"};
  if (std::filesystem::file_size(path, ec) > kMaxRecordBytes)  // before a byte is read
    return Error{path.string(), 0, "larger than the 64 MiB a record file may have"};
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // Refused before parsing, wherever it stands (after a comment too): a DOCTYPE can only declare
  // entities, and expanding them is how a small file takes gigabytes.
  if (std::size_t at = find_dtd_declaration(bytes); at != std::string::npos)
    return Error{path.string(), int(std::count(bytes.begin(), bytes.begin() + long(at), '\n')) + 1,
                 "a DOCTYPE is not allowed in records"};
  return bytes;
}

std::size_t find_dtd_declaration(std::string_view xml) {
  // '!' is rare in XML where '<' is everywhere, so the scan is for it.
  for (std::size_t at = xml.find('!', 1); at != std::string_view::npos; at = xml.find('!', at + 1))
    if (xml[at - 1] == '<' && (xml.substr(at + 1, 7) == "DOCTYPE" || xml.substr(at + 1, 6) == "ENTITY"))
      return at - 1;
  return std::string_view::npos;
}

Result<XmlFile> XmlFile::load(const std::filesystem::path& path, const std::filesystem::path& schema) {
  auto file = parse(path);
  if (!file) return file;
  auto compiled = load_schema(schema);
  if (!compiled) return compiled.errors();
  if (Errors problems = validate(file->doc_.get(), *compiled, file->path_); !problems.empty())
    return problems;
  return file;
}

Result<XmlFile> XmlFile::parse(const std::filesystem::path& path) {
  XmlFile file;
  file.path_ = path.string();
  auto read = read_record_bytes(path);
  if (!read) return read.errors();
  const std::string& bytes = *read;
  {
    ErrorCollector errors(file.path_);
    file.doc_.reset(xmlReadMemory(bytes.data(), int(bytes.size()), file.path_.c_str(), nullptr,
                                  XML_PARSE_NONET | XML_PARSE_NOCDATA));
    if (!file.doc_) {
      if (errors.empty()) return Error{file.path_, 0, "cannot parse as XML"};
      return errors.take();
    }
  }
  if (xmlDtd* dtd = xmlGetIntSubset(file.doc_.get())) {
    int line = int(xmlGetLineNo(reinterpret_cast<xmlNode*>(dtd)));
    return Error{file.path_, line > 0 ? line : 1, "a DOCTYPE is not allowed in records"};
  }
  return file;
}

xmlNode* XmlFile::root() const {
  return xmlDocGetRootElement(doc_.get());
}

Error XmlFile::error_at(const xmlNode* node, std::string message) const {
  return Error{path_, node ? int(xmlGetLineNo(node)) : 0, std::move(message)};
}

std::vector<xmlNode*> child_elements(const xmlNode* parent, std::string_view name) {
  std::vector<xmlNode*> found;
  if (parent == nullptr) return found;
  for (xmlNode* child = parent->children; child; child = child->next)
    if (child->type == XML_ELEMENT_NODE && (name.empty() || name_of(child) == name)) found.push_back(child);
  return found;
}

xmlNode* first_child(const xmlNode* parent, std::string_view name) {
  if (parent == nullptr) return nullptr;
  for (xmlNode* child = parent->children; child; child = child->next)
    if (child->type == XML_ELEMENT_NODE && name_of(child) == name) return child;
  return nullptr;
}

std::optional<std::string> attribute(const xmlNode* node, const char* name) {
  if (node == nullptr) return std::nullopt;
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return std::nullopt;
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

std::string text_of(const xmlNode* node) {
  if (node == nullptr) return {};
  xmlChar* content = xmlNodeGetContent(node);
  std::string raw = content ? reinterpret_cast<const char*>(content) : "";
  xmlFree(content);
  std::string folded;
  bool pending_space = false;
  for (char c : raw) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space) {
      pending_space = !folded.empty();
      continue;
    }
    if (pending_space) folded += ' ';
    pending_space = false;
    folded += c;
  }
  return folded;
}

std::string_view name_of(const xmlNode* node) {
  return node && node->name ? std::string_view(reinterpret_cast<const char*>(node->name))
                            : std::string_view();
}

}  // namespace mspdoc
