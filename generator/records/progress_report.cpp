#include "records/progress_report.h"

#include <algorithm>
#include <set>

#include "core/xml_input.h"
#include "records/record_reader.h"
#include "registry/un_style.h"

namespace mspdoc {
namespace {

class ProgressReportReader {
 public:
  ProgressReportReader(const XmlFile& file, const Paths& paths, const StateRegistry& registry, Errors& errors)
      : file_(file), paths_(paths), registry_(registry), errors_(errors), reader_(file, registry, errors) {}

  ProgressReport read();

 private:
  void read_sets(const xmlNode* sets);
  StateSet read_set(const xmlNode* node);
  void check_status(const StateSet& set, const State& state, const xmlNode* node);
  ActionPlan read_plan(const xmlNode* node);
  Indicator read_indicator(const xmlNode* node, int action);
  void check_reference(const Inline& piece);
  void check_all_references();

  const XmlFile& file_;
  const Paths& paths_;
  const StateRegistry& registry_;
  Errors& errors_;
  RecordReader reader_;
  std::optional<Treaty> treaty_;
  ProgressReport report_;
};

ProgressReport ProgressReportReader::read() {
  const xmlNode* root = file_.root();
  report_.file = file_.path();
  DocumentHead head = read_document_head(file_, reader_, paths_, registry_, errors_);
  report_.symbol = head.symbol;
  report_.date = head.date;
  report_.original = head.original;
  report_.meeting = std::move(head.linked.meeting);
  treaty_ = std::move(head.linked.treaty);
  const xmlNode* agenda = first_child(root, "agenda-item");
  report_.agenda_number = int(reader_.number(agenda, "number").value_or(0));
  report_.agenda_title = text_of(agenda);
  report_.title = text_of(first_child(root, "title"));
  report_.title_note = reader_.inlines(first_child(root, "title-note"));
  const xmlNode* period = first_child(root, "period");
  report_.period_from = reader_.date(period, "from");
  report_.period_to = reader_.date(period, "to");
  if (report_.period_to < report_.period_from) reader_.error(period, "the period ends before it starts");
  read_sets(first_child(root, "sets"));
  report_.introduction = reader_.paragraphs(first_child(root, "introduction"));
  report_.introduction_title = reader_.text(first_child(root, "introduction"), "title");
  report_.plan = read_plan(first_child(root, "action-plan"));
  check_all_references();
  return std::move(report_);
}

void ProgressReportReader::read_sets(const xmlNode* sets) {
  for (const xmlNode* node : child_elements(sets, "set")) {
    StateSet set = read_set(node);
    if (report_.sets.count(set.id)) reader_.error(node, "set \"" + set.id + "\" is defined twice");
    report_.sets.emplace(set.id, std::move(set));
  }
}

StateSet ProgressReportReader::read_set(const xmlNode* node) {
  StateSet set;
  set.id = reader_.text(node, "id");
  set.line = int(xmlGetLineNo(node));
  std::string status = reader_.text(node, "status");
  if (status != "any") set.required = parse_status(status);
  set.noun = reader_.text(node, "noun");
  std::set<std::string> seen;
  for (const xmlNode* member : child_elements(node, "state")) {
    const State* state = reader_.state(member);
    if (!state) continue;
    if (!seen.insert(state->iso3).second) {
      reader_.error(member, state->short_name + " is listed twice in set \"" + set.id + "\"");
      continue;
    }
    check_status(set, *state, member);
    set.members.push_back(state);
  }
  sort_un_by(set.members, [](const State* state) -> const std::string& { return state->short_name; });
  return set;
}

void ProgressReportReader::check_status(const StateSet& set, const State& state, const xmlNode* node) {
  if (!set.required || !treaty_) return;
  // The same choice as the checker makes on the document this record becomes.
  Date day =
      first_date({{report_.date, "masthead"}, {report_.period_to, "end of the reporting period"}})->date;
  Status actual = treaty_->status(state.iso3, day);
  if (actual == *set.required) return;
  reader_.error(node, state.short_name + " was " + std::string(status_phrase(actual)) + " on " +
                          day.un_style() + ", so it cannot be in set \"" + set.id + "\" of " + set_noun(set) +
                          " (status=\"" + std::string(status_name(*set.required)) + "\")");
}

ActionPlan ProgressReportReader::read_plan(const xmlNode* node) {
  ActionPlan plan;
  plan.name = reader_.text(node, "name");
  plan.short_name = reader_.text(node, "short");
  plan.title = reader_.text(node, "title");
  plan.summary_title = reader_.text(node, "summary-title");
  if (reader_.text(node, "table") == "count-first") plan.table = TableLayout::count_first;
  plan.action_heading = reader_.text(node, "action-heading");
  plan.indicator_heading = reader_.text(node, "indicator-heading");
  plan.result_heading = reader_.text(node, "result-heading");
  std::set<std::string> ids;
  for (const xmlNode* area_node : child_elements(node, "area")) {
    Area area;
    area.letter = reader_.text(area_node, "letter");
    area.title = reader_.text(area_node, "title");
    for (const xmlNode* action_node : child_elements(area_node, "action")) {
      Action action{int(reader_.number(action_node, "number").value_or(0)), {}};
      for (const xmlNode* indicator_node : child_elements(action_node, "indicator")) {
        Indicator indicator = read_indicator(indicator_node, action.number);
        if (!ids.insert(indicator.id).second)
          reader_.error(indicator_node, "indicator \"" + indicator.id + "\" is defined twice");
        action.indicators.push_back(std::move(indicator));
      }
      area.actions.push_back(std::move(action));
    }
    const xmlNode* summary = first_child(area_node, "summary");
    area.summary_title = reader_.text(summary, "title");
    for (const xmlNode* item : child_elements(summary, "item"))
      area.summary.push_back(Paragraph{reader_.inlines(item), {}, int(xmlGetLineNo(item))});
    const xmlNode* narrative = first_child(area_node, "narrative");
    area.narrative = reader_.paragraphs(narrative);
    area.narrative_title = reader_.text(narrative, "title");
    area.narrative_heading = reader_.text(narrative, "heading") != "none";
    const xmlNode* questions = first_child(area_node, "questions");
    area.questions = reader_.paragraphs(questions);
    area.questions_title = reader_.text(questions, "title");
    plan.areas.push_back(std::move(area));
  }
  return plan;
}

Indicator ProgressReportReader::read_indicator(const xmlNode* node, int action) {
  Indicator indicator;
  indicator.id = reader_.text(node, "id");
  indicator.action = action;
  indicator.text = text_of(node);
  indicator.line = int(xmlGetLineNo(node));
  indicator.noun = reader_.text(node, "noun");
  indicator.summary = reader_.text(node, "summary");
  indicator.value.set = reader_.text(node, "set");
  indicator.value.count = reader_.number(node, "count");
  indicator.value.of = reader_.number(node, "of");
  indicator.value.basis = reader_.text(node, "basis");
  indicator.value.at_least = reader_.text(node, "at-least") == "true";
  if (indicator.value.set.empty() && !indicator.value.count)
    report_.warnings.push_back(file_.error_at(
        node, "warning: indicator \"" + indicator.id + "\" has no value yet; it renders as [not yet known]"));
  return indicator;
}

void ProgressReportReader::check_reference(const Inline& piece) {
  if (!piece.set.empty() && !report_.sets.count(piece.set))
    errors_.push_back(Error{file_.path(), piece.line, "no set has id \"" + piece.set + "\""});
  if (!piece.indicator.empty() && !report_.find_indicator(piece.indicator))
    errors_.push_back(Error{file_.path(), piece.line, "no indicator has id \"" + piece.indicator + "\""});
  if (piece.kind == Inline::Kind::document && piece.placement == "title")
    errors_.push_back(
        Error{file_.path(), piece.line,
              "<doc as=\"title\"> needs a list of documents, which a progress report does not have"});
}

void ProgressReportReader::check_all_references() {
  auto check = [this](const Inline& piece) { check_reference(piece); };
  for_each_inline(report_.title_note, check);
  for_each_inline(report_.introduction, check);
  for (const Area& area : report_.plan.areas) {
    for_each_inline(area.narrative, check);
    for_each_inline(area.questions, check);
    for_each_inline(area.summary, check);
    for (const Action& action : area.actions)
      for (const Indicator& indicator : action.indicators)
        if (!indicator.value.set.empty() && !report_.sets.count(indicator.value.set))
          errors_.push_back(
              Error{file_.path(), indicator.line, "no set has id \"" + indicator.value.set + "\""});
  }
}

}  // namespace

Result<ProgressReport> load_progress_report(const std::filesystem::path& file, const Paths& paths,
                                            const StateRegistry& registry) {
  return read_record<ProgressReportReader>(file, "progress-report", paths, registry);
}

const Indicator* ProgressReport::find_indicator(const std::string& id) const {
  for (const Area& area : plan.areas)
    for (const Action& action : area.actions)
      for (const Indicator& indicator : action.indicators)
        if (indicator.id == id) return &indicator;
  return nullptr;
}

}  // namespace mspdoc
