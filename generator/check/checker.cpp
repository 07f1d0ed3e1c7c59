#include "check/checker.h"

#include "check/anchor_rules.h"
#include "check/list_rules.h"
#include "check/relation_rules.h"
#include "check/restatement_rules.h"
#include "check/text_rules.h"

namespace mspdoc {

namespace {

DocumentNote note_of(const DraftDocument& document, const DraftStructure& structure) {
  DocumentNote note;
  note.file = document.file;
  if (structure.as_of) note.as_of = structure.as_of->date.iso(), note.as_of_source = structure.as_of->source;
  if (structure.treaty)
    note.treaty = structure.treaty->id();
  else if (structure.convention)
    note.remark = "no status checks: the draft is of the " + structure.convention->names.front() +
                  ", whose treaty events data/treaties/ does not hold";
  else
    note.remark = "no status checks: the draft names no convention whose treaty events data/treaties/ holds";
  return note;
}

}  // namespace

std::vector<Finding> check_document(const DraftDocument& document, const CheckContext& context) {
  return check_draft(document, context).findings;
}

CheckedDraft check_draft(const DraftDocument& document, const CheckContext& context) {
  Analysis analysis{document,
                    context,
                    read_structure(document, context.data.vocabulary, context.data.treaties, context.as_of),
                    {},
                    {}};
  analysis.places = find_places(document, analysis.structure, context.data.vocabulary);
  for (std::size_t i = 0; i < document.paragraphs.size(); ++i) {
    if (document.paragraphs[i].is_heading()) continue;
    std::vector<CountClaim> claims = extract_claims(document, i, context.data.registry,
                                                    context.data.organizations, context.data.vocabulary);
    analysis.claims.insert(analysis.claims.end(), std::make_move_iterator(claims.begin()),
                           std::make_move_iterator(claims.end()));
  }
  mark_anchored_claims(analysis);
  std::vector<Finding> findings;
  check_anchors(analysis, findings);
  if (context.records) compare_with_records(analysis, *context.records, findings);
  check_lists(analysis, findings);
  check_relations(analysis, findings);
  check_restatements(analysis, findings);
  check_text(analysis, findings);
  sort_findings(findings);
  return CheckedDraft{std::move(findings), note_of(document, analysis.structure)};
}

}  // namespace mspdoc
