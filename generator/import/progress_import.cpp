#include "import/progress_import.h"

#include <algorithm>
#include <map>
#include <regex>
#include <set>

#include "check/checker.h"
#include "import/record_model.h"
#include "registry/un_style.h"

namespace mspdoc {
namespace {

std::string trimmed(std::string_view text) {
  const char* spaces = " \t\r\n";
  auto first = text.find_first_not_of(spaces);
  if (first == std::string_view::npos) return {};
  auto last = text.find_last_not_of(spaces);
  return std::string(text.substr(first, last - first + 1));
}

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

/// A heading's words without its label ("III.", "A.", "1.") and the tabs around it.
std::string heading_title(const DraftParagraph& paragraph) {
  static const std::regex label(R"(^\s*(?:[IVXLC]+|[A-Z]|\d+)\.\s+)");
  std::string text = trimmed(paragraph.text);
  std::string head = text.substr(0, 16), rest = text.substr(head.size());
  return trimmed(std::regex_replace(head, label, "", std::regex_constants::format_first_only) + rest);
}

/// Regular expressions read at most this much of a title: titles are short, and a backtracking
/// match over a hostile 64 KiB paragraph would not be quick.
constexpr std::size_t kPatternReach = 400;

/// True when `anchor` stands inside `text`, as the reader places every anchor it reads.
bool within(const RecordAnchor& anchor, const std::string& text) {
  return anchor.begin <= anchor.end && anchor.end <= text.size();
}

/// True when `id` can stand as a record id (an XML name without a colon), as the ids a generated
/// document's anchors carry do, unless someone edited its properties.
bool usable_id(const std::string& id) {
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; };
  if (id.empty() || id.size() > 200 || !letter(id[0])) return false;
  return std::all_of(id.begin(), id.end(),
                     [&](char c) { return letter(c) || (c >= '0' && c <= '9') || c == '-' || c == '.'; });
}

/// The first whole number written in `text`, if any.
std::optional<int> first_number(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] < '0' || text[i] > '9') continue;
    int value = 0;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9' && value < 100000; ++i)
      value = value * 10 + (text[i] - '0');
    return value;
  }
  return std::nullopt;
}

/// The plural of a noun written in the singular: "new State Party" -> "new States Parties".
std::string plural_of(const std::string& singular) {
  static const std::vector<std::pair<std::string, std::string>> forms{
      {"State Party", "States Parties"},
      {"State party", "States parties"},
      {"State not party", "States not party"}};
  for (const auto& [one, many] : forms)
    if (auto at = singular.rfind(one); at != std::string::npos)
      return singular.substr(0, at) + many + singular.substr(at + one.size());
  if (!singular.empty() && singular.back() == 'y') return singular.substr(0, singular.size() - 1) + "ies";
  return singular + "s";
}

/// The noun as a record writes it for a count of `count`: a plural, or "singular|plural".
std::string record_noun(const std::string& written, long count) {
  if (count != 1) return written;
  return written + "|" + plural_of(written);
}

class Importer {
 public:
  Importer(const DraftDocument& document, const CheckContext& context)
      : document_(document), context_(context), words_(context.data.vocabulary) {}

  Result<ImportedRecords> run();

 private:
  // Reading the draft once.
  void read_claims();
  void read_findings();
  void read_anchored_lists();
  // The parts of the report.
  Errors read_front_matter();
  void read_masthead_lines(const std::vector<std::size_t>& front);
  void read_title(std::size_t paragraph);
  void read_chapters();
  void read_plan_name(const std::string& title);
  void read_subsection_heading(const DraftParagraph& paragraph, ModelArea& area, bool& questions);
  ModelParagraph summary_item(std::size_t paragraph, const ModelArea& area);
  void ensure_anchored_set(const std::string& id);
  void read_summary(std::size_t begin, std::size_t end);
  void read_monitoring(std::size_t begin, std::size_t end);
  void read_table(const std::vector<std::size_t>& cells, ModelArea& area);
  void read_row(const std::vector<const DraftParagraph*>& row, ModelArea& area, int& action);
  void attach_summaries();
  // Paragraphs.
  std::vector<ModelParagraph> paragraphs(const std::vector<std::size_t>& indices);
  std::vector<Inline> content(std::size_t paragraph);
  void add_anchored_pieces(std::size_t paragraph, std::vector<Replacement>& out);
  void add_claim_pieces(std::size_t paragraph, std::vector<Replacement>& out);
  void add_inline_list(const CountClaim& claim, const std::string& set, const std::string& text,
                       std::vector<Replacement>& out);
  void add_notes(std::size_t paragraph, std::vector<Replacement>& out);
  void add_period(std::size_t paragraph, std::vector<Replacement>& out);
  // Sets and ids.
  std::string set_of_claim(const CountClaim& claim, std::size_t paragraph, std::string hint = {});
  std::string set_of_list(const std::string& id_hint, const StateList& list, const std::string& where,
                          std::size_t source);
  void fill_members(ModelSet& set, const StateList& list, const std::string& where);
  std::string status_of(const std::vector<const State*>& members) const;
  std::string noun_override(const std::string& written, long count, const std::string& set) const;
  std::string unique_id(std::string id);
  std::string slug(std::string_view text, std::size_t words) const;
  std::string where(std::size_t paragraph) const;

  const DraftDocument& document_;
  const CheckContext& context_;
  const Vocabulary& words_;
  DraftStructure structure_;
  std::vector<std::vector<CountClaim>> claims_;
  std::map<std::size_t, std::vector<std::string>> findings_;
  struct AnchoredList {
    StateList list;
    std::string where;
    std::size_t source = 0;
  };
  std::map<std::string, AnchoredList> anchored_lists_;  ///< by set id: the list a generated document shows
  std::set<std::string> consumed_footnotes_;
  std::set<std::string> ids_;
  std::string area_prefix_ = "intro";
  ModelReport report_;
  ImportedRecords result_;
  std::map<std::string, std::pair<std::string, std::string>>
      anchored_summaries_;  ///< indicator -> noun, predicate
  struct SummaryGroup {
    std::string title;
    std::vector<std::size_t> items;
  };
  std::vector<SummaryGroup> summary_groups_;
};

void Importer::read_claims() {
  claims_.resize(document_.paragraphs.size());
  for (std::size_t i = 0; i < document_.paragraphs.size(); ++i)
    if (!document_.paragraphs[i].is_heading())
      claims_[i] = extract_claims(document_, i, context_.data.registry, context_.data.organizations, words_);
}

void Importer::read_findings() {
  CheckedDraft checked = check_draft(document_, context_);
  result_.findings = checked.findings.size();
  for (const Finding& finding : checked.findings) {
    std::string text = "check: " + finding.rule + ": " + finding.message;
    findings_[finding.paragraph_index].push_back(text);
  }
}

void Importer::read_anchored_lists() {
  auto read = [this](const std::string& text, const std::vector<RecordAnchor>& anchors,
                     const std::string& place, std::size_t source) {
    for (const RecordAnchor& anchor : anchors) {
      if (anchor.kind != AnchorKind::list || !usable_id(anchor.set) || anchored_lists_.count(anchor.set) ||
          !within(anchor, text))
        continue;
      StateList list =
          parse_state_list(std::string_view(text).substr(anchor.begin, anchor.end - anchor.begin),
                           context_.data.registry, context_.data.organizations, words_);
      anchored_lists_[anchor.set] = AnchoredList{std::move(list), place, source};
    }
  };
  for (const DraftParagraph& paragraph : document_.paragraphs)
    read(paragraph.text, paragraph.anchors, where(paragraph.index), paragraph.index);
  for (const auto& [id, note] : document_.footnotes)
    read(note.text, note.anchors, document_.file + ":footnote " + note.mark, note.paragraph);
}

std::string Importer::where(std::size_t paragraph) const {
  const DraftParagraph& p = document_.paragraphs[paragraph];
  return document_.file + ":" + (p.reference.empty() ? std::to_string(paragraph + 1) : p.reference);
}

std::string Importer::slug(std::string_view text, std::size_t limit) const {
  std::vector<std::string> picked;
  std::string word;
  auto take = [&] {
    if (word.empty() || picked.size() >= limit) return word.clear();
    if (!topic_stems(word, words_, 1).empty()) picked.push_back(lower_ascii(word));
    word.clear();
  };
  for (char c : text) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      word += c;
    } else {
      take();
    }
  }
  take();
  std::string out;
  for (const std::string& part : picked) out += (out.empty() ? "" : "-") + part;
  return out;
}

std::string Importer::unique_id(std::string id) {
  if (id.empty() || !((id[0] >= 'a' && id[0] <= 'z'))) id = "x" + id;
  std::string candidate = id;
  for (int n = 2; !ids_.insert(candidate).second; ++n) candidate = id + "-" + std::to_string(n);
  return candidate;
}

std::string Importer::status_of(const std::vector<const State*>& members) const {
  const Treaty* treaty = structure_.treaty;
  // The day the records' loader checks statuses on: the document's date.
  if (!treaty || members.empty()) return members.empty() ? "party" : "any";
  std::set<Status> statuses;
  for (const State* state : members) statuses.insert(treaty->status(state->iso3, report_.date));
  // A withdrawn State fits no set status but "any".
  if (statuses.size() != 1 || *statuses.begin() == Status::withdrawn) return "any";
  return std::string(status_name(*statuses.begin()));
}

std::string Importer::noun_override(const std::string& written, long count, const std::string& set) const {
  const ModelSet* model = report_.set(set);
  StateSet probe;
  if (model && model->status != "any") probe.required = parse_status(model->status);
  std::string fallback = noun_form(set_noun(probe), count);
  if (written.empty() || written == fallback) return {};
  return record_noun(written, count);
}

std::string Importer::set_of_list(const std::string& id_hint, const StateList& list, const std::string& where,
                                  std::size_t source) {
  ModelSet set;
  set.id = unique_id(id_hint);
  set.source = source;
  fill_members(set, list, where);
  std::string id = set.id;
  report_.sets.push_back(std::move(set));
  return id;
}

void Importer::fill_members(ModelSet& set, const StateList& list, const std::string& where) {
  std::set<std::string> seen;
  for (const ListItem& item : list.items) {
    const State* state = item.state;
    if (!state && item.unknown_name && item.suggestions.size() == 1) {
      state = item.suggestions.front();
      set.comments.push_back("the draft writes \"" + item.text + "\", taken as " + state->short_name);
      result_.warnings.push_back(where + ": \"" + item.text + "\" taken as " + state->short_name +
                                 " in set " + set.id);
    } else if (!state && item.unknown_name) {
      set.comments.push_back("the draft lists \"" + item.text +
                             "\", which the registry does not know: correct it or add it to data/states.xml");
      result_.unknown_names.push_back(UnknownName{item.text, where, set.id});
      result_.warnings.push_back(where + ": unknown name \"" + item.text + "\" kept as a comment in set " +
                                 set.id);
      continue;
    }
    if (state && seen.insert(state->iso3).second) set.members.push_back(state);
  }
  set.status = status_of(set.members);
}

std::string Importer::set_of_claim(const CountClaim& claim, std::size_t paragraph, std::string hint) {
  if (hint.empty()) hint = area_prefix_ + "-" + slug(claim.predicate, 3);
  std::string place = where(paragraph);
  if (!claim.list_footnote.empty())
    if (const DraftFootnote* note = document_.footnote(claim.list_footnote))
      place = document_.file + ":footnote " + note->mark;
  return set_of_list(hint, *claim.list, place, paragraph);
}

/// The meeting's first and last day written after a venue: "10-13 September 2024",
/// "10–13 September 2024", "9 September 2024".
std::optional<std::pair<Date, Date>> date_range_at(std::string_view text) {
  std::string_view head = text.substr(0, std::min<std::size_t>(text.size(), 60));
  std::vector<DateMention> dates = find_un_dates(head);
  if (dates.empty()) return std::nullopt;
  if (dates.size() >= 2 && dates[0].offset == 0) return std::make_pair(dates[0].date, dates[1].date);
  Date to = dates[0].date;
  auto day = first_number(head.substr(0, dates[0].offset));
  if (!day || dates[0].offset == 0) return std::make_pair(to, to);
  Date from{to.year, to.month, *day};
  if (*day > to.day)
    from = Date{to.month == 1 ? to.year - 1 : to.year, to.month == 1 ? 12 : to.month - 1, *day};
  if (!Date::parse(from.iso())) return std::nullopt;
  return std::make_pair(from, to);
}

Errors Importer::read_front_matter() {
  Errors errors;
  report_.symbol = document_.symbol;
  report_.original = document_.original.empty() ? "English" : document_.original;
  if (document_.date) {
    report_.date = *document_.date;
  } else if (structure_.as_of) {
    report_.date = structure_.as_of->date;
    result_.warnings.push_back(document_.file + ": the masthead gives no date; the records take " +
                               report_.date.un_style() + " (" + structure_.as_of->source + ")");
  } else {
    errors.push_back(
        Error{document_.file, 0, "the draft gives no date at all (masthead, reporting period or meeting)"});
  }
  auto from = document_.period_from ? document_.period_from : structure_.period_from;
  auto to = document_.period_to ? document_.period_to : structure_.period_to;
  if ((!from || !to) && errors.empty()) {
    to = report_.date, from = report_.date.plus_months(-12);
    result_.warnings.push_back(document_.file + ": the draft states no reporting period; the records say " +
                               from->un_style() + " to " + to->un_style() + " until it is corrected");
  }
  if (from && to) report_.period_from = *from, report_.period_to = *to;
  const Convention* convention = structure_.convention;
  if (!convention || !structure_.treaty)
    errors.push_back(Error{document_.file, 0, "the draft's convention is not one data/treaties/ holds"});
  if (!errors.empty()) return errors;
  if (report_.symbol.empty()) {
    std::string prefix = convention->symbol_prefix.empty() ? "MSP/" : convention->symbol_prefix;
    report_.symbol = prefix + "MSP/" + std::to_string(report_.date.year) + "/XX";
    result_.warnings.push_back(document_.file + ": the draft carries no document symbol; the records say " +
                               report_.symbol + " until the symbol is known");
  }
  ModelMeeting& meeting = report_.meeting;
  meeting.convention = convention->id;
  if (auto slash = report_.symbol.rfind('/'); slash != std::string::npos)
    meeting.symbol_prefix = report_.symbol.substr(0, slash);
  std::vector<std::size_t> front;
  for (std::size_t i = 0; i < structure_.front_matter_end && i < document_.paragraphs.size(); ++i)
    if (!trimmed(document_.paragraphs[i].text).empty()) front.push_back(i);
  read_masthead_lines(front);
  return errors;
}

/// The first of `phrases` in `text`, and where; npos when none is there.
std::pair<std::size_t, std::string> find_phrase(std::string_view text,
                                                const std::vector<std::string>& phrases) {
  std::pair<std::size_t, std::string> best{std::string_view::npos, ""};
  for (const std::string& phrase : phrases)
    if (auto at = text.find(phrase); at != std::string_view::npos && at < best.first) best = {at, phrase};
  return best;
}

void Importer::read_masthead_lines(const std::vector<std::size_t>& front) {
  ModelMeeting& meeting = report_.meeting;
  const auto& agenda_words = words_.phrases("agenda-item");
  std::size_t agenda_line = front.size(), submitted_line = front.size();
  for (std::size_t k = 0; k < front.size(); ++k) {
    std::string text = trimmed(document_.paragraphs[front[k]].text);
    for (char& c : text)
      if (c == '\t') c = ' ';
    if (auto [at, phrase] = find_phrase(text, words_.phrases("meeting-name")); at != std::string::npos) {
      std::string before = trimmed(text.substr(0, at));
      meeting.ordinal = before.substr(before.rfind(' ') == std::string::npos ? 0 : before.rfind(' ') + 1);
    }
    for (const std::string& venue : words_.phrases("venues")) {
      std::string city = venue.substr(0, venue.find(", "));
      auto at = text.find(city + ", ");
      if (at == std::string::npos || !meeting.city.empty()) continue;
      if (auto range = date_range_at(std::string_view(text).substr(at + city.size() + 2))) {
        meeting.city = city;
        meeting.country = venue.substr(venue.find(", ") + 2);
        meeting.from = range->first, meeting.to = range->second;
      }
    }
    if (agenda_words.size() >= 2 && agenda_line == front.size())
      if (auto at = text.find(agenda_words[1]); at != std::string::npos) {
        agenda_line = k;
        auto item = text.rfind(agenda_words[0], at);
        report_.agenda_number = first_number(text.substr(item == std::string::npos ? 0 : item)).value_or(1);
        report_.agenda_title = trimmed(text.substr(at + agenda_words[1].size()));
      }
    if (submitted_line == front.size())
      if (auto [at, phrase] = find_phrase(text, words_.phrases("submitted-by")); at == 0) submitted_line = k;
  }
  if (report_.agenda_title.empty() && agenda_line + 1 < submitted_line && agenda_line + 2 < front.size() + 1)
    report_.agenda_title = trimmed(document_.paragraphs[front[agenda_line + 1]].text);
  std::size_t title_line =
      submitted_line > 0 && submitted_line < front.size() ? submitted_line - 1 : front.size();
  if (title_line < front.size() && title_line > agenda_line) read_title(front[title_line]);
  static const std::regex short_name(R"(\b(\d+(?:MSP|RC|CSP))\b)");
  std::smatch match;
  std::string title_head = report_.title.substr(0, kPatternReach);
  if (std::regex_search(title_head, match, short_name)) meeting.short_name = match[1];
  if (meeting.short_name.empty()) meeting.short_name = "msp";
  if (meeting.ordinal.empty()) meeting.ordinal = "[Ordinal]";
  if (meeting.city.empty()) {
    meeting.city = meeting.country = "[Venue]";
    meeting.from = meeting.to = report_.date;
    result_.warnings.push_back(document_.file +
                               ": the masthead names no venue with the meeting's dates; "
                               "meeting.xml says [Venue] and the document's date");
  }
  if (report_.agenda_title.empty()) report_.agenda_title = "[Agenda item]";
  if (report_.agenda_number == 0) report_.agenda_number = 1;
  if (report_.title.empty()) report_.title = "[Title]";
}

/// A note's text without the custom mark that a document may repeat at its start ("*\tThe ...").
std::string note_text(const DraftFootnote& note) {
  std::string text = trimmed(note.text);
  if (!note.mark.empty() && starts_with(text, note.mark)) text = trimmed(text.substr(note.mark.size()));
  return text;
}

void Importer::read_title(std::size_t paragraph) {
  const DraftParagraph& title = document_.paragraphs[paragraph];
  report_.title = trimmed(title.text);
  for (const NoteReference& reference : title.notes) {
    const DraftFootnote* note = document_.footnote(reference.id);
    if (!note) continue;
    consumed_footnotes_.insert(reference.id);
    // A custom mark ("*") stands in the title's text, after the reference.
    if (reference.offset < report_.title.size() &&
        report_.title.compare(reference.offset, reference.mark.size(), reference.mark) == 0)
      report_.title.erase(reference.offset, reference.mark.size());
    if (reference.mark == "*" && report_.title_note.empty()) {
      report_.title_note = note_text(*note);
    } else {
      result_.warnings.push_back(
          document_.file + ":footnote " + reference.mark +
          ": a note on the title is left out, since a title holds no notes in the records");
    }
  }
}

void Importer::read_chapters() {
  std::vector<std::size_t> chapters;
  for (const Heading& heading : structure_.headings)
    if (heading.kind == LabelKind::chapter) chapters.push_back(heading.paragraph);
  bool introduced = false;
  for (std::size_t k = 0; k < chapters.size(); ++k) {
    std::size_t begin = chapters[k] + 1;
    std::size_t end = k + 1 < chapters.size() ? chapters[k + 1] : document_.paragraphs.size();
    bool summary = false, tables = false;
    for (std::size_t i = begin; i < end; ++i) {
      summary = summary || (i < structure_.in_summary.size() && structure_.in_summary[i]);
      tables = tables || document_.paragraphs[i].table >= 0;
    }
    std::string title = heading_title(document_.paragraphs[chapters[k]]);
    if (tables) {
      read_plan_name(title);
      read_monitoring(begin, end);
    } else if (summary) {
      report_.summary_title = title == "Report summary" ? "" : title;
      read_summary(begin, end);
    } else if (!introduced) {
      introduced = true;
      report_.introduction_title = title == "Introduction" ? "" : title;
      area_prefix_ = "intro";
      std::vector<std::size_t> indices;
      for (std::size_t i = begin; i < end; ++i) indices.push_back(i);
      report_.introduction = paragraphs(indices);
    } else {
      result_.warnings.push_back(where(chapters[k]) + ": chapter \"" + title +
                                 "\" is neither introduction, summary nor action plan; it is left out");
    }
  }
  attach_summaries();
}

void Importer::read_plan_name(const std::string& title) {
  static const std::regex plan(R"(((?:[A-Z][\w'-]* )+Action Plan))");
  std::smatch match;
  std::string head = title.substr(0, kPatternReach);
  report_.plan_name = std::regex_search(head, match, plan) ? std::string(match[1]) : "Action Plan";
  std::string initials;
  for (std::size_t i = 0; i < report_.plan_name.size(); ++i)
    if (i == 0 || report_.plan_name[i - 1] == ' ') initials += report_.plan_name[i];
  report_.plan_short = initials;
  if (title != "Monitoring progress in implementing the " + report_.plan_name) report_.plan_title = title;
}

void Importer::read_summary(std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i) {
    const DraftParagraph& paragraph = document_.paragraphs[i];
    std::string text = trimmed(paragraph.text);
    if (text.empty()) continue;
    bool item = paragraph.bullet || !paragraph.number.empty();
    if (!item || summary_groups_.empty()) {
      if (!item) {
        summary_groups_.push_back({text, {}});
        continue;
      }
      summary_groups_.push_back({"", {}});
    }
    auto anchor =
        std::find_if(paragraph.anchors.begin(), paragraph.anchors.end(), [&paragraph](const RecordAnchor& a) {
          return a.kind == AnchorKind::summary_bullet && usable_id(a.indicator) && within(a, paragraph.text);
        });
    if (anchor == paragraph.anchors.end()) {
      summary_groups_.back().items.push_back(i);
      continue;
    }
    std::string opening = paragraph.text.substr(anchor->begin, anchor->end - anchor->begin);
    std::string predicate = trimmed(paragraph.text.substr(anchor->end));
    if (!predicate.empty() && predicate.back() == '.') predicate.pop_back();
    anchored_summaries_[anchor->indicator] = {opening, predicate};
  }
}

/// Words of a title in lower case, for matching a summary group with its area.
std::set<std::string> title_words(const std::string& title) {
  std::set<std::string> words;
  std::string word;
  for (char c : title + " ") {
    if (c == ' ' || c == ',' || c == ':') {
      if (word.size() > 3) words.insert(lower_ascii(word));
      word.clear();
    } else {
      word += c;
    }
  }
  return words;
}

/// The noun of a summary's opening "Eight affected States Parties" (after its count), and the count.
std::pair<std::string, std::optional<long>> opening_noun(const std::string& opening,
                                                         const Vocabulary& words) {
  std::string rest = opening;
  for (const char* prefix : {"At least ", "at least "})
    if (starts_with(rest, prefix)) rest = rest.substr(std::string(prefix).size());
  auto space = rest.find(' ');
  std::string number = rest.substr(0, space);
  rest = space == std::string::npos ? "" : rest.substr(space + 1);
  if (starts_with(rest, "of ")) {
    auto next = rest.find(' ', 3);
    rest = next == std::string::npos ? "" : rest.substr(next + 1);
  }
  return {rest, parse_count(number, words)};
}

ModelIndicator* find_model_indicator(ModelReport& report, const std::string& id,
                                     ModelArea** area_out = nullptr) {
  for (ModelArea& area : report.areas)
    for (ModelAction& action : area.actions)
      for (ModelIndicator& model : action.indicators)
        if (model.indicator.id == id) {
          if (area_out) *area_out = &area;
          return &model;
        }
  return nullptr;
}

void Importer::attach_summaries() {
  for (const auto& [id, summary] : anchored_summaries_) {
    ModelIndicator* model = find_model_indicator(report_, id);
    if (!model) continue;
    Indicator& indicator = model->indicator;
    indicator.summary = summary.second;
    auto [noun, count] = opening_noun(summary.first, words_);
    std::string fallback = "States Parties";
    if (!indicator.value.set.empty()) {
      const ModelSet* set = report_.set(indicator.value.set);
      StateSet probe;
      if (set && set->status != "any") probe.required = parse_status(set->status);
      fallback = set_noun(probe);
    }
    if (noun != noun_form(fallback, count.value_or(2))) indicator.noun = record_noun(noun, count.value_or(2));
  }
  for (std::size_t g = 0; g < summary_groups_.size(); ++g) {
    const SummaryGroup& group = summary_groups_[g];
    if (group.items.empty() || report_.areas.empty()) continue;
    std::set<std::string> words = title_words(group.title);
    std::size_t best = std::min(g, report_.areas.size() - 1), best_shared = 0;
    for (std::size_t a = 0; a < report_.areas.size(); ++a) {
      std::set<std::string> area_words = title_words(report_.areas[a].title);
      std::size_t shared = 0;
      for (const std::string& word : words) shared += area_words.count(word);
      if (shared > best_shared) best = a, best_shared = shared;
    }
    ModelArea& area = report_.areas[best];
    if (!area.summary.empty()) {
      result_.warnings.push_back(where(group.items.front()) + ": a second summary group for area " +
                                 area.letter + " (\"" + group.title + "\") is added to the first");
    } else if (group.title != area.title) {
      area.summary_title = group.title;
    }
    area_prefix_ = lower_ascii(area.letter);
    for (std::size_t item : group.items) area.summary.push_back(summary_item(item, area));
  }
}

ModelParagraph Importer::summary_item(std::size_t paragraph, const ModelArea& area) {
  ModelParagraph item{content(paragraph), {}, paragraph};
  if (item.content.empty() || item.content.front().kind != Inline::Kind::text) return item;
  std::string& text = item.content.front().text;
  auto space = text.find(' ');
  auto stated = parse_count(text.substr(0, space), words_);
  if (!stated || space == std::string::npos) return item;
  const Indicator* match = nullptr;
  int matches = 0;
  for (const ModelAction& action : area.actions)
    for (const ModelIndicator& model : action.indicators) {
      const IndicatorValue& value = model.indicator.value;
      std::optional<long> count = value.count;
      if (const ModelSet* set = value.set.empty() ? nullptr : report_.set(value.set))
        count = long(set->members.size());
      if (count == stated && !value.at_least) match = &model.indicator, ++matches;
    }
  if (matches != 1) return item;
  Inline count;
  count.kind = Inline::Kind::count;
  count.indicator = match->id;
  text = text.substr(space);
  item.content.insert(item.content.begin(), count);
  return item;
}

void Importer::read_monitoring(std::size_t begin, std::size_t end) {
  std::map<std::size_t, const Heading*> headings;
  for (const Heading& heading : structure_.headings) headings[heading.paragraph] = &heading;
  std::vector<std::size_t> pending, table;
  bool questions = false;
  auto flush = [&] {
    if (report_.areas.empty() || pending.empty()) return pending.clear();
    ModelArea& area = report_.areas.back();
    auto made = paragraphs(pending);
    auto& target = questions ? area.questions : area.narrative;
    target.insert(target.end(), made.begin(), made.end());
    pending.clear();
  };
  // A table after an area's own table, with nothing between it and the next area's heading,
  // is that next area's table, placed before its heading.
  std::vector<std::size_t> early_table;
  auto flush_table = [&] {
    if (!report_.areas.empty() && !table.empty()) {
      if (report_.areas.back().actions.empty()) {
        read_table(table, report_.areas.back());
      } else {
        early_table = table;
      }
    }
    table.clear();
  };
  auto settle_early_table = [&] {
    if (!early_table.empty()) read_table(early_table, report_.areas.back());
    early_table.clear();
  };
  for (std::size_t i = begin; i < end; ++i) {
    const DraftParagraph& paragraph = document_.paragraphs[i];
    if (paragraph.table >= 0) {
      if (!table.empty() && document_.paragraphs[table.back()].table != paragraph.table) flush_table();
      table.push_back(i);
      continue;
    }
    flush_table();
    auto heading = headings.find(i);
    bool section = heading != headings.end() && heading->second->kind == LabelKind::section;
    if (!section && !trimmed(paragraph.text).empty()) settle_early_table();
    if (section) {
      flush();
      ModelArea area;
      area.letter = heading->second->label;
      area.title = heading_title(paragraph);
      area.narrative_untitled = true;
      area_prefix_ = lower_ascii(area.letter);
      report_.areas.push_back(std::move(area));
      settle_early_table();
      questions = false;
    } else if (heading != headings.end() && !report_.areas.empty()) {
      flush();
      read_subsection_heading(paragraph, report_.areas.back(), questions);
    } else if (!trimmed(paragraph.text).empty()) {
      pending.push_back(i);
    }
  }
  flush_table();
  if (!report_.areas.empty()) settle_early_table();
  flush();
}

void Importer::read_subsection_heading(const DraftParagraph& paragraph, ModelArea& area, bool& questions) {
  std::string title = heading_title(paragraph);
  std::string first = lower_ascii(title.substr(0, title.find_first_of(" /:")));
  questions = words_.has("question-headings", first);
  if (!questions) area.narrative_untitled = false;
  if (questions) {
    if (title != "Questions and challenges for discussion at the " + report_.meeting.ordinal +
                     " Meeting of States Parties")
      area.questions_title = title;
  } else if (title != area.title + ": monitoring progress on the actions") {
    area.narrative_title = title;
  }
}

/// A value written at the start of a table cell ("07 SPs that ...", "At least 41 ...", "XX SPs ...")
/// or as the whole of a result cell ("7", "51 of 103", "[not yet known]"); `rest` is what follows.
struct WrittenValue {
  IndicatorValue value;
  std::string rest;
};

WrittenValue written_value(const std::string& cell, const Vocabulary& words) {
  WrittenValue out;
  std::string text = trimmed(cell);
  for (const char* prefix : {"At least ", "at least "})
    if (starts_with(text, prefix)) out.value.at_least = true, text = text.substr(std::string(prefix).size());
  std::size_t token_end = text[0] == '[' ? text.find(']') + 1 : text.find(' ');
  if (token_end == 0 || token_end > text.size()) token_end = text.size();
  std::string token = text.substr(0, token_end);
  out.rest = trimmed(text.substr(token_end));
  out.value.count = parse_count(token, words);
  bool placeholder = token.size() >= 2 &&
                     std::all_of(token.begin(), token.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if (!out.value.count && token[0] != '[' && !placeholder) {
    out.rest = trimmed(cell);
    out.value.at_least = false;
    out.value.basis = "the draft gives no figure";
    return out;
  }
  if (placeholder) out.value.basis = "the draft gives \"" + token + "\"";
  if (out.value.count && starts_with(out.rest, "of ")) {
    std::size_t next = out.rest.find(' ', 3);
    if (auto of =
            parse_count(out.rest.substr(3, next == std::string::npos ? std::string::npos : next - 3), words);
        of && *of > 0) {
      out.value.of = *of;
      out.rest = next == std::string::npos ? "" : trimmed(out.rest.substr(next));
    }
  }
  return out;
}

void Importer::ensure_anchored_set(const std::string& id) {
  if (report_.set(id)) return;
  ModelSet set;
  set.id = id;
  ids_.insert(id);
  if (auto found = anchored_lists_.find(id); found != anchored_lists_.end()) {
    set.source = found->second.source;
    fill_members(set, found->second.list, found->second.where);
  }
  report_.sets.push_back(std::move(set));
}

void Importer::read_table(const std::vector<std::size_t>& paragraphs, ModelArea& area) {
  std::map<int, std::map<int, std::vector<const DraftParagraph*>>> rows;
  for (std::size_t i : paragraphs) {
    const DraftParagraph& paragraph = document_.paragraphs[i];
    rows[paragraph.row][paragraph.cell].push_back(&paragraph);
  }
  int action = area.actions.empty() ? 0 : area.actions.back().number;
  for (const auto& [row, cells] : rows) {
    std::vector<const DraftParagraph*> firsts;
    for (const auto& [cell, parts] : cells) firsts.push_back(parts.front());
    read_row(firsts, area, action);
  }
}

void Importer::read_row(const std::vector<const DraftParagraph*>& row, ModelArea& area, int& action) {
  if (row.size() < 2) return;
  std::vector<std::string> texts;
  for (const DraftParagraph* cell : row) texts.push_back(trimmed(cell->text));
  bool figures = row.size() >= 3;
  const DraftParagraph& value_cell = figures ? *row[2] : *row[1];
  WrittenValue value = written_value(figures ? texts[2] : texts[1], words_);
  bool header = !first_number(texts[0]) && value.value.basis == "the draft gives no figure" &&
                value_cell.anchors.empty();
  if (header) {
    if (report_.areas.size() == 1 && area.actions.empty()) {
      report_.count_first = !figures;
      report_.action_heading = texts[0];
      report_.indicator_heading = texts[1];
      if (figures) report_.result_heading = texts[2];
    }
    return;
  }
  if (auto number = first_number(texts[0])) action = *number;
  if (action == 0) {
    result_.warnings.push_back(where(value_cell.index) + ": a table row with no action number is left out");
    return;
  }
  ModelIndicator model;
  Indicator& indicator = model.indicator;
  model.source = row[1]->index;
  indicator.action = action;
  indicator.value = value.value;
  indicator.text = figures ? texts[1] : value.rest;
  if (figures && !value.rest.empty()) indicator.value.basis = "the draft gives \"" + texts[2] + "\"";
  if (indicator.text.empty()) indicator.text = "[Indicator]";
  for (const RecordAnchor& anchor : value_cell.anchors)
    if (anchor.kind == AnchorKind::table_cell && usable_id(anchor.indicator) &&
        !ids_.count(anchor.indicator)) {
      indicator.id = anchor.indicator;
      ids_.insert(anchor.indicator);
      // A set the document never lists comes back as the count it shows.
      if (!anchor.set.empty() && anchored_lists_.count(anchor.set))
        ensure_anchored_set(anchor.set), indicator.value.set = anchor.set;
    }
  if (indicator.id.empty())
    indicator.id =
        unique_id(lower_ascii(area.letter) + std::to_string(action) + "-" + slug(indicator.text, 3));
  if (!figures && indicator.value.set.empty())
    for (const CountClaim& claim : claims_[row[1]->index])
      if (claim.begin == 0 && claim.list && claim.list->is_list_of_states() && !claim.partial) {
        indicator.value.set = set_of_claim(claim, row[1]->index, indicator.id);
      }
  if (!indicator.value.set.empty())
    indicator.value.count.reset(), indicator.value.of.reset(), indicator.value.basis.clear();
  if (area.actions.empty() || area.actions.back().number != action) area.actions.push_back({action, {}});
  area.actions.back().indicators.push_back(std::move(model));
}

bool is_letter_number(const std::string& number) {
  return !number.empty() &&
         std::all_of(number.begin(), number.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

std::vector<ModelParagraph> Importer::paragraphs(const std::vector<std::size_t>& indices) {
  std::vector<ModelParagraph> out;
  bool numbered_before = false;
  for (std::size_t i : indices) {
    const DraftParagraph& paragraph = document_.paragraphs[i];
    if (paragraph.is_heading() || trimmed(paragraph.text).empty()) continue;
    bool sub = !out.empty() && numbered_before && (paragraph.bullet || is_letter_number(paragraph.number));
    ModelParagraph made{content(i), {}, i};
    if (made.content.empty()) continue;
    ++result_.paragraphs;
    if (sub) {
      out.back().subparagraphs.push_back(std::move(made));
    } else {
      out.push_back(std::move(made));
      numbered_before = !paragraph.bullet;
    }
  }
  return out;
}

Inline text_piece(std::string text) {
  Inline piece;
  piece.text = std::move(text);
  return piece;
}

Inline set_piece(Inline::Kind kind, const std::string& set, std::string placement = {}) {
  Inline piece;
  piece.kind = kind;
  piece.set = set;
  piece.placement = std::move(placement);
  return piece;
}

std::vector<Inline> Importer::content(std::size_t paragraph) {
  const std::string& text = document_.paragraphs[paragraph].text;
  std::vector<Replacement> replacements;
  add_anchored_pieces(paragraph, replacements);
  add_claim_pieces(paragraph, replacements);
  add_period(paragraph, replacements);
  add_notes(paragraph, replacements);
  std::stable_sort(replacements.begin(), replacements.end(),
                   [](const Replacement& a, const Replacement& b) { return a.begin < b.begin; });
  std::vector<Inline> out;
  std::size_t at = 0;
  auto add_text = [&out](std::string piece) {
    for (char& c : piece)
      if (c == '\t' || c == '\n') c = ' ';
    if (piece.empty()) return;
    if (!out.empty() && out.back().kind == Inline::Kind::text) {
      out.back().text += piece;
    } else {
      out.push_back(text_piece(std::move(piece)));
    }
  };
  for (Replacement& replacement : replacements) {
    if (replacement.begin < at) continue;
    add_text(text.substr(at, replacement.begin - at));
    for (Inline& piece : replacement.pieces) out.push_back(std::move(piece));
    at = replacement.end;
  }
  add_text(text.substr(std::min(at, text.size())));
  if (!out.empty() && out.back().kind == Inline::Kind::text) {
    std::string& last = out.back().text;
    last.erase(last.find_last_not_of(' ') + 1);
    if (last.empty()) out.pop_back();
  }
  if (!out.empty() && out.front().kind == Inline::Kind::text) {
    std::string& first = out.front().text;
    first.erase(0, first.find_first_not_of(' '));
    if (first.empty()) out.erase(out.begin());
  }
  return out;
}

/// True when an item of the list carries a remark ("Cabo Verde (2011)"), which a set cannot hold:
/// such a list stays as the draft wrote it.
bool has_remarks(const StateList& list) {
  return std::any_of(list.items.begin(), list.items.end(),
                     [](const ListItem& item) { return !item.remark.empty(); });
}

bool overlaps(const std::vector<Replacement>& replacements, std::size_t begin, std::size_t end) {
  for (const Replacement& replacement : replacements)
    if (begin < std::max(replacement.end, replacement.begin + 1) &&
        replacement.begin < std::max(end, begin + 1))
      return true;
  return false;
}

const NoteReference* reference_near(const DraftParagraph& paragraph, std::size_t offset, std::size_t slack) {
  for (const NoteReference& reference : paragraph.notes)
    if (reference.offset >= offset && reference.offset <= offset + slack) return &reference;
  return nullptr;
}

bool footnote_lists(const DraftFootnote* note, const std::string& set) {
  if (!note) return false;
  return std::any_of(note->anchors.begin(), note->anchors.end(),
                     [&](const RecordAnchor& a) { return a.kind == AnchorKind::list && a.set == set; });
}

void Importer::add_anchored_pieces(std::size_t paragraph, std::vector<Replacement>& out) {
  const DraftParagraph& p = document_.paragraphs[paragraph];
  const std::string& text = p.text;
  std::set<std::size_t> used;
  for (std::size_t k = 0; k < p.anchors.size(); ++k) {
    const RecordAnchor& a = p.anchors[k];
    if (used.count(k) || a.kind == AnchorKind::table_cell || a.kind == AnchorKind::summary_bullet) continue;
    if ((!a.indicator.empty() ? !usable_id(a.indicator) : !usable_id(a.set)) || !within(a, text)) continue;
    // A set the document never lists stays the count it shows, as text.
    if (a.indicator.empty() && !anchored_lists_.count(a.set)) continue;
    if (!a.set.empty()) ensure_anchored_set(a.set);
    if (a.kind == AnchorKind::list) {
      if (!anchored_lists_.count(a.set)) continue;
      out.push_back({a.begin, a.end, {set_piece(Inline::Kind::names, a.set)}});
      continue;
    }
    if (!a.indicator.empty()) {
      Inline count;
      count.kind = Inline::Kind::count;
      count.indicator = a.indicator;
      out.push_back({a.begin, a.end, {count}});
      continue;
    }
    std::string written = text.substr(a.begin, a.end - a.begin);
    if (parse_count(written, words_)) {
      out.push_back({a.begin, a.end, {set_piece(Inline::Kind::count, a.set)}});
      continue;
    }
    auto [noun, count] = opening_noun(written, words_);
    Inline states = set_piece(Inline::Kind::states, a.set, "none");
    states.noun = noun_override(noun, count.value_or(2), a.set);
    std::size_t end = a.end;
    if (count.value_or(0) == 0) states.placement.clear();
    if (text.compare(a.end, 2, " (") == 0)
      for (std::size_t l = k + 1; l < p.anchors.size(); ++l)
        if (p.anchors[l].kind == AnchorKind::list && p.anchors[l].set == a.set &&
            p.anchors[l].begin == a.end + 2 && text.compare(p.anchors[l].end, 1, ")") == 0) {
          used.insert(l);
          states.placement.clear();
          end = p.anchors[l].end + 1;
          break;
        }
    if (const NoteReference* ref = reference_near(p, a.end, 1);
        end == a.end && ref && footnote_lists(document_.footnote(ref->id), a.set)) {
      consumed_footnotes_.insert(ref->id);
      states.placement = "footnote";
    }
    out.push_back({a.begin, end, {states}});
  }
}

void Importer::add_claim_pieces(std::size_t paragraph, std::vector<Replacement>& out) {
  const DraftParagraph& p = document_.paragraphs[paragraph];
  for (const CountClaim& claim : claims_[paragraph]) {
    if (!claim.list || !claim.list->is_list_of_states() || claim.partial || claim.gathered) continue;
    if (overlaps(out, claim.begin, claim.end) || has_remarks(*claim.list)) continue;
    if (p.text.compare(claim.begin, claim.stated_text.size(), claim.stated_text) != 0) continue;
    std::string set = set_of_claim(claim, paragraph);
    long size = long(report_.set(set)->members.size());
    std::string noun = noun_override(claim.noun, size, set);
    std::size_t noun_end = claim.begin + claim.stated_text.size() + 1 + claim.noun.size();
    bool noun_follows =
        p.text.compare(claim.begin + claim.stated_text.size() + 1, claim.noun.size(), claim.noun) == 0;
    Replacement count{
        claim.begin, claim.begin + claim.stated_text.size(), {set_piece(Inline::Kind::count, set)}};
    if (!claim.list_footnote.empty()) {
      const NoteReference* ref = nullptr;
      for (const NoteReference& candidate : p.notes)
        if (candidate.id == claim.list_footnote) ref = &candidate;
      if (!ref || consumed_footnotes_.count(ref->id)) continue;
      consumed_footnotes_.insert(ref->id);
      if (noun_follows && ref->offset >= noun_end && ref->offset <= noun_end + 1) {
        Inline states = set_piece(Inline::Kind::states, set, "footnote");
        states.noun = noun;
        out.push_back({claim.begin, noun_end, {states}});
      } else {
        out.push_back(count);
        out.push_back({ref->offset, ref->offset, {set_piece(Inline::Kind::names, set, "footnote")}});
      }
      continue;
    }
    if (noun_follows && p.text.compare(noun_end, 2, " (") == 0) {
      auto close = p.text.find(')', noun_end + 2);
      StateList inside = parse_state_list(std::string_view(p.text).substr(noun_end + 2, close - noun_end - 2),
                                          context_.data.registry, context_.data.organizations, words_);
      if (close != std::string::npos && inside.states() == claim.list->states()) {
        Inline states = set_piece(Inline::Kind::states, set);
        states.noun = noun;
        out.push_back({claim.begin, close + 1, {states}});
        continue;
      }
    }
    out.push_back(count);
    add_inline_list(claim, set, p.text, out);
  }
}

void Importer::add_inline_list(const CountClaim& claim, const std::string& set, const std::string& text,
                               std::vector<Replacement>& out) {
  auto same = [&](std::size_t begin, std::size_t end) {
    if (end <= begin || end > text.size()) return false;
    StateList list = parse_state_list(std::string_view(text).substr(begin, end - begin),
                                      context_.data.registry, context_.data.organizations, words_);
    return !list.states().empty() && list.states() == claim.list->states();
  };
  for (auto open = text.find('(', claim.end); open != std::string::npos; open = text.find('(', open + 1)) {
    auto close = text.find(')', open);
    if (close == std::string::npos) break;
    if (same(open + 1, close) && !overlaps(out, open + 1, close)) {
      out.push_back({open + 1, close, {set_piece(Inline::Kind::names, set)}});
      return;
    }
  }
  if (auto colon = text.find(':', claim.end); colon != std::string::npos) {
    std::size_t begin = text.find_first_not_of(' ', colon + 1);
    std::size_t end = text.find_last_not_of(" .;") + 1;
    if (begin != std::string::npos && same(begin, end) && !overlaps(out, begin, end))
      out.push_back({begin, end, {set_piece(Inline::Kind::names, set)}});
  }
}

void Importer::add_period(std::size_t paragraph, std::vector<Replacement>& out) {
  const std::string& text = document_.paragraphs[paragraph].text;
  std::string period = report_.period_from.un_style() + " to " + report_.period_to.un_style();
  if (auto at = text.find(period); at != std::string::npos && !overlaps(out, at, at + period.size())) {
    Inline piece;
    piece.kind = Inline::Kind::period;
    out.push_back({at, at + period.size(), {piece}});
  }
}

void Importer::add_notes(std::size_t paragraph, std::vector<Replacement>& out) {
  for (const NoteReference& reference : document_.paragraphs[paragraph].notes) {
    if (consumed_footnotes_.count(reference.id)) continue;
    const DraftFootnote* note = document_.footnote(reference.id);
    if (!note) continue;
    consumed_footnotes_.insert(reference.id);
    auto list = std::find_if(note->anchors.begin(), note->anchors.end(), [](const RecordAnchor& a) {
      return a.kind == AnchorKind::list && !a.set.empty();
    });
    if (list != note->anchors.end()) {
      ensure_anchored_set(list->set);
      out.push_back(
          {reference.offset, reference.offset, {set_piece(Inline::Kind::names, list->set, "footnote")}});
      continue;
    }
    Inline piece;
    piece.kind = Inline::Kind::note;
    piece.children.push_back(text_piece(note_text(*note)));
    out.push_back({reference.offset, reference.offset, {piece}});
  }
}

Result<ImportedRecords> Importer::run() {
  structure_ = read_structure(document_, words_, context_.data.treaties, context_.as_of);
  if (Errors errors = read_front_matter(); !errors.empty()) return errors;
  read_claims();
  read_findings();
  read_anchored_lists();
  read_chapters();
  if (report_.areas.empty())
    return Errors{
        Error{document_.file, 0,
              "the draft has no action-plan chapter with lettered areas (A., B., ...) and indicator "
              "tables, so it is no progress report mspdoc can import"}};
  if (report_.introduction.empty()) {
    report_.introduction.push_back(ModelParagraph{{text_piece("[Introduction]")}, {}, 0});
    result_.warnings.push_back(document_.file +
                               ": the draft has no introduction; the records hold a placeholder");
  }
  for (ModelArea& area : report_.areas)
    if (area.title.empty()) area.title = "[Area " + area.letter + "]";
  std::sort(report_.sets.begin(), report_.sets.end(),
            [](const ModelSet& a, const ModelSet& b) { return a.source < b.source; });
  result_.sets = report_.sets.size();
  for (const ModelArea& area : report_.areas)
    for (const ModelAction& action : area.actions) result_.indicators += action.indicators.size();
  result_.name = lower_ascii(report_.meeting.short_name);
  result_.meeting_xml = meeting_record_xml(report_.meeting);
  std::vector<std::string> header{"Imported by mspdoc from " + document_.file +
                                  ". Each count that had a list of States now follows its set; the comments "
                                  "\"check: ...\" say what mspdoc "
                                  "check found in the draft, at the place it concerns."};
  SourceComments comments(findings_.begin(), findings_.end());
  result_.progress_report_xml = progress_report_xml(report_, comments, header);
  return std::move(result_);
}

}  // namespace

Result<ImportedRecords> import_progress_report(const DraftDocument& document, const CheckContext& context) {
  return Importer(document, context).run();
}

}  // namespace mspdoc
