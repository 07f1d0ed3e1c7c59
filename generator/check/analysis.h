#pragma once
/// A draft with its structure, claims and places worked out once, shared by every rule, and the
/// helpers that locate a finding where a reader finds it.

#include <optional>
#include <string>
#include <vector>

#include "check/claims.h"
#include "check/findings.h"
#include "check/structure.h"
#include "core/date.h"
#include "docx/reader.h"
#include "records/progress_report.h"
#include "registry/organizations.h"
#include "registry/state_registry.h"
#include "registry/treaty.h"
#include "registry/vocabulary.h"

namespace mspdoc {

/// What the rules need besides the draft, loaded once for every draft checked.
struct CheckData {
  StateRegistry registry;
  Organizations organizations;
  Vocabulary vocabulary;
  std::vector<Treaty> treaties;  ///< every treaty data/treaties/ holds

  /// Loads the registry, organizations, the English vocabulary and every treaty.
  static Result<CheckData> load(const Paths& paths);
};

/// The data, and the date the user gave to decide statuses.
struct CheckContext {
  const CheckData& data;
  std::optional<Date> as_of;  ///< --as-of; otherwise the draft's structure decides (never today)
  const ProgressReport* records = nullptr;  ///< --records: what anchored text is compared with
};

/// Where a paragraph stands, in words a drafter recognises.
struct Place {
  enum class Kind { front, summary, table, body, heading } kind = Kind::front;
  std::string action;       ///< in an indicator table: "Action 17"
  std::string description;  ///< "paragraph 48", "the table for Action 17", "the report summary"
};

/// A draft with its structure, claims and places worked out once, shared by the rules.
struct Analysis {
  const DraftDocument& document;
  const CheckContext& context;
  DraftStructure structure;
  std::vector<Place> places;       ///< one per paragraph
  std::vector<CountClaim> claims;  ///< in reading order
};

/// Where each paragraph stands: front matter, report summary, indicator table, body.
std::vector<Place> find_places(const DraftDocument& document, const DraftStructure& structure,
                               const Vocabulary& words);

/// A finding located at a claim (its paragraph, place and, for a list in a footnote, the footnote).
Finding finding_at(const Analysis& analysis, const CountClaim& claim, const char* rule, Severity severity,
                   std::string message);
/// A finding located at a paragraph and a span of its text.
Finding finding_in(const Analysis& analysis, std::size_t paragraph, std::size_t begin, std::size_t end,
                   const char* rule, Severity severity, std::string message);

}  // namespace mspdoc
