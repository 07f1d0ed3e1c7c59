#pragma once
/// Validation of a DOCX package's XML parts against the ISO/IEC 29500 Transitional XSD schemas,
/// after markup-compatibility processing as a consumer that knows only those schemas (ECMA-376
/// Part 3): what Word 2010 and later add under mc:Ignorable or mc:AlternateContent is set aside,
/// anything else outside the schemas is an error.

#include <filesystem>
#include <memory>
#include <string>

#include "core/error.h"
#include "core/zip_archive.h"

namespace mspdoc {

/// The Transitional schemas of one folder (wml.xsd, dml-main.xsd, opc-xsd/, dc/, ...), each
/// compiled on first use (wml.xsd in about 0.07 s) and kept. The validate_ functions may run
/// in several threads at once: compiling is serialised, and libxml2 only reads a compiled
/// schema. Moving the object keeps the cache.
class OoxmlSchemas {
 public:
  /// The schemas in `xsd_folder`. A folder that is missing, or lacks one of the schema files
  /// this validator chooses from, is an Error naming it; nothing is compiled yet.
  static Result<OoxmlSchemas> load(const std::filesystem::path& xsd_folder);

  OoxmlSchemas(OoxmlSchemas&&) noexcept;
  OoxmlSchemas& operator=(OoxmlSchemas&&) noexcept;
  ~OoxmlSchemas();

  /// Every problem of every part of `parts` named *.xml or *.rels, in part-name order, each an
  /// Error{file_label + ":" + part, line, message}; empty when all parts are valid. See
  /// validate_part for what a part's problems are.
  Errors validate_package(const ZipParts& parts, const std::string& file_label) const;

  /// The problems of one part `xml` named `part` (its name in the package), located at
  /// Error{file_label + ":" + part, line}: XML that does not parse or has a DOCTYPE, markup
  /// compatibility that cannot be resolved (mc:MustUnderstand of an unknown namespace, an
  /// undeclared prefix), and every schema error after that processing, as
  /// "PATH: MESSAGE" with PATH the element's place (/w:document/w:body/w:p[3]) and names in the
  /// part's own prefixes. A root element whose namespace has no schema here (Strict OOXML
  /// among them) is one error "no schema for root element {NS}NAME"; custom XML data in
  /// customXml/ is skipped instead, being the author's own vocabulary. A valid part takes
  /// milliseconds, but libxml2 spends about 2 s on each element out of place directly inside
  /// w:body or w:p (its automaton for those content models backtracks).
  Errors validate_part(const std::string& xml, const std::string& part, const std::string& file_label) const;

  /// Reads the DOCX at `docx` and validates its package, errors labelled with its path. A file
  /// that is not a readable zip gives read_zip's Error.
  Errors validate_docx(const std::filesystem::path& docx) const;

  /// True when `namespace_uri` is the target namespace of a schema in the folder: such markup
  /// is validated, never ignored, and an mc:Choice may require it.
  bool understands(const std::string& namespace_uri) const;

 private:
  struct State;
  explicit OoxmlSchemas(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

}  // namespace mspdoc
