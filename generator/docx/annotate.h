#pragma once
/// Writing comments into a draft as Word comments, touching nothing else.

#include <filesystem>
#include <string>
#include <vector>

#include "core/error.h"
#include "docx/reader.h"

namespace mspdoc {

/// A comment to write, anchored at a span of one body paragraph's text.
struct Annotation {
  std::size_t paragraph_index = 0;  ///< among the body paragraphs, as the reader numbers them
  std::size_t begin = 0, end = 0;   ///< in the paragraph's text
  std::string footnote_id;          ///< anchor at this footnote's reference instead
  std::string text;                 ///< the comment's words
};

/// Writes a copy of `document` to `target` (atomically) with one Word comment per annotation,
/// anchored at the words it is about, or at the footnote reference when it names a footnote.
/// Text, footnotes, numbering and styles stay as they were.
Result<bool> write_annotated_copy(const DraftDocument& document, const std::vector<Annotation>& annotations,
                                  const std::filesystem::path& target);

}  // namespace mspdoc
