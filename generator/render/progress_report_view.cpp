#include "render/progress_report_view.h"

#include <array>

#include "render/markdown.h"
#include "render/report_text.h"
#include "render/report_view.h"

namespace mspdoc {
namespace {

using kainjow::mustache::data;

data table_rows(const Area& area, const ReportText& text) {
  data rows{data::type::list};
  for (const Action& action : area.actions) {
    bool first = true;
    for (const Indicator& indicator : action.indicators) {
      data row;
      row.set("action", first ? "Action " + std::to_string(action.number) : std::string());
      row.set("text", indicator.text);
      row.set("result", text.table_cell_markdown(indicator));
      rows.push_back(row);
      first = false;
    }
  }
  return rows;
}

data summary_bullets(const Area& area, const ReportText& text) {
  data bullets{data::type::list};
  for (const Action& action : area.actions)
    for (const Indicator& indicator : action.indicators)
      if (!indicator.summary.empty()) bullets.push_back(data("md", text.summary_markdown(indicator)));
  return bullets;
}

data area_view(const Area& area, const ReportText& text) {
  data view;
  view.set("letter", area.letter);
  view.set("title", area.title);
  view.set("rows", table_rows(area, text));
  view.set("narrative", paragraphs_view(area.narrative, text));
  view.set("questions", paragraphs_view(area.questions, text));
  view.set("has_narrative", flag(!area.narrative.empty()));
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
  data areas{data::type::list}, summary{data::type::list};
  for (const Area& area : report.plan.areas) {
    areas.push_back(area_view(area, text));
    data bullets = summary_bullets(area, text);
    if (bullets.is_empty_list()) continue;
    data summary_area;
    summary_area.set("title", area.title);
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
