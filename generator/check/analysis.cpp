#include "check/analysis.h"

#include <algorithm>
#include <cctype>

#include "core/text.h"

namespace mspdoc {
namespace {

std::string trim(const std::string& text) {
  std::size_t first = text.find_first_not_of(" \t");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

/// The label of the row an indicator-table cell stands in: the first cell of its row, or of the
/// nearest row above with one (merged cells), when it is a short label and not the count itself.
std::string row_label(const DraftDocument& document, std::size_t index) {
  const DraftParagraph& here = document.paragraphs[index];
  for (std::size_t i = index + 1; i-- > 0;) {
    const DraftParagraph& p = document.paragraphs[i];
    if (p.table != here.table) break;
    if (p.cell != 0 || p.row > here.row) continue;
    std::string label = trim(p.text);
    if (label.empty()) continue;
    bool short_label = label.size() <= 30 && std::count(label.begin(), label.end(), ' ') <= 3;
    return short_label ? label : "";
  }
  return {};
}

/// How a finding names a table cell: "the table for Action 17" when its row is labelled with a
/// word drafters use for indicator rows, "table 3, row "1.2"" for another label, else "table 3".
std::string describe_cell(const DraftParagraph& cell, const std::string& label, const Vocabulary& words) {
  std::string table = "table " + std::to_string(cell.table + 1);
  if (label.empty()) return table;
  for (const std::string& row : words.phrases("table-rows"))
    if (lower_ascii(label).rfind(row, 0) == 0) return "the table for " + label;
  return table + ", row \"" + label + "\"";
}

std::string describe_body(const DraftParagraph& paragraph) {
  if (paragraph.reference.empty()) return "the text before paragraph 1";
  if (paragraph.number.empty() || paragraph.reference.find(' ') != std::string::npos)
    return paragraph.number.empty() ? "the text under paragraph " + paragraph.reference
                                    : "paragraph " + paragraph.reference;
  return "paragraph " + paragraph.reference;
}

}  // namespace

std::vector<Place> find_places(const DraftDocument& document, const DraftStructure& structure,
                               const Vocabulary& words) {
  std::vector<Place> places;
  bool seen_body = false;
  std::string last_heading;  // for text under headings in drafts without numbered paragraphs
  for (std::size_t i = 0; i < document.paragraphs.size(); ++i) {
    const DraftParagraph& p = document.paragraphs[i];
    bool in_summary = i < structure.in_summary.size() && structure.in_summary[i];
    Place place;
    if (p.is_heading()) {
      place.kind = Place::Kind::heading;
      place.description = "the heading \"" + trim(p.text) + "\"";
      last_heading = utf8_prefix(trim(p.text), 60);
    } else if (p.table >= 0) {
      place.kind = Place::Kind::table;
      std::string label = row_label(document, i);
      place.description = describe_cell(p, label, words);
      if (place.description.rfind("the table for ", 0) == 0) place.action = label;
    } else if (in_summary) {
      place.kind = Place::Kind::summary;
      place.description = "the report summary";
    } else if (!p.number.empty() || seen_body) {
      seen_body = true;
      place.kind = Place::Kind::body;
      place.description = describe_body(p);
    } else if (!last_heading.empty()) {
      place.kind = Place::Kind::body;
      place.description = "the text under \"" + last_heading + "\"";
    } else {
      place.description = "the front matter";
    }
    places.push_back(place);
  }
  return places;
}

Finding finding_in(const Analysis& analysis, std::size_t paragraph, std::size_t begin, std::size_t end,
                   const char* rule, Severity severity, std::string message) {
  Finding finding;
  finding.file = analysis.document.file;
  finding.rule = rule;
  finding.severity = severity;
  const DraftParagraph& p = analysis.document.paragraphs[paragraph];
  finding.paragraph = p.table >= 0 ? "" : p.reference;
  finding.message = std::move(message);
  finding.paragraph_index = paragraph;
  finding.begin = begin;
  finding.end = end;
  return finding;
}

Finding finding_at(const Analysis& analysis, const CountClaim& claim, const char* rule, Severity severity,
                   std::string message) {
  Finding finding =
      finding_in(analysis, claim.paragraph, claim.begin, claim.end, rule, severity, std::move(message));
  if (!claim.list_footnote.empty())
    if (const DraftFootnote* note = analysis.document.footnote(claim.list_footnote)) {
      finding.footnote = note->mark;
      finding.footnote_id = note->id;
    }
  finding.stated = claim.stated;
  return finding;
}

Result<CheckData> CheckData::load(const Paths& paths) {
  auto registry = StateRegistry::load(paths);
  if (!registry) return registry.errors();
  auto organizations = Organizations::load(paths);
  if (!organizations) return organizations.errors();
  auto vocabulary = Vocabulary::load(paths);
  if (!vocabulary) return vocabulary.errors();
  auto treaties = Treaty::load_all(paths, *registry);
  if (!treaties) return treaties.errors();
  return CheckData{std::move(*registry), std::move(*organizations), std::move(*vocabulary),
                   std::move(*treaties)};
}

}  // namespace mspdoc
