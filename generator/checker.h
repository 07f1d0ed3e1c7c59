#pragma once
/// Checking a draft: every rule of the design notes over the paragraphs, lists, counts and
/// footnotes of a DraftDocument. A checker reports every finding, not the first.

#include <optional>
#include <string>
#include <vector>

#include "claims.h"
#include "date.h"
#include "docx_reader.h"
#include "findings.h"
#include "organizations.h"
#include "state_registry.h"
#include "treaty.h"

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
  std::vector<Place> places;        ///< one per paragraph
  std::vector<CountClaim> claims;   ///< in reading order
};

/// participant-mismatch: the States that took part in a meeting, by category (States Parties,
/// signatories, other States), compared between documents of that meeting, both ways.
std::vector<Finding> check_participants(const std::vector<const DraftDocument*>& documents, const CheckContext& context);

/// Runs every rule; findings come back in reading order.
std::vector<Finding> check_document(const DraftDocument& document, const CheckContext& context);

/// Where each paragraph stands: front matter, report summary, indicator table, body.
std::vector<Place> find_places(const DraftDocument& document);

// The rules, each adding what it finds.
void check_lists(const Analysis& analysis, std::vector<Finding>& findings);       ///< count-mismatch, unknown-name, name-variant, status-conflict
void check_relations(const Analysis& analysis, std::vector<Finding>& findings);   ///< not-a-subset, overlap, arithmetic
void check_restatements(const Analysis& analysis, std::vector<Finding>& findings);  ///< indicator-mismatch, total-mismatch
void check_text(const Analysis& analysis, std::vector<Finding>& findings);        ///< placeholder, numbering, date-out-of-period

/// A finding located at a claim (its paragraph, place and, for a list in a footnote, the footnote).
Finding finding_at(const Analysis& analysis, const CountClaim& claim, const char* rule, Severity severity,
                   std::string message);
/// A finding located at a paragraph and a span of its text.
Finding finding_in(const Analysis& analysis, std::size_t paragraph, std::size_t begin, std::size_t end,
                   const char* rule, Severity severity, std::string message);

}  // namespace mspdoc
