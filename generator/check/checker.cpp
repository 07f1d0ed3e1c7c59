#include "check/checker.h"

#include "check/list_rules.h"
#include "check/relation_rules.h"
#include "check/restatement_rules.h"
#include "check/text_rules.h"

namespace mspdoc {

std::vector<Finding> check_document(const DraftDocument& document, const CheckContext& context) {
  Analysis analysis{document, context, context.as_of.value_or(document.date.value_or(Date::today())), {}, {}};
  analysis.places = find_places(document);
  for (std::size_t i = 0; i < document.paragraphs.size(); ++i) {
    if (document.paragraphs[i].is_heading()) continue;
    for (CountClaim& claim : extract_claims(document, i, context.registry, context.organizations))
      analysis.claims.push_back(std::move(claim));
  }
  std::vector<Finding> findings;
  check_lists(analysis, findings);
  check_relations(analysis, findings);
  check_restatements(analysis, findings);
  check_text(analysis, findings);
  sort_findings(findings);
  return findings;
}

}  // namespace mspdoc
