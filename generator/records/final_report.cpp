#include "records/final_report.h"

#include <set>

#include "core/xml_input.h"
#include "records/record_reader.h"
#include "registry/un_style.h"

namespace mspdoc {
namespace {

class FinalReportReader {
 public:
  FinalReportReader(const XmlFile& file, const Paths& paths, const StateRegistry& registry, Errors& errors)
      : file_(file), paths_(paths), registry_(registry), errors_(errors), reader_(file, registry, errors) {}

  FinalReport read();

 private:
  const State* state_attribute(const xmlNode* node, const char* name);
  void read_participants(const xmlNode* node);
  void read_procedure(const xmlNode* node);
  void read_documents(const xmlNode* node);
  Decision read_decision(const xmlNode* node);
  ExtensionRequest read_extension(const xmlNode* node);
  std::vector<Coordinator> read_coordinators(const xmlNode* node);
  void check_reference(const Inline& piece);

  const XmlFile& file_;
  const Paths& paths_;
  const StateRegistry& registry_;
  Errors& errors_;
  RecordReader reader_;
  std::optional<Treaty> treaty_;
  FinalReport report_;
};

const State* FinalReportReader::state_attribute(const xmlNode* node, const char* name) {
  std::string typed = reader_.text(node, name);
  if (const State* state = registry_.resolve(typed)) return state;
  std::vector<std::string> near;
  for (const State* candidate : registry_.suggest(typed)) near.push_back(candidate->short_name);
  reader_.error(node, std::string(name) + "=\"" + typed + "\" is no known State" +
                          (near.empty() ? "" : "; did you mean " + join_list(near, "or") + "?"));
  return nullptr;
}

FinalReport FinalReportReader::read() {
  const xmlNode* root = file_.root();
  report_.file = file_.path();
  DocumentHead head = read_document_head(file_, reader_, paths_, registry_, errors_);
  report_.symbol = head.symbol;
  report_.date = head.date;
  report_.original = head.original;
  report_.meeting = std::move(head.linked.meeting);
  treaty_ = std::move(head.linked.treaty);
  if (!report_.meeting.file.empty() && report_.meeting.president_name.empty())
    errors_.push_back(Error{report_.meeting.file, 0,
                            "a final report needs the meeting's President: add <president name=\"...\" "
                            "state=\"...\"/> to the meeting record"});
  report_.title_note = reader_.inlines(first_child(root, "title-note"));
  report_.introduction = reader_.paragraphs(first_child(root, "introduction"));
  read_documents(first_child(root, "documents"));
  read_participants(first_child(root, "participants"));
  read_procedure(first_child(root, "procedure"));
  report_.organization = reader_.paragraphs(first_child(root, "organization"));
  report_.work = reader_.paragraphs(first_child(root, "work"));
  for (const xmlNode* node : child_elements(first_child(root, "decisions")))
    report_.decisions.push_back(read_decision(node));
  report_.closing = reader_.paragraphs(first_child(root, "closing"));
  auto check = [this](const Inline& piece) { check_reference(piece); };
  for_each_inline(report_.title_note, check);
  for (const auto* part : {&report_.introduction, &report_.organization, &report_.work, &report_.closing})
    for_each_inline(*part, check);
  for (const Decision& decision : report_.decisions) {
    if (const auto* paragraphs = std::get_if<std::vector<Paragraph>>(&decision))
      for_each_inline(*paragraphs, check);
    if (const auto* request = std::get_if<ExtensionRequest>(&decision)) {
      for (const auto& observation : request->observations) for_each_inline(observation, check);
      for (const auto& item : request->report_on) for_each_inline(item, check);
    }
  }
  return std::move(report_);
}

void FinalReportReader::read_participants(const xmlNode* node) {
  Participation& participation = report_.participation;
  std::set<std::string> seen;
  for (const xmlNode* child : child_elements(node)) {
    if (name_of(child) == "organization") {
      (reader_.text(child, "rule") == "1(2)" ? participation.organizations_rule_1_2
                                             : participation.organizations_rule_1_3)
          .push_back(text_of(child));
      continue;
    }
    const State* state = reader_.state(child);
    if (!state) continue;
    if (!seen.insert(state->iso3).second) {
      reader_.error(child, state->short_name + " is listed twice among the participants");
      continue;
    }
    Status status = treaty_ ? treaty_->status(state->iso3, report_.meeting.from) : Status::non_party;
    (status == Status::party       ? participation.states_parties
     : status == Status::signatory ? participation.signatories
                                   : participation.other_states)
        .push_back(state);
  }
  for (auto* list : {&participation.states_parties, &participation.signatories, &participation.other_states})
    sort_un_by(*list, [](const State* state) -> const std::string& { return state->short_name; });
}

void FinalReportReader::read_procedure(const xmlNode* node) {
  Procedure& procedure = report_.procedure;
  procedure.plenary_sessions = int(reader_.number(node, "plenary-sessions").value_or(0));
  procedure.agenda = reader_.text(node, "agenda");
  procedure.rules_of_procedure = reader_.text(node, "rules-of-procedure");
  procedure.programme_of_work = reader_.text(node, "programme-of-work");
  for (const xmlNode* vice : child_elements(node, "vice-president"))
    if (const State* state = state_attribute(vice, "state")) procedure.vice_presidents.push_back(state);
  const xmlNode* secretary = first_child(node, "secretary-general");
  procedure.secretary_general = reader_.text(secretary, "name");
  procedure.secretary_general_position = reader_.text(secretary, "position");
}

void FinalReportReader::read_documents(const xmlNode* node) {
  for (const xmlNode* entry : child_elements(node, "document")) {
    DocumentInfo info{reader_.text(entry, "symbol"), text_of(first_child(entry, "title")), {}};
    for (const xmlNode* state : child_elements(first_child(entry, "submitted-by"), "state"))
      if (const State* found = reader_.state(state)) info.submitted_by.push_back(found);
    if (!report_.by_symbol.emplace(info.symbol, info).second)
      reader_.error(entry, "document " + info.symbol + " is listed twice");
    else
      report_.documents.push_back(info);
  }
}

ExtensionRequest FinalReportReader::read_extension(const xmlNode* node) {
  ExtensionRequest request;
  request.state = state_attribute(node, "state");
  request.article = int(reader_.number(node, "article").value_or(4));
  request.years = int(reader_.number(node, "years").value_or(0));
  request.deadline = reader_.date(node, "deadline");
  request.analysis = reader_.text(node, "analysis");
  for (const xmlNode* observation : child_elements(node, "observation"))
    request.observations.push_back(reader_.inlines(observation));
  for (const xmlNode* item : child_elements(first_child(node, "report-on"), "item"))
    request.report_on.push_back(reader_.inlines(item));
  if (request.state && treaty_ && treaty_->status(request.state->iso3, report_.meeting.from) != Status::party)
    reader_.error(node, request.state->short_name +
                            " was not a State Party when the Meeting met, so it cannot request an extension");
  return request;
}

std::vector<Coordinator> FinalReportReader::read_coordinators(const xmlNode* node) {
  std::vector<Coordinator> coordinators;
  for (const xmlNode* entry : child_elements(node, "coordinator")) {
    Coordinator coordinator;
    coordinator.working_group = reader_.text(entry, "working-group");
    coordinator.state = state_attribute(entry, "state");
    coordinator.until = reader_.text(entry, "until");
    if (attribute(entry, "partner")) coordinator.partner = state_attribute(entry, "partner");
    coordinator.partner_until = reader_.text(entry, "partner-until");
    coordinators.push_back(coordinator);
  }
  return coordinators;
}

Decision FinalReportReader::read_decision(const xmlNode* node) {
  std::string_view kind = name_of(node);
  if (kind == "extension-request") return read_extension(node);
  if (kind == "coordinators") return read_coordinators(node);
  if (kind == "appreciation") {
    Appreciation appreciation{reader_.text(node, "working-group"), {}};
    for (const xmlNode* state : child_elements(node, "state"))
      if (const State* found = reader_.state(state)) appreciation.coordinators.push_back(found);
    return appreciation;
  }
  if (kind == "next-president")
    return NextPresident{reader_.text(node, "name"), reader_.text(node, "title"),
                         reader_.text(node, "meeting"), state_attribute(node, "state"),
                         int(reader_.number(node, "year").value_or(0))};
  if (kind == "next-meeting") {
    NextMeeting next{
        reader_.text(node, "ordinal"), reader_.text(node, "place"), reader_.text(node, "costs"), {}, {}, {}};
    if (attribute(node, "week-of"))
      next.week_of = reader_.date(node, "week-of");
    else
      next.from = reader_.date(node, "from"), next.to = reader_.date(node, "to");
    return next;
  }
  if (kind == "budget")
    return Budget{reader_.text(node, "symbol"), text_of(node), int(reader_.number(node, "year").value_or(0))};
  return reader_.paragraphs(node);
}

void FinalReportReader::check_reference(const Inline& piece) {
  if (piece.kind == Inline::Kind::document && piece.placement == "title" &&
      !report_.by_symbol.count(piece.symbol))
    errors_.push_back(Error{file_.path(), piece.line,
                            "document " + piece.symbol + " is not in <documents>, so its title is unknown"});
  if (!piece.set.empty() || !piece.indicator.empty())
    errors_.push_back(
        Error{file_.path(), piece.line, "a final report has no sets or indicators to refer to"});
}

}  // namespace

Result<FinalReport> load_final_report(const std::filesystem::path& file, const Paths& paths,
                                      const StateRegistry& registry) {
  return read_record<FinalReportReader>(file, "final-report", paths, registry);
}

}  // namespace mspdoc
