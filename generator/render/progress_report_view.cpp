#include "render/progress_report_view.h"

#include <array>

#include "render/markdown.h"
#include "render/report_text.h"
#include "render/report_view.h"

namespace mspdoc {
namespace {

using kainjow::mustache::data;

std::string or_default(const std::string& value, std::string fallback) {
  return value.empty() ? fallback : value;
}

/// Heading and layout of the indicator tables, the draft's or mspdoc's.
void set_table_layout(data& view, const ActionPlan& plan) {
  bool count_first = plan.table == TableLayout::count_first;
  view.set("figures_column", flag(!count_first));
  view.set("count_first", flag(count_first));
  view.set("action_heading", or_default(plan.action_heading, plan.short_name + " action"));
  view.set("indicator_heading", or_default(plan.indicator_heading, "Indicator"));
  view.set("result_heading", or_default(plan.result_heading, "Result"));
}

data table_rows(const Area& area, const ReportText& text, TableLayout layout) {
  data rows{data::type::list};
  for (const Action& action : area.actions) {
    bool first = true;
    for (const Indicator& indicator : action.indicators) {
      data row;
      row.set("action", first ? "Action " + std::to_string(action.number) : std::string());
      row.set("text", indicator.text);
      row.set("result", text.table_cell_markdown(indicator, layout == TableLayout::count_first));
      rows.push_back(row);
      first = false;
    }
  }
  return rows;
}

data summary_bullets(const Area& area, const ReportText& text) {
  data bullets{data::type::list};
  for (const Paragraph& item : area.summary) bullets.push_back(data("md", text.markdown(item.content)));
  if (!area.summary.empty()) return bullets;
  for (const Action& action : area.actions)
    for (const Indicator& indicator : action.indicators)
      if (!indicator.summary.empty()) bullets.push_back(data("md", text.summary_markdown(indicator)));
  return bullets;
}

data area_view(const Area& area, const ProgressReport& report, const ReportText& text) {
  data view;
  view.set("letter", area.letter);
  view.set("title", area.title);
  set_table_layout(view, report.plan);
  view.set("rows", table_rows(area, text, report.plan.table));
  view.set("narrative_title",
           or_default(area.narrative_title, area.title + ": monitoring progress on the actions"));
  view.set("questions_title",
           or_default(area.questions_title,
                      "Questions and challenges for discussion at the " + report.meeting.name()));
  view.set("narrative", paragraphs_view(area.narrative, text));
  view.set("questions", paragraphs_view(area.questions, text));
  view.set("has_narrative", flag(!area.narrative.empty()));
  view.set("narrative_heading", flag(area.narrative_heading));
  view.set("has_questions", flag(!area.questions.empty()));
  view.set("questions_number", area.narrative.empty() ? "1" : "2");
  return view;
}

void set_front_matter(data& view, const ProgressReport& report, const ReportText& text) {
  set_masthead(view, report.meeting, report.symbol, report.date, report.original);
  view.set("agenda_number", std::to_string(report.agenda_number));
  view.set("agenda_title", report.agenda_title);
  view.set("title", report.title);
  std::string note = text.markdown(report.title_note);
  view.set("title_note", note);
  view.set("has_title_note", flag(!note.empty()));
}

}  // namespace

data progress_report_view(const ProgressReport& report) {
  ReportText text(report);
  data view;
  set_front_matter(view, report, text);
  view.set("tab", std::string(kMarkdownTab));
  view.set("plan_name", report.plan.name);
  view.set("plan_short", report.plan.short_name);
  view.set("introduction", paragraphs_view(report.introduction, text));
  view.set("introduction_title", or_default(report.introduction_title, "Introduction"));
  view.set("summary_title", or_default(report.plan.summary_title, "Report summary"));
  view.set("monitoring_title",
           or_default(report.plan.title, "Monitoring progress in implementing the " + report.plan.name));
  data areas{data::type::list}, summary{data::type::list};
  for (const Area& area : report.plan.areas) {
    areas.push_back(area_view(area, report, text));
    data bullets = summary_bullets(area, text);
    if (bullets.is_empty_list()) continue;
    data summary_area;
    summary_area.set("title", or_default(area.summary_title, area.title));
    summary_area.set("bullets", bullets);
    summary.push_back(summary_area);
  }
  view.set("areas", areas);
  view.set("summary_areas", summary);
  for (int chapter = 1; chapter <= 3; ++chapter)
    view.set("chapter_" + std::to_string(chapter), roman_numeral(chapter) + ".");
  return view;
}

}  // namespace mspdoc
