#pragma once
/// Drafting: a document record in, the document as Pandoc Markdown out (before pandoc runs).

#include <filesystem>
#include <string>

#include "core/error.h"
#include "core/paths.h"
#include "registry/state_registry.h"
#include "render/docx_postprocess.h"

namespace mspdoc {

/// A document drafted in memory, ready to be converted and written.
struct Rendering {
  std::string name;  ///< output file name without extension: "12msp-progress-report"
  std::string markdown;
  DocumentIdentity identity;
  Errors warnings;  ///< problems that did not stop the draft
};

/// Which part of a document to draft.
enum class Part { whole, decisions };

/// Drafts the document a record file describes (its root element says which kind), with the
/// templates in templates/. Part::decisions drafts only chapter IV of a final report. Every
/// problem in the records is an Error naming file:line.
Result<Rendering> draft_document(const std::filesystem::path& file, const Paths& paths,
                                 const StateRegistry& registry, Part part = Part::whole);

}  // namespace mspdoc
