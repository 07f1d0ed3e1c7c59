#include "render/report_text.h"

#include "core/record_anchor.h"
#include "render/markdown.h"

namespace mspdoc {
namespace {

bool opens_sentence(const std::string& plain) {
  std::size_t end = plain.find_last_not_of(' ');
  if (end == std::string::npos) return true;
  char last = plain[end];
  if (last == '"' || last == ')' || last == '\'') last = end > 0 ? plain[end - 1] : last;
  return (last == '.' || last == '?' || last == '!') && end + 1 < plain.size();
}

Position position_of(const std::string& plain) {
  return opens_sentence(plain) ? Position::sentence_start : Position::running_text;
}

std::string trim(const std::string& text) {
  std::size_t first = text.find_first_not_of(' ');
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

std::string without_leading_space(const std::string& text) {
  std::size_t first = text.find_first_not_of(' ');
  return first == std::string::npos ? std::string() : text.substr(first);
}

/// A count before its noun: "no States Parties" rather than "zero States Parties".
std::string quantity(long n, Position where) {
  if (n == 0) return where == Position::sentence_start ? "No" : "no";
  return count_in_text(n, where);
}

void append(std::string plain_text, std::string& markdown, std::string& plain) {
  markdown += escape_markdown(plain_text);
  plain += plain_text;
}

/// Wraps what `markdown` gained since `start` in a record anchor.
void anchor_since(std::string& markdown, std::size_t start, AnchorKind kind, std::string_view set,
                  std::string_view indicator) {
  std::string anchored = anchored_markdown(std::string_view(markdown).substr(start), kind, set, indicator);
  markdown.replace(start, std::string::npos, anchored);
}

}  // namespace

std::string date_range(Date from, Date to) {
  std::string end = to.un_style();
  if (from == to) return end;
  if (from.year == to.year && from.month == to.month) return std::to_string(from.day) + "\u2013" + end;
  std::string start = from.un_style();
  if (from.year == to.year) start = start.substr(0, start.rfind(' '));
  return start + "\u2013" + end;
}

std::string date_span(Date from, Date to) {
  if (from == to) return "on " + to.un_style();
  std::string range = date_range(from, to);
  return "from " + range.replace(range.find("\u2013"), std::string("\u2013").size(), " to ");
}

std::string ReportText::markdown(const std::vector<Inline>& pieces) const {
  Cursor cursor;
  for (const Inline& piece : pieces) render(piece, cursor);
  return trim(cursor.markdown);
}

void ReportText::render(const Inline& piece, Cursor& cursor) const {
  switch (piece.kind) {
    case Inline::Kind::text:
      // a paragraph's first words lose the indentation of the record
      append(cursor.plain.empty() ? without_leading_space(piece.text) : piece.text, cursor.markdown,
             cursor.plain);
      break;
    case Inline::Kind::emphasis: {
      Cursor inner{"", cursor.plain};
      for (const Inline& child : piece.children) render(child, inner);
      std::string body = trim(inner.markdown);
      cursor.markdown += body.empty() ? "" : "*" + body + "*";
      cursor.plain = inner.plain;
      break;
    }
    case Inline::Kind::note: {
      Cursor inner;
      for (const Inline& child : piece.children) render(child, inner);
      cursor.markdown += "^[" + trim(inner.markdown) + "]";
      break;
    }
    case Inline::Kind::states:
      render_states(piece, cursor);
      break;
    case Inline::Kind::count:
      render_count(piece, cursor);
      break;
    case Inline::Kind::names:
      render_names(piece, cursor);
      break;
    case Inline::Kind::state:
      append(piece.state ? piece.state->in_text(position_of(cursor.plain)) : piece.text, cursor.markdown,
             cursor.plain);
      break;
    case Inline::Kind::period:
      if (report_)
        append(report_->period_from.un_style() + " to " + report_->period_to.un_style(), cursor.markdown,
               cursor.plain);
      break;
    case Inline::Kind::document:
      render_document(piece, cursor);
      break;
  }
}

std::string ReportText::names(const StateSet& set, Position where) const {
  std::vector<std::string> names;
  for (const State* state : set.members)
    names.push_back(state->in_text(names.empty() ? where : Position::running_text));
  return join_list(names);
}

std::string ReportText::footnote(const std::string& plain_text) const {
  return "^[" + escape_markdown(plain_text) + "]";
}

std::string ReportText::list_footnote(const StateSet& set) const {
  return "^[" +
         anchored_markdown(escape_markdown(names(set, Position::sentence_start)), AnchorKind::list, set.id,
                           "") +
         ".]";
}

void ReportText::render_states(const Inline& piece, Cursor& cursor) const {
  const StateSet& set = set_named(piece.set);
  long size = long(set.members.size());
  std::string noun = noun_form(piece.noun.empty() ? set_noun(set) : piece.noun, size);
  std::size_t start = cursor.markdown.size();
  append(quantity(size, position_of(cursor.plain)) + " " + noun, cursor.markdown, cursor.plain);
  anchor_since(cursor.markdown, start, AnchorKind::count, set.id, "");
  if (size == 0 || piece.placement == "none") return;
  if (piece.placement == "footnote") {
    cursor.markdown += list_footnote(set);
    return;
  }
  append(" (", cursor.markdown, cursor.plain);
  start = cursor.markdown.size();
  append(names(set, Position::running_text), cursor.markdown, cursor.plain);
  anchor_since(cursor.markdown, start, AnchorKind::list, set.id, "");
  append(")", cursor.markdown, cursor.plain);
}

void ReportText::render_count(const Inline& piece, Cursor& cursor) const {
  Position where = position_of(cursor.plain);
  std::size_t start = cursor.markdown.size();
  if (!piece.set.empty()) {
    append(count_in_text(long(set_named(piece.set).members.size()), where), cursor.markdown, cursor.plain);
    anchor_since(cursor.markdown, start, AnchorKind::count, piece.set, "");
    return;
  }
  const Indicator& indicator = *report_->find_indicator(piece.indicator);
  auto value = count(indicator);
  std::string text = value ? count_in_text(*value, where) : "[not yet known]";
  if (value && indicator.value.at_least)
    text = (where == Position::sentence_start ? "At least " : "at least ") +
           count_in_text(*value, Position::running_text);
  append(text, cursor.markdown, cursor.plain);
  if (value) anchor_since(cursor.markdown, start, AnchorKind::count, indicator.value.set, indicator.id);
}

void ReportText::render_names(const Inline& piece, Cursor& cursor) const {
  const StateSet& set = set_named(piece.set);
  if (piece.placement == "footnote") {
    cursor.markdown += list_footnote(set);
    return;
  }
  std::size_t start = cursor.markdown.size();
  append(names(set, position_of(cursor.plain)), cursor.markdown, cursor.plain);
  anchor_since(cursor.markdown, start, AnchorKind::list, set.id, "");
}

void ReportText::render_document(const Inline& piece, Cursor& cursor) const {
  if (piece.placement == "footnote") {
    cursor.markdown += footnote(piece.symbol + ".");
    return;
  }
  const DocumentInfo* info = nullptr;
  if (documents_)
    if (auto found = documents_->find(piece.symbol); found != documents_->end()) info = &found->second;
  if (piece.placement != "title" || !info) {
    append(piece.symbol, cursor.markdown, cursor.plain);
    return;
  }
  append("\u201c" + info->title + "\u201d", cursor.markdown, cursor.plain);
  std::string note = piece.symbol + ".";
  if (!info->submitted_by.empty()) {
    std::vector<std::string> names;
    for (const State* state : info->submitted_by) names.push_back(state->in_text());
    note = piece.symbol + ", submitted by " + join_list(names) + ".";
  }
  cursor.markdown += footnote(note);
}

std::optional<long> ReportText::count(const Indicator& indicator) const {
  if (!indicator.value.set.empty()) return long(set_named(indicator.value.set).members.size());
  return indicator.value.count;
}

std::string ReportText::value_in_figures(const Indicator& indicator) const {
  auto value = count(indicator);
  if (!value) return "[not yet known]";
  std::string text = std::to_string(*value);
  if (indicator.value.of) text += " of " + std::to_string(*indicator.value.of);
  return indicator.value.at_least ? "at least " + text : text;
}

std::string ReportText::summary_markdown(const Indicator& indicator) const {
  auto value = count(indicator);
  std::string noun = indicator.noun;
  if (noun.empty() && !indicator.value.set.empty()) noun = set_noun(set_named(indicator.value.set));
  if (noun.empty()) noun = "States Parties";
  std::string opening = !value ? "[Not yet known]"
                        : indicator.value.at_least
                            ? "At least " + count_in_text(*value, Position::running_text)
                            : quantity(*value, Position::sentence_start);
  if (value && indicator.value.of) opening += " of " + std::to_string(*indicator.value.of);
  std::string counted = opening + " " + noun_form(noun, value.value_or(2));
  std::string rest = " " + indicator.summary;
  if (rest.back() != '.') rest += ".";
  std::string opening_markdown = escape_markdown(counted);
  if (value)
    opening_markdown =
        anchored_markdown(opening_markdown, AnchorKind::summary_bullet, indicator.value.set, indicator.id);
  return opening_markdown + escape_markdown(rest);
}

std::string ReportText::table_cell_markdown(const Indicator& indicator, bool opening) const {
  std::string figures = value_in_figures(indicator);
  if (opening && !figures.empty() && figures[0] == 'a') figures[0] = 'A';
  figures = escape_markdown(figures);
  if (!count(indicator)) return figures;
  return anchored_markdown(figures, AnchorKind::table_cell, indicator.value.set, indicator.id);
}

}  // namespace mspdoc
