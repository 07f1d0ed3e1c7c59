#include "import/record_model.h"

#include <set>

#include "import/xml_writer.h"

namespace mspdoc {
namespace {

void write_inlines(XmlWriter& xml, const std::vector<Inline>& pieces) {
  for (const Inline& piece : pieces) {
    switch (piece.kind) {
      case Inline::Kind::text:
        xml.text(piece.text);
        break;
      case Inline::Kind::emphasis:
        xml.open_inline("em");
        write_inlines(xml, piece.children);
        xml.close();
        break;
      case Inline::Kind::states:
        xml.empty("states", {{"set", piece.set}, {"list", piece.placement}, {"noun", piece.noun}});
        break;
      case Inline::Kind::count:
        xml.empty("count", {{"set", piece.set}, {"indicator", piece.indicator}});
        break;
      case Inline::Kind::names:
        xml.empty("names", {{"set", piece.set}, {"as", piece.placement}});
        break;
      case Inline::Kind::state:
        xml.element("state", piece.state ? piece.state->short_name : piece.text);
        break;
      case Inline::Kind::period:
        xml.empty("period");
        break;
      case Inline::Kind::note:
        xml.open_inline("note");
        write_inlines(xml, piece.children);
        xml.close();
        break;
      case Inline::Kind::document:
        xml.empty("doc", {{"symbol", piece.symbol}, {"as", piece.placement}});
        break;
    }
  }
}

/// Writes comments before the element made from a paragraph, each paragraph's once.
class CommentPlacer {
 public:
  explicit CommentPlacer(const SourceComments& comments) : comments_(comments) {}
  void before(XmlWriter& xml, std::size_t source) {
    if (!written_.insert(source).second) return;
    if (auto found = comments_.find(source); found != comments_.end())
      for (const std::string& line : found->second) xml.comment(line);
  }

 private:
  const SourceComments& comments_;
  std::set<std::size_t> written_;
};

void write_paragraph(XmlWriter& xml, const ModelParagraph& paragraph, CommentPlacer& comments) {
  comments.before(xml, paragraph.source);
  xml.open_inline("p");
  write_inlines(xml, paragraph.content);
  xml.close();
}

void write_paragraphs(XmlWriter& xml, const char* name, const std::string& title,
                      const std::vector<ModelParagraph>& paragraphs, CommentPlacer& comments,
                      bool untitled = false) {
  xml.open(name, {{"title", title}, {"heading", untitled ? "none" : ""}});
  for (const ModelParagraph& paragraph : paragraphs) {
    write_paragraph(xml, paragraph, comments);
    if (paragraph.subparagraphs.empty()) continue;
    xml.open("subparagraphs");
    for (const ModelParagraph& sub : paragraph.subparagraphs) write_paragraph(xml, sub, comments);
    xml.close();
  }
  xml.close();
}

void write_sets(XmlWriter& xml, const std::vector<ModelSet>& sets) {
  xml.open("sets");
  for (const ModelSet& set : sets) {
    xml.open("set", {{"id", set.id}, {"status", set.status}});
    for (const std::string& line : set.comments) xml.comment(line);
    for (const State* state : set.members) xml.element("state", state->short_name);
    xml.close();
  }
  xml.close();
}

std::vector<XmlAttribute> indicator_attributes(const Indicator& indicator) {
  const IndicatorValue& value = indicator.value;
  std::vector<XmlAttribute> attributes{{"id", indicator.id}};
  if (!value.set.empty()) {
    attributes.push_back({"set", value.set});
  } else {
    attributes.push_back({"count", value.count ? std::to_string(*value.count) : "unknown"});
    if (value.of) attributes.push_back({"of", std::to_string(*value.of)});
    attributes.push_back({"basis", value.basis});
  }
  if (value.at_least) attributes.push_back({"at-least", "true"});
  attributes.push_back({"noun", indicator.noun});
  attributes.push_back({"summary", indicator.summary});
  return attributes;
}

void write_area(XmlWriter& xml, const ModelArea& area, CommentPlacer& comments) {
  xml.open("area", {{"letter", area.letter}, {"title", area.title}});
  for (const ModelAction& action : area.actions) {
    xml.open("action", {{"number", std::to_string(action.number)}});
    for (const ModelIndicator& model : action.indicators) {
      comments.before(xml, model.source);
      xml.element("indicator", model.indicator.text, indicator_attributes(model.indicator));
    }
    xml.close();
  }
  if (!area.summary.empty()) {
    xml.open("summary", {{"title", area.summary_title}});
    for (const ModelParagraph& item : area.summary) {
      comments.before(xml, item.source);
      xml.open_inline("item");
      write_inlines(xml, item.content);
      xml.close();
    }
    xml.close();
  }
  if (!area.narrative.empty())
    write_paragraphs(xml, "narrative", area.narrative_title, area.narrative, comments,
                     area.narrative_untitled);
  if (!area.questions.empty())
    write_paragraphs(xml, "questions", area.questions_title, area.questions, comments);
  xml.close();
}

}  // namespace

const ModelSet* ModelReport::set(const std::string& id) const {
  for (const ModelSet& candidate : sets)
    if (candidate.id == id) return &candidate;
  return nullptr;
}

std::string meeting_record_xml(const ModelMeeting& meeting) {
  XmlWriter xml;
  xml.comment(
      "Imported by mspdoc from a progress report. The report does not name the President: add "
      "<president name=\"...\" state=\"...\" title=\"...\"/> after <dates> before building the "
      "final report.");
  xml.open("meeting",
           {{"convention", meeting.convention}, {"ordinal", meeting.ordinal}, {"short", meeting.short_name}});
  xml.empty("place", {{"city", meeting.city}, {"country", meeting.country}});
  xml.empty("dates", {{"from", meeting.from.iso()}, {"to", meeting.to.iso()}});
  if (!meeting.symbol_prefix.empty()) xml.element("symbol-prefix", meeting.symbol_prefix);
  xml.close();
  return xml.str();
}

std::string progress_report_xml(const ModelReport& report, const SourceComments& comments,
                                const std::vector<std::string>& header) {
  XmlWriter xml;
  for (const std::string& line : header) xml.comment(line);
  CommentPlacer placer(comments);
  xml.open("progress-report",
           {{"symbol", report.symbol}, {"date", report.date.iso()}, {"original", report.original}});
  xml.empty("meeting", {{"href", "meeting.xml"}});
  xml.element("agenda-item", report.agenda_title, {{"number", std::to_string(report.agenda_number)}});
  xml.element("title", report.title);
  if (!report.title_note.empty()) xml.element("title-note", report.title_note);
  xml.empty("period", {{"from", report.period_from.iso()}, {"to", report.period_to.iso()}});
  write_sets(xml, report.sets);
  write_paragraphs(xml, "introduction", report.introduction_title, report.introduction, placer);
  xml.open("action-plan", {{"name", report.plan_name},
                           {"short", report.plan_short},
                           {"summary-title", report.summary_title},
                           {"title", report.plan_title},
                           {"table", report.count_first ? "count-first" : ""},
                           {"action-heading", report.action_heading},
                           {"indicator-heading", report.indicator_heading},
                           {"result-heading", report.result_heading}});
  for (const ModelArea& area : report.areas) write_area(xml, area, placer);
  xml.close();
  xml.close();
  return xml.str();
}

}  // namespace mspdoc
