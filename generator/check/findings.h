#pragma once
/// What a check finds: one record per finding, as the command line prints it (text or JSON).

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "docx/annotate.h"

namespace mspdoc {

enum class Severity { error, warning };

/// One thing a draft gets wrong, located where a reader finds it.
struct Finding {
  std::string file;
  std::string rule;  ///< a rule id of the design notes: count-mismatch, not-a-subset, ...
  Severity severity = Severity::error;
  std::string paragraph;           ///< the paragraph number a reader sees ("48", "85 (a)"); empty: none
  std::string footnote;            ///< the footnote mark a reader sees; empty: none
  std::string message;             ///< for a drafter: "paragraph 53 says Eight States Parties but lists 6"
  std::vector<std::string> names;  ///< the States involved, by UN short name
  std::optional<long> stated, listed;

  // Where to anchor a comment in the draft.
  std::size_t paragraph_index = 0;
  std::size_t begin = 0, end = 0;  ///< in the paragraph's text
  std::string footnote_id;         ///< anchor at this footnote's reference instead
};

/// What a run says of one document besides its findings: the date that decided statuses and
/// where it came from, and the treaty whose statuses were checked.
struct DocumentNote {
  std::string file;
  std::string as_of;         ///< "2024-09-18"; empty when the draft gives no date
  std::string as_of_source;  ///< "masthead", "end of the reporting period", "--as-of", ...
  std::string treaty;        ///< the treaty's id; empty when statuses were not checked
  std::string remark;        ///< why statuses were not checked, for the user; empty when they were
};

/// Findings in reading order: by paragraph, then place, then rule.
void sort_findings(std::vector<Finding>& findings);

/// "error" or "warning".
const char* severity_name(Severity severity);

/// For each document, "file: statuses as of DATE (SOURCE)" (and its remark on a line of its own),
/// then one line per finding: "file:paragraph:footnote: rule: message" (empty parts left empty).
std::string findings_as_text(const std::vector<Finding>& findings,
                             const std::vector<DocumentNote>& notes = {});

/// The JSON object of the command-line contract: as_of (of the first document), documents,
/// findings, errors, warnings.
std::string findings_as_json(const std::vector<Finding>& findings,
                             const std::vector<DocumentNote>& notes = {});

/// One Word comment per finding, at its place: "rule (warning): message".
std::vector<Annotation> annotations_for(const std::vector<Finding>& findings);

/// How many findings have this severity.
std::size_t count_severity(const std::vector<Finding>& findings, Severity severity);

}  // namespace mspdoc
