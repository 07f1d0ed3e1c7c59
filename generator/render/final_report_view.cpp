#include "render/final_report_view.h"

#include "render/markdown.h"
#include "render/progress_report_view.h"
#include "render/report_text.h"
#include "render/report_view.h"

namespace mspdoc {
namespace {

using kainjow::mustache::data;

std::string names_markdown(const std::vector<const State*>& states, Position where = Position::running_text) {
  std::vector<std::string> names;
  for (const State* state : states)
    names.push_back(state->in_text(names.empty() ? where : Position::running_text));
  return escape_markdown(join_list(names));
}

std::string state_markdown(const State* state, Position where = Position::running_text) {
  return state ? escape_markdown(state->in_text(where)) : "";
}

/// Items (a), (b), ... ending with ";" and the last with ".".
data enumerated(const std::vector<std::string>& items) {
  data out{data::type::list};
  for (std::size_t i = 0; i < items.size(); ++i)
    out.push_back(data("md", items[i] + (i + 1 == items.size() ? "." : ";")));
  return out;
}

std::string years_text(int years) {
  return count_in_text(years) + (years == 1 ? " year" : " years");
}

data extension_view(const ExtensionRequest& request, const ReportText& text) {
  data view;
  view.set("state_heading", request.state ? request.state->short_name : "");
  view.set("state", state_markdown(request.state));
  view.set("article", std::to_string(request.article));
  view.set("article_3", flag(request.article == 3));
  view.set("article_4", flag(request.article == 4));
  view.set("years", years_text(request.years));
  view.set("deadline", request.deadline.un_style());
  if (!request.analysis.empty()) view.set("analysis", request.analysis);  // kainjow takes "" as true
  data observations{data::type::list};
  for (const auto& observation : request.observations)
    observations.push_back(data("md", text.markdown(observation)));
  view.set("observations", observations);
  std::vector<std::string> items;
  for (const auto& item : request.report_on) items.push_back(text.markdown(item));
  view.set("report_on", enumerated(items));
  return view;
}

data coordinators_view(const std::vector<Coordinator>& coordinators) {
  std::vector<std::string> items;
  for (const Coordinator& c : coordinators) {
    std::string line = escape_markdown(c.working_group) + ": " + state_markdown(c.state);
    if (!c.until.empty()) line += " \\(until " + escape_markdown(c.until) + "\\)";
    if (c.partner) {
      line += ", working with " + state_markdown(c.partner);
      if (!c.partner_until.empty()) line += " \\(until " + escape_markdown(c.partner_until) + "\\)";
    }
    items.push_back(line);
  }
  return data("items", enumerated(items));
}

data decision_view(const Decision& decision, const ReportText& text) {
  data view;
  if (const auto* list = std::get_if<std::vector<Paragraph>>(&decision))
    view.set("text", data("paragraphs", paragraphs_view(*list, text)));
  else if (const auto* request = std::get_if<ExtensionRequest>(&decision))
    view.set("extension", extension_view(*request, text));
  else if (const auto* thanks = std::get_if<Appreciation>(&decision)) {
    data appreciation;
    appreciation.set("states", names_markdown(thanks->coordinators));
    appreciation.set("working_group", thanks->working_group);
    bool one = thanks->coordinators.size() == 1;
    appreciation.set("coordinators", one ? "Coordinator" : "Coordinators");
    appreciation.set("their", one ? "its" : "their");
    view.set("appreciation", appreciation);
  } else if (const auto* coordinators = std::get_if<std::vector<Coordinator>>(&decision)) {
    view.set("coordinators", coordinators_view(*coordinators));
  } else if (const auto* president = std::get_if<NextPresident>(&decision)) {
    data next;
    next.set("title", president->title.empty() ? "" : president->title + " ");
    next.set("name", president->name);
    next.set("state", state_markdown(president->state));
    next.set("meeting", president->meeting);
    next.set("year", std::to_string(president->year));
    view.set("next_president", next);
  } else if (const auto* meeting = std::get_if<NextMeeting>(&decision)) {
    data next;
    next.set("ordinal", meeting->ordinal);
    next.set("place", meeting->place);
    next.set("when", meeting->week_of ? "during the week of " + meeting->week_of->un_style()
                                      : date_span(*meeting->from, *meeting->to));
    if (!meeting->costs.empty()) next.set("costs", meeting->costs);
    view.set("next_meeting", next);
  } else if (const auto* budget = std::get_if<Budget>(&decision)) {
    data adopted;
    adopted.set("what", budget->what);
    adopted.set("year", std::to_string(budget->year));
    adopted.set("symbol", budget->symbol);
    view.set("budget", adopted);
  }
  return view;
}

std::vector<std::string> plain(const std::vector<std::string>& names) {
  std::vector<std::string> escaped;
  for (const std::string& name : names) escaped.push_back(escape_markdown(name));
  return escaped;
}

void set_participation(data& view, const Participation& p) {
  view.set("states_parties", names_markdown(p.states_parties));
  view.set("has_states_parties", flag(!p.states_parties.empty()));
  view.set("signatories", names_markdown(p.signatories));
  view.set("has_signatories", flag(!p.signatories.empty()));
  view.set("other_states", names_markdown(p.other_states, Position::sentence_start));
  view.set("has_other_states", flag(!p.other_states.empty()));
  view.set("organizations_1_2", join_list(plain(p.organizations_rule_1_2)));
  view.set("has_organizations_1_2", flag(!p.organizations_rule_1_2.empty()));
  view.set("organizations_1_3", join_list(plain(p.organizations_rule_1_3)));
  view.set("has_organizations_1_3", flag(!p.organizations_rule_1_3.empty()));
}

void set_procedure(data& view, const FinalReport& report) {
  const Procedure& procedure = report.procedure;
  const Meeting& meeting = report.meeting;
  view.set("plenary_sessions", count_in_text(procedure.plenary_sessions));
  std::string span = date_range(meeting.from, meeting.to);
  view.set("sessions_between", meeting.from == meeting.to
                                   ? "on " + span
                                   : "between " + span.replace(span.find("\u2013"), 3, " and "));
  view.set("opening_date", meeting.from.un_style());
  view.set("president",
           (meeting.president_title.empty() ? "" : meeting.president_title + " ") + meeting.president_name);
  view.set("president_state", state_markdown(meeting.president_state));
  view.set("agenda", procedure.agenda);
  view.set("rules_of_procedure", procedure.rules_of_procedure);
  if (!procedure.programme_of_work.empty()) view.set("programme_of_work", procedure.programme_of_work);
  view.set("vice_presidents", names_markdown(procedure.vice_presidents));
  view.set("secretary_general", procedure.secretary_general);
  view.set("secretary_general_position", procedure.secretary_general_position);
}

void set_front_matter(data& view, const FinalReport& report, const ReportText& text) {
  set_masthead(view, report.meeting, report.symbol, report.date, report.original);
  view.set("held_from", date_span(report.meeting.from, report.meeting.to));
  view.set("city", report.meeting.city);
  view.set("country", report.meeting.country);
  std::string note = text.markdown(report.title_note);
  view.set("title_note", note);
  view.set("has_title_note", flag(!note.empty()));
}

}  // namespace

data final_report_view(const FinalReport& report) {
  ReportText text(report.by_symbol);
  data view;
  set_front_matter(view, report, text);
  set_participation(view, report.participation);
  set_procedure(view, report);
  view.set("tab", std::string(kMarkdownTab));
  view.set("introduction", paragraphs_view(report.introduction, text));
  view.set("organization", paragraphs_view(report.organization, text));
  view.set("work", paragraphs_view(report.work, text));
  view.set("closing", paragraphs_view(report.closing, text));
  data decisions{data::type::list};
  for (const Decision& decision : report.decisions) decisions.push_back(decision_view(decision, text));
  view.set("decisions", decisions);
  data documents{data::type::list};
  for (const DocumentInfo& document : report.documents) {
    data row;
    row.set("symbol", document.symbol);
    row.set("title", document.title);
    documents.push_back(row);
  }
  view.set("documents", documents);
  for (int chapter = 1; chapter <= 4; ++chapter)
    view.set("chapter_" + std::to_string(chapter), roman_numeral(chapter) + ".");
  return view;
}

}  // namespace mspdoc
