#pragma once
/// The round trip of an import: build the imported records and compare the document they make
/// with the draft, paragraph by paragraph, after spaces, numbering and the style of numbers are
/// normalised.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/paths.h"
#include "docx/reader.h"
#include "registry/organizations.h"
#include "registry/state_registry.h"
#include "registry/vocabulary.h"
#include "render/document_tools.h"
#include "render/drafting.h"

namespace mspdoc {

/// A paragraph's text as the comparison sees it: spaces of every kind folded to one, a typed
/// label ("4.", "(a)", "III.", "•") dropped, numbers written alike ("07", "seven" and "Seven"
/// all "7"; "10–13" as "10-13"), curly quotes straight.
std::string normalised_paragraph(std::string_view text, const Vocabulary& words);

/// What reads lists of States, for comparing lists by the States they name.
struct ListReading {
  const StateRegistry& registry;
  const Organizations& organizations;
  const Vocabulary& words;
};

/// `text` with each list of States in parentheses or after a colon written as the States it
/// names ("{AFG,IRQ}"), so that order, names' forms and a serial comma do not count.
std::string with_lists_as_states(const std::string& text, const ListReading& lists);

/// The body paragraphs of `document` (from the first heading or numbered paragraph on, table
/// cells included, empty ones left out), normalised, and with lists as the States they name when
/// `lists` is given; `footnotes` receives the notes' texts, normalised alike.
std::vector<std::string> comparable_paragraphs(const DraftDocument& document, std::size_t first,
                                               const Vocabulary& words, std::vector<std::string>* footnotes,
                                               const ListReading* lists = nullptr);

/// How far two documents agree, paragraph by paragraph in reading order.
struct ParagraphComparison {
  std::size_t draft = 0, built = 0, identical = 0;  ///< paragraphs of each, and those the same in both
  std::vector<std::string> draft_only;              ///< draft paragraphs with no identical one in place
  std::vector<std::string> built_only;
  /// identical / draft, or 1 when the draft has none.
  double share() const { return draft == 0 ? 1.0 : double(identical) / double(draft); }
};

/// Aligns `draft` and `built` (a longest common subsequence) and counts the identical paragraphs.
ParagraphComparison compare_paragraphs(const std::vector<std::string>& draft,
                                       const std::vector<std::string>& built);

/// Converts a drafted document into a DOCX in `work` (pandoc) and reads it back as a draft.
Result<DraftDocument> read_built_document(const Rendering& rendering, const Paths& paths,
                                          const ToolSettings& tools, const std::filesystem::path& work);

/// Drafts a document record and reads back the DOCX it makes.
Result<DraftDocument> build_and_read(const std::filesystem::path& record, const Paths& paths,
                                     const StateRegistry& registry, const ToolSettings& tools,
                                     const std::filesystem::path& work);

}  // namespace mspdoc
