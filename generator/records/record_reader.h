#pragma once
/// Reading values out of one record file: dates, numbers, States, running text, paragraphs,
/// with every problem collected as an error at its line. Shared by the record loaders.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/xml_input.h"
#include "records/records.h"

namespace mspdoc {

/// Reads values out of one record file, collecting every error with its line.
class RecordReader {
 public:
  RecordReader(const XmlFile& file, const StateRegistry& registry, Errors& errors)
      : file_(file), registry_(registry), errors_(errors) {}

  /// Adds an error located at `node`.
  void error(const xmlNode* node, std::string message) {
    errors_.push_back(file_.error_at(node, std::move(message)));
  }
  /// The attribute's value, or "" when absent.
  std::string text(const xmlNode* node, const char* name) { return attribute(node, name).value_or(""); }

  /// The date in attribute `name`; an error (and a default date) when it is not a day.
  Date date(const xmlNode* node, const char* name);
  /// The whole number in attribute `name`, or nullopt when absent or not a number.
  std::optional<long> number(const xmlNode* node, const char* name);
  /// The State an element's text names; an error with the nearest names when unknown.
  const State* state(const xmlNode* node);

  /// The running text inside `parent`: words, emphasis, references, footnotes.
  std::vector<Inline> inlines(const xmlNode* parent);
  /// The <p> children of `parent`, each with the <subparagraphs> that follow it.
  std::vector<Paragraph> paragraphs(const xmlNode* parent);

 private:
  Inline element_inline(const xmlNode* node);

  const XmlFile& file_;
  const StateRegistry& registry_;
  Errors& errors_;
};

/// Reads a meeting record's root element into a Meeting; loads its treaty to name the convention.
Meeting read_meeting(const XmlFile& file, RecordReader& reader, const Paths& paths,
                     const StateRegistry& registry);

/// A file named by `href` in the folder of `record`; nullopt when href would leave that folder,
/// by its name or through a symbolic link that points elsewhere.
std::optional<std::filesystem::path> sibling_file(const std::filesystem::path& record,
                                                  const std::string& href);

/// True when `name` can name output files: letters, digits, '.', '_' and '-', not starting with
/// '.', at most 64 characters (a meeting's short name becomes "12msp-progress-report.docx").
bool is_file_stem(std::string_view name);

/// The meeting a document record links to with <meeting href="...">, and its treaty; errors in
/// either are added to `errors`.
struct LinkedMeeting {
  Meeting meeting;
  std::optional<Treaty> treaty;
};
LinkedMeeting read_linked_meeting(const XmlFile& file, const xmlNode* link, const Paths& paths,
                                  const StateRegistry& registry, Errors& errors);

/// What every document record opens with: symbol, date, original language, and its meeting.
struct DocumentHead {
  std::string symbol, original;
  Date date;
  LinkedMeeting linked;
};

/// Reads the head of a document record (root attributes and <meeting href>).
DocumentHead read_document_head(const XmlFile& file, RecordReader& reader, const Paths& paths,
                                const StateRegistry& registry, Errors& errors);

/// Loads a record file against data/schema/SCHEMA.rng and reads it with
/// Reader(file, paths, registry, errors).read(); any error collected fails the whole load.
template <class Reader>
auto read_record(const std::filesystem::path& file, std::string_view schema, const Paths& paths,
                 const StateRegistry& registry) -> Result<decltype(std::declval<Reader&>().read())> {
  auto xml = XmlFile::load(file, paths.schema(schema));
  if (!xml) return xml.errors();
  Errors errors;
  auto record = Reader(*xml, paths, registry, errors).read();
  if (!errors.empty()) return errors;
  return record;
}

}  // namespace mspdoc
