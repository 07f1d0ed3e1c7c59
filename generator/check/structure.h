#pragma once
/// The structure of a draft, worked out once and read by every rule: the date that decides
/// statuses and where it came from, the convention and its treaty, the reporting period, the
/// meeting, whether the draft is a UN document, and the heading tree with the kind of each label.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "docx/reader.h"
#include "registry/treaty.h"
#include "registry/vocabulary.h"

namespace mspdoc {

/// The UN kinds of heading labels: chapters I, II…; sections A, B…; subsections 1, 2….
enum class LabelKind { none, chapter, section, subsection };

/// A heading as a reader sees it.
struct Heading {
  std::size_t paragraph = 0;  ///< index in DraftDocument::paragraphs
  std::string label;          ///< "IV", "B", "3": the label a reader sees, without its full stop
  LabelKind kind = LabelKind::none;
  int level = -1;  ///< 0 chapter, 1 section, 2 subsection (from the label's kind), else the outline level
};

/// What every rule reads about a draft besides its paragraphs.
struct DraftStructure {
  std::optional<SourcedDate> as_of;        ///< decides statuses; nullopt: the draft gives no date at all
  const Convention* convention = nullptr;  ///< the convention the draft is of, when recognised
  const Treaty* treaty = nullptr;          ///< its treaty events, when data/treaties/ holds them
  std::optional<Date> period_from, period_to;
  std::optional<Date> meeting_first_day;
  bool un_document = false;          ///< it carries a UN document symbol, so UN heading rules apply
  std::size_t front_matter_end = 0;  ///< index of the first heading or numbered body paragraph
  std::vector<Heading> headings;     ///< in reading order
  std::vector<bool> in_summary;      ///< per paragraph: part of the report summary
};

/// Works out the structure of `document`. The date that decides statuses is, in this order:
/// `as_of` (the --as-of option), the masthead date, the end of the reporting period, the meeting's
/// first day, the latest date in the front matter; never today. The treaty comes from the
/// symbol's prefix, else from the first convention the draft names. The summary is found by its
/// place and shape: a section before the first table whose items mostly open with a count.
DraftStructure read_structure(const DraftDocument& document, const Vocabulary& vocabulary,
                              const std::vector<Treaty>& treaties, std::optional<Date> as_of);

/// "masthead date", "end of the reporting period", ... as the output names a date's source.
std::string describe_as_of(const DraftStructure& structure);

}  // namespace mspdoc
