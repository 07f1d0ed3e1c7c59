#pragma once
/// Record anchors in a generated document (see core/record_anchor.h), judged by record id
/// instead of by the similarity of words: a count against the list of its set, and every figure
/// of one indicator or set against the others. Untagged text is left to the other rules.

#include <vector>

#include "check/analysis.h"
#include "check/findings.h"
#include "records/progress_report.h"

namespace mspdoc {

/// Marks each claim whose count stands in a record anchor, and those that a list of the same set
/// pairs with by id, so that the similarity rules leave them to check_anchors().
void mark_anchored_claims(Analysis& analysis);

/// count-mismatch between an anchored count and the anchored list of its set in its paragraph
/// or the paragraph's footnotes; total-mismatch between anchored figures of one indicator (or of
/// one set) that differ, each against the value most of them give.
void check_anchors(const Analysis& analysis, std::vector<Finding>& findings);

/// differs-from-record: what editing changed against the records the document was built from.
/// Each anchored list against its set ("footnote 7 (set gender-art7-form) no longer lists Chile,
/// which the record has"), each anchored figure against its indicator or set ("paragraph 25
/// (indicator a9-isu-budget) says 12 where the record says 11").
void compare_with_records(const Analysis& analysis, const ProgressReport& records,
                          std::vector<Finding>& findings);

/// An anchored piece of text of a draft: where it is and what it says.
struct AnchoredText {
  const RecordAnchor* anchor = nullptr;
  std::size_t paragraph = 0;                ///< the body paragraph, or the one referencing the footnote
  const DraftFootnote* footnote = nullptr;  ///< the footnote it stands in, or nullptr
  std::string text;
};

/// Every anchored piece of text of `document`, body first, then footnotes.
std::vector<AnchoredText> anchored_texts(const DraftDocument& document);

/// The figure an anchored count gives ("Nine States Parties" 9, "at least 7" 7), if any.
std::optional<long> anchored_figure(const std::string& text, const Vocabulary& words);

}  // namespace mspdoc
