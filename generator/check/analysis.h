#pragma once
/// A draft with its claims and places worked out once, shared by every rule, and the helpers
/// that locate a finding where a reader finds it.

#include <optional>
#include <string>
#include <vector>

#include "check/claims.h"
#include "check/findings.h"
#include "core/date.h"
#include "docx/reader.h"
#include "registry/organizations.h"
#include "registry/state_registry.h"
#include "registry/treaty.h"

namespace mspdoc {

/// What the rules need besides the draft.
struct CheckContext {
  const StateRegistry& registry;
  const Organizations& organizations;
  const Treaty& treaty;
  std::optional<Date> as_of;  ///< decides statuses; default: the draft's masthead date, else today
};

/// Where a paragraph stands, in words a drafter recognises.
struct Place {
  enum class Kind { front, summary, table, body, heading } kind = Kind::front;
  std::string action;       ///< in an indicator table: "Action 17"
  std::string description;  ///< "paragraph 48", "the table for Action 17", "the report summary"
};

/// A draft with its claims and places worked out once, shared by the rules.
struct Analysis {
  const DraftDocument& document;
  const CheckContext& context;
  Date as_of;
  std::vector<Place> places;       ///< one per paragraph
  std::vector<CountClaim> claims;  ///< in reading order
};

/// Where each paragraph stands: front matter, report summary, indicator table, body.
std::vector<Place> find_places(const DraftDocument& document);

/// A finding located at a claim (its paragraph, place and, for a list in a footnote, the footnote).
Finding finding_at(const Analysis& analysis, const CountClaim& claim, const char* rule, Severity severity,
                   std::string message);
/// A finding located at a paragraph and a span of its text.
Finding finding_in(const Analysis& analysis, std::size_t paragraph, std::size_t begin, std::size_t end,
                   const char* rule, Severity severity, std::string message);

}  // namespace mspdoc
