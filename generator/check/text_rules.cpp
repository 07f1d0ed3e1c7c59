// placeholder, numbering and date-out-of-period: slips in the text itself.

#include "check/text_rules.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <map>
#include <set>
#include <sstream>

#include "core/text.h"
#include "registry/un_style.h"

namespace mspdoc {
namespace {

bool word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80);
}

/// Offsets of `word` standing alone (not inside a longer word) in `text`.
std::vector<std::size_t> whole_words(const std::string& text, const std::string& word) {
  std::vector<std::size_t> found;
  for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    bool alone = (at == 0 || !word_char(text[at - 1])) &&
                 (at + word.size() == text.size() || !word_char(text[at + word.size()]));
    if (alone) found.push_back(at);
  }
  return found;
}

struct Marker {
  const char* text;
  bool whole_word;
  bool case_sensitive;
  Severity severity;
};

constexpr std::array<Marker, 12> kMarkers = {{
    {"XXX", true, true, Severity::error},
    {"XX", true, true, Severity::error},
    {"TBC", true, true, Severity::error},
    {"TBD", true, true, Severity::error},
    {"(day month year)", false, false, Severity::error},
    {"[date]", false, false, Severity::error},
    {"[insert", false, false, Severity::error},
    {"[...]", false, true, Severity::error},
    {"[\u2026]", false, true, Severity::error},
    {"[ ]", false, true, Severity::error},
    {"( )", false, true, Severity::error},
    {"[not yet known]", false, true, Severity::warning},
}};

void placeholders_in(const Analysis& analysis, const std::string& text, std::size_t paragraph,
                     const std::string& footnote_id, std::vector<Finding>& findings) {
  std::string folded = lower_ascii(text);
  for (const Marker& marker : kMarkers) {
    const std::string& haystack = marker.case_sensitive ? text : folded;
    std::vector<std::size_t> places;
    if (marker.whole_word)
      places = whole_words(haystack, marker.text);
    else if (auto at = haystack.find(marker.text); at != std::string::npos)
      places.push_back(at);
    for (std::size_t at : places) {
      std::string where = analysis.places[paragraph].description;
      const DraftFootnote* note = footnote_id.empty() ? nullptr : analysis.document.footnote(footnote_id);
      if (note) where = "footnote " + note->mark + " (" + where + ")";
      std::string shown = text.substr(at, std::strlen(marker.text));
      Finding finding = finding_in(analysis, paragraph, at, at + shown.size(), "placeholder", marker.severity,
                                   marker.severity == Severity::warning
                                       ? where + " shows a value mspdoc did not know yet: \"" + shown + "\""
                                       : where + " still holds the placeholder \"" + shown + "\"");
      if (note) {
        finding.footnote = note->mark;
        finding.footnote_id = note->id;
        finding.begin = finding.end = 0;
      }
      findings.push_back(finding);
    }
  }
}

void placeholders(const Analysis& analysis, std::vector<Finding>& findings) {
  for (std::size_t i = 0; i < analysis.document.paragraphs.size(); ++i) {
    const DraftParagraph& p = analysis.document.paragraphs[i];
    placeholders_in(analysis, p.text, i, "", findings);
    for (const NoteReference& note : p.notes)
      if (const DraftFootnote* footnote = analysis.document.footnote(note.id))
        placeholders_in(analysis, footnote->text, i, note.id, findings);
  }
}

/// Body paragraph numbers run 1, 2, 3 ... without gaps or repeats.
void paragraph_numbers(const Analysis& analysis, std::vector<Finding>& findings) {
  long previous = 0;
  for (std::size_t i = 0; i < analysis.document.paragraphs.size(); ++i) {
    const DraftParagraph& p = analysis.document.paragraphs[i];
    if (p.number.empty() || p.level != 0 || p.bullet || p.is_heading() || p.table >= 0 ||
        analysis.places[i].kind != Place::Kind::body ||
        !std::isdigit(static_cast<unsigned char>(p.number[0])))
      continue;
    long number = std::stol(p.number);
    std::string message;
    if (number == previous)
      message = "paragraph number " + p.number + " is used twice";
    else if (number > previous + 1 && previous > 0)
      message = "paragraph " + p.number + " follows paragraph " + std::to_string(previous) + ": " +
                (number == previous + 2
                     ? std::to_string(previous + 1) + " is missing"
                     : std::to_string(previous + 1) + " to " + std::to_string(number - 1) + " are missing");
    else if (number < previous)
      message = "paragraph " + p.number + " follows paragraph " + std::to_string(previous) +
                ": the numbering starts again";
    else if (previous == 0 && number != 1)
      message = "the first numbered paragraph is " + p.number + ", not 1";
    if (!message.empty())
      findings.push_back(finding_in(analysis, i, 0, 0, "numbering", Severity::error, message));
    previous = number;
  }
}

/// The ordinal a label stands for in its kind: "IV" 4, "C" 3, "12" 12; 0 when unreadable.
int ordinal_of(const std::string& label, LabelKind kind) {
  if (kind == LabelKind::section) return label.size() == 1 ? label[0] - 'A' + 1 : 0;
  if (kind == LabelKind::subsection)
    return !label.empty() && label.size() <= 4 &&
                   std::all_of(label.begin(), label.end(), [](char c) { return c >= '0' && c <= '9'; })
               ? std::stoi(label)
               : 0;
  for (int n = 1; n < 200; ++n)
    if (roman_numeral(n) == label) return n;
  return 0;
}

std::string expected_label(LabelKind kind, int ordinal) {
  if (kind == LabelKind::chapter) return roman_numeral(ordinal);
  if (kind == LabelKind::section) return std::string(1, char('A' + (ordinal - 1) % 26));
  return std::to_string(ordinal);
}

const char* kind_name(LabelKind kind) {
  return kind == LabelKind::chapter ? "chapter" : kind == LabelKind::section ? "section" : "subsection";
}

/// In a UN document, chapters run I, II…, sections A, B… within their chapter, subsections 1,
/// 2… within their section; an A has a B. A wrong label is reported once, at that heading, and
/// numbering goes on from it; a label repeated under one parent is named.
void heading_numbers(const Analysis& analysis, std::vector<Finding>& findings) {
  if (!analysis.structure.un_document) return;
  struct Level {
    int count = 0;
    std::size_t first = 0;
    std::set<std::string> used;
  };
  std::array<Level, 3> levels{};
  auto close_from = [&](int depth) {
    for (int d = depth; d < 3; ++d) {
      if (d == 1 && levels[1].count == 1 && levels[1].used.count("A"))
        findings.push_back(finding_in(analysis, levels[1].first, 0, 0, "numbering", Severity::warning,
                                      "section A stands alone: a section A needs a section B"));
      levels[std::size_t(d)] = Level{};
    }
  };
  for (const Heading& heading : analysis.structure.headings) {
    if (heading.kind == LabelKind::none) continue;
    int depth = int(heading.kind) - 1;
    close_from(depth + 1);
    Level& level = levels[std::size_t(depth)];
    if (level.count == 0) level.first = heading.paragraph;
    std::string expected = expected_label(heading.kind, level.count + 1);
    const std::string& text = analysis.document.paragraphs[heading.paragraph].text;
    if (!level.used.insert(heading.label).second)
      findings.push_back(
          finding_in(analysis, heading.paragraph, 0, 0, "numbering", Severity::error,
                     std::string(kind_name(heading.kind)) + " " + heading.label + " appears twice"));
    else if (heading.label != expected)
      findings.push_back(finding_in(analysis, heading.paragraph, 0, 0, "numbering", Severity::error,
                                    "the heading \"" + utf8_prefix(text, 40) + "\" is numbered " +
                                        heading.label + "; " + expected + " was expected"));
    level.count = std::max(level.count, ordinal_of(heading.label, heading.kind));
  }
  close_from(0);
}

/// The "as of" dates the draft states ("as of 31 March 1999"), each with where it stands.
std::vector<std::pair<std::size_t, DateMention>> as_of_mentions(const Analysis& analysis) {
  std::vector<std::pair<std::size_t, DateMention>> mentions;
  for (std::size_t i = 0; i < analysis.document.paragraphs.size(); ++i) {
    const std::string& text = analysis.document.paragraphs[i].text;
    for (const std::string& phrase : analysis.context.data.vocabulary.phrases("as-of"))
      for (std::size_t at = text.find(phrase); at != std::string::npos; at = text.find(phrase, at + 1))
        if (auto mention = un_date_at(text, at + phrase.size())) {
          mention->length += mention->offset - at;
          mention->offset = at;
          mentions.emplace_back(i, *mention);
        }
  }
  return mentions;
}

/// The date a draft without a dated masthead states its facts as of: the "as of" date it gives
/// most often (the latest of equals).
std::optional<Date> stated_cutoff(const std::vector<std::pair<std::size_t, DateMention>>& mentions) {
  std::map<Date, int> times;
  for (const auto& [paragraph, mention] : mentions) ++times[mention.date];
  std::optional<Date> best;
  int most = 0;
  for (const auto& [date, count] : times)
    if (count >= most) best = date, most = count;
  return best;
}

/// True when the sentence around text[at] speaks of the future ("will be held on ...").
bool future_sentence(const std::string& text, std::size_t at, const Vocabulary& words) {
  std::size_t begin = text.rfind(". ", at);
  begin = begin == std::string::npos ? 0 : begin + 2;
  std::size_t end = text.find(". ", at);
  std::string sentence =
      lower_ascii(text.substr(begin, end == std::string::npos ? std::string::npos : end - begin));
  std::istringstream in(sentence);
  for (std::string word; in >> word;)
    if (words.has("future", word)) return true;
  return false;
}

/// Dates after the document's own: an "as of" date after the masthead's date; and, in a draft
/// without one, a date of something done after the date it states its facts as of ("as of 31
/// March 1999" ... "signed on 11 August 1999").
void dates(const Analysis& analysis, std::vector<Finding>& findings) {
  auto mentions = as_of_mentions(analysis);
  if (analysis.document.date) {
    Date issued = *analysis.document.date;
    for (const auto& [i, mention] : mentions) {
      if (mention.date <= issued) continue;
      const std::string& text = analysis.document.paragraphs[i].text;
      std::size_t end = text.find_first_of(",.;", mention.offset + mention.length);
      std::string quoted =
          text.substr(mention.offset, (end == std::string::npos ? text.size() : end) - mention.offset);
      findings.push_back(finding_in(analysis, i, mention.offset, mention.offset + quoted.size(),
                                    "date-out-of-period", Severity::error,
                                    analysis.places[i].description + " says \"" + quoted +
                                        "\", after the document's date (" + issued.un_style() + ")"));
    }
    return;
  }
  auto cutoff = stated_cutoff(mentions);
  if (!cutoff) return;
  for (std::size_t i = analysis.structure.front_matter_end; i < analysis.document.paragraphs.size(); ++i) {
    const std::string& text = analysis.document.paragraphs[i].text;
    for (const DateMention& mention : find_un_dates(text)) {
      if (mention.date <= *cutoff || future_sentence(text, mention.offset, analysis.context.data.vocabulary))
        continue;
      std::string quoted = text.substr(mention.offset, mention.length);
      findings.push_back(finding_in(
          analysis, i, mention.offset, mention.offset + mention.length, "date-out-of-period", Severity::error,
          analysis.places[i].description + " dates something " + quoted +
              ", after the date the document states its facts as of (" + cutoff->un_style() + ")"));
    }
  }
}

}  // namespace

void check_text(const Analysis& analysis, std::vector<Finding>& findings) {
  placeholders(analysis, findings);
  paragraph_numbers(analysis, findings);
  heading_numbers(analysis, findings);
  dates(analysis, findings);
}

}  // namespace mspdoc
