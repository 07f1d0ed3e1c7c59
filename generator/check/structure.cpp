#include "check/structure.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "check/claims.h"

namespace mspdoc {
namespace {

constexpr std::size_t kFrontMatterLimit = 30;  ///< paragraphs searched for masthead facts at most

bool is_numbered_body(const DraftParagraph& p) {
  return !p.is_heading() && !p.number.empty() && p.level == 0 && p.table < 0 &&
         std::isdigit(static_cast<unsigned char>(p.number[0]));
}

std::size_t front_matter_end(const DraftDocument& document) {
  std::size_t end = 0;
  while (end < document.paragraphs.size() && end < kFrontMatterLimit &&
         !document.paragraphs[end].is_heading() && !is_numbered_body(document.paragraphs[end]))
    ++end;
  return end;
}

/// The first day of a range written "9 – 12 November 2010" or "2-4 September 2019" whose last
/// day is `last`, else `last` itself.
Date range_start(std::string_view text, const DateMention& last, const Vocabulary& words) {
  std::size_t i = last.offset;
  auto skip = [&](std::string_view chars) {
    while (i > 0 && chars.find(text[i - 1]) != std::string_view::npos) --i;
  };
  skip(" ");
  std::size_t before_dash = i;
  while (i >= 3 && text.compare(i - 3, 3, "\u2013") == 0) i -= 3;  // en dash
  if (i > 0 && text[i - 1] == '-') --i;
  for (const std::string& to : words.phrases("range-to"))  // "from 10 to 13 September"
    if (i == before_dash && i >= to.size() && text.compare(i - to.size(), to.size(), to) == 0) i -= to.size();
  if (i == before_dash) return last.date;
  skip(" ");
  std::size_t digits_end = i;
  while (i > 0 && std::isdigit(static_cast<unsigned char>(text[i - 1]))) --i;
  if (i == digits_end || digits_end - i > 2) return last.date;
  Date first = last.date;
  first.day = std::stoi(std::string(text.substr(i, digits_end - i)));
  return first.day >= 1 && first.day < last.date.day ? first : last.date;
}

/// The reporting period: "from 1 July 2023 to 30 June 2024", "between 1 July 2018 and 30 June
/// 2019", "1 July 2018 – 30 June 2019".
bool among(const std::string& text, const std::vector<std::string>& phrases) {
  return std::find(phrases.begin(), phrases.end(), text) != phrases.end();
}

bool contains_any(const std::string& text, const std::vector<std::string>& phrases) {
  for (const std::string& phrase : phrases)
    if (!phrase.empty() && text.find(phrase) != std::string::npos) return true;
  return false;
}

void read_period(const DraftDocument& document, const Vocabulary& words, DraftStructure& structure) {
  structure.period_from = document.period_from;
  structure.period_to = document.period_to;
  std::size_t limit = structure.front_matter_end + 10;  // the masthead and the introduction
  for (std::size_t i = 0; i < document.paragraphs.size() && i < limit && !structure.period_to; ++i) {
    const std::string& text = document.paragraphs[i].text;
    bool called_period = contains_any(text, words.phrases("period"));
    std::vector<DateMention> dates = find_un_dates(text);
    for (std::size_t k = 0; k + 1 < dates.size(); ++k) {
      std::size_t gap = dates[k].offset + dates[k].length;
      std::string between = text.substr(gap, dates[k + 1].offset - gap);
      bool spanned = among(between, words.phrases("date-ranges"));
      bool between_and = false;
      for (const std::string& opener : words.phrases("between"))
        if (!opener.empty() && among(between, words.phrases("range-and")) &&
            dates[k].offset >= opener.size() &&
            text.compare(dates[k].offset - opener.size(), opener.size(), opener) == 0)
          between_and = true;
      bool joined = (spanned && called_period) || between_and;
      if (joined && dates[k].date < dates[k + 1].date) {
        structure.period_from = dates[k].date;
        structure.period_to = dates[k + 1].date;
        break;
      }
    }
  }
}

/// The meeting's first day: from the front-matter line that names the meeting, else from the
/// first opening paragraph that says when it is held ("was held ... on", "take place from").
std::optional<Date> meeting_first_day(const DraftDocument& document, std::size_t end,
                                      const Vocabulary& words) {
  for (std::size_t i = 0; i < end; ++i) {
    const std::string& text = document.paragraphs[i].text;
    if (text.size() > 120) continue;  // a masthead line, not a sentence about another meeting
    if (!contains_any(text, words.phrases("meeting-lines"))) continue;
    std::vector<DateMention> dates = find_un_dates(text);
    if (!dates.empty()) return range_start(text, dates.front(), words);
  }
  for (std::size_t i = end; i < document.paragraphs.size() && i < end + 15; ++i) {
    const std::string& text = document.paragraphs[i].text;
    for (const std::string& phrase : words.phrases("held")) {
      std::size_t at = text.find(phrase);
      if (at == std::string::npos) continue;
      for (const DateMention& mention : find_un_dates(text))
        if (mention.offset > at) return range_start(text, mention, words);
    }
  }
  return std::nullopt;
}

/// The latest date in the front matter and the headers; a month written without its day counts
/// as its last day.
std::optional<Date> latest_front_matter_date(const DraftDocument& document, std::size_t end) {
  std::optional<Date> latest;
  auto consider = [&](const std::string& text) {
    for (const auto& mentions : {find_un_dates(text), find_month_years(text)})
      for (const DateMention& mention : mentions)
        if (!latest || *latest < mention.date) latest = mention.date;
  };
  for (std::size_t i = 0; i < end; ++i) consider(document.paragraphs[i].text);
  for (const std::string& line : document.header_lines) consider(line);
  return latest;
}

/// True when a paragraph opens with a count: "07 States Parties ...", "Three Signatory States ...".
bool opens_with_count(const std::string& text, const Vocabulary& words) {
  std::size_t start = text.find_first_not_of(" \t");
  if (start == std::string::npos) return false;
  std::size_t end = text.find_first_of(" \t", start);
  return !count_numbers(text.substr(start, end == std::string::npos ? std::string::npos : end - start), words)
              .empty();
}

/// The report summary, by place and shape: the sections (between headings) before the first
/// table in which at least three items, and most items, open with a count; also a section under
/// a heading that calls itself a summary, when an item there opens with a count.
std::vector<bool> find_summary(const DraftDocument& document, const Vocabulary& words) {
  const auto& paragraphs = document.paragraphs;
  std::vector<bool> summary(paragraphs.size(), false);
  std::size_t first_table = paragraphs.size();
  for (std::size_t i = 0; i < paragraphs.size(); ++i)
    if (paragraphs[i].table >= 0) {
      first_table = i;
      break;
    }
  bool named = false;  // under a heading that says "summary"
  int named_level = 0;
  for (std::size_t begin = 0; begin < first_table;) {
    if (paragraphs[begin].is_heading()) {
      const DraftParagraph& heading = paragraphs[begin];
      if (named && heading.outline_level <= named_level) named = false;
      if (contains_any(lower_ascii(heading.text), words.phrases("summary")))
        named = true, named_level = heading.outline_level;
      ++begin;
      continue;
    }
    std::size_t end = begin;
    std::size_t items = 0, counted = 0;
    for (; end < first_table && !paragraphs[end].is_heading(); ++end) {
      const DraftParagraph& p = paragraphs[end];
      bool item = p.bullet || (!p.number.empty() && !std::isdigit(static_cast<unsigned char>(p.number[0])));
      if (!item) continue;
      ++items;
      if (opens_with_count(p.text, words)) ++counted;
    }
    bool by_shape = counted >= 3 && counted * 3 >= items * 2;
    if (by_shape || (named && counted >= 1))
      for (std::size_t i = begin; i < end; ++i) summary[i] = true;
    begin = end;
  }
  return summary;
}

void read_convention(const DraftDocument& document, const Vocabulary& vocabulary,
                     const std::vector<Treaty>& treaties, DraftStructure& structure) {
  structure.convention = vocabulary.convention_of_symbol(document.symbol);
  if (!structure.convention) {
    std::string opening;
    for (const std::string& line : document.header_lines) opening += line + "\n";
    for (std::size_t i = 0; i < document.paragraphs.size() && i < kFrontMatterLimit; ++i)
      opening += document.paragraphs[i].text + "\n";
    structure.convention = vocabulary.convention_named_in(opening);
  }
  if (!structure.convention) return;
  for (const Treaty& treaty : treaties)
    if (treaty.id() == structure.convention->id) structure.treaty = &treaty;
}

bool roman(const std::string& label) {
  return !label.empty() && std::all_of(label.begin(), label.end(), [](char c) {
    return std::string_view("IVXLCDM").find(c) != std::string_view::npos;
  });
}

bool digits(const std::string& label) {
  return !label.empty() && std::all_of(label.begin(), label.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
  });
}

/// The heading tree: each label's kind. A single letter that could be a roman numeral ("C",
/// "I") is a section letter where sections stand at its outline level or where it follows the
/// last section letter; otherwise it is a chapter number.
void read_headings(const DraftDocument& document, DraftStructure& structure) {
  int section_outline = -1;
  char last_section = 0;
  for (std::size_t i = 0; i < document.paragraphs.size(); ++i) {
    const DraftParagraph& p = document.paragraphs[i];
    if (!p.is_heading()) continue;
    Heading heading{i, p.number, LabelKind::none, p.outline_level};
    bool letter = p.number.size() == 1 && std::isupper(static_cast<unsigned char>(p.number[0]));
    bool follows_section = last_section && p.number[0] == last_section + 1;
    if (digits(p.number))
      heading.kind = LabelKind::subsection;
    else if (letter && (!roman(p.number) || p.outline_level == section_outline || follows_section))
      heading.kind = LabelKind::section;
    else if (roman(p.number))
      heading.kind = LabelKind::chapter;
    if (heading.kind == LabelKind::section) section_outline = p.outline_level, last_section = p.number[0];
    if (heading.kind == LabelKind::chapter) last_section = 0;
    if (heading.kind != LabelKind::none) heading.level = int(heading.kind) - 1;
    structure.headings.push_back(heading);
  }
}

}  // namespace

DraftStructure read_structure(const DraftDocument& document, const Vocabulary& vocabulary,
                              const std::vector<Treaty>& treaties, std::optional<Date> as_of) {
  DraftStructure structure;
  structure.front_matter_end = front_matter_end(document);
  structure.un_document = !document.symbol.empty();
  read_period(document, vocabulary, structure);
  structure.in_summary = find_summary(document, vocabulary);
  structure.meeting_first_day = meeting_first_day(document, structure.front_matter_end, vocabulary);
  read_convention(document, vocabulary, treaties, structure);
  read_headings(document, structure);
  structure.as_of = first_date(
      {{as_of, "--as-of"},
       {document.date, "masthead"},
       {structure.period_to, "end of the reporting period"},
       {structure.meeting_first_day, "first day of the meeting"},
       {latest_front_matter_date(document, structure.front_matter_end), "latest date in the front matter"}});
  return structure;
}

std::string describe_as_of(const DraftStructure& structure) {
  if (!structure.as_of) return "no date to judge statuses by (give --as-of)";
  return "statuses as of " + structure.as_of->date.iso() + " (" + structure.as_of->source + ")";
}

}  // namespace mspdoc
