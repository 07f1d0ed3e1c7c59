#pragma once
/// Writing findings back into a draft as Word comments, touching nothing else.

#include <filesystem>
#include <vector>

#include "docx_reader.h"
#include "error.h"
#include "findings.h"

namespace mspdoc {

/// Writes a copy of `document` to `target` (atomically) with one Word comment per finding,
/// anchored at the words it is about, or at the footnote reference when the finding is in a
/// footnote. Text, footnotes, numbering and styles stay as they were.
Result<bool> write_annotated_copy(const DraftDocument& document, const std::vector<Finding>& findings,
                                  const std::filesystem::path& target);

}  // namespace mspdoc
