#include "records/records.h"

#include <algorithm>
#include <charconv>
#include <set>

#include "core/xml_input.h"
#include "records/record_reader.h"
#include "registry/un_style.h"

namespace mspdoc {

Meeting read_meeting(const XmlFile& file, RecordReader& reader, const Paths& paths,
                     const StateRegistry& registry) {
  const xmlNode* root = file.root();
  Meeting meeting;
  meeting.file = file.path();
  meeting.convention_id = reader.text(root, "convention");
  meeting.ordinal = reader.text(root, "ordinal");
  meeting.short_name = reader.text(root, "short");
  if (!is_file_stem(meeting.short_name))
    reader.error(root, "short name \"" + meeting.short_name +
                           "\" cannot name files: use letters, digits, '.', '_' and '-', "
                           "not starting with '.'");
  const xmlNode* place = first_child(root, "place");
  meeting.city = reader.text(place, "city");
  meeting.country = reader.text(place, "country");
  const xmlNode* dates = first_child(root, "dates");
  meeting.from = reader.date(dates, "from");
  meeting.to = reader.date(dates, "to");
  if (meeting.to < meeting.from) reader.error(dates, "the meeting ends before it starts");
  if (const xmlNode* president = first_child(root, "president")) {
    meeting.president_name = reader.text(president, "name");
    meeting.president_title = reader.text(president, "title");
    std::string typed_state = reader.text(president, "state");
    meeting.president_state = registry.resolve(typed_state);
    if (!meeting.president_state) reader.error(president, "unknown State \"" + typed_state + "\"");
  }
  auto treaty = Treaty::load(paths, meeting.convention_id, registry);
  if (!treaty) {
    reader.error(root, "convention=\"" + meeting.convention_id + "\" names no treaty in data/treaties/");
  } else {
    meeting.convention_name = treaty->name();
  }
  return meeting;
}

std::optional<std::filesystem::path> sibling_file(const std::filesystem::path& record,
                                                  const std::string& href) {
  if (href.empty() || href.find('/') != std::string::npos || href.find('\\') != std::string::npos ||
      href == "." || href == "..")
    return std::nullopt;
  std::filesystem::path sibling = record.parent_path() / href;
  std::error_code ec;
  if (std::filesystem::is_symlink(sibling, ec)) {  // a link must stay in the record's folder
    std::filesystem::path target = std::filesystem::weakly_canonical(sibling, ec);
    std::filesystem::path folder =
        std::filesystem::weakly_canonical(record.parent_path().empty() ? "." : record.parent_path(), ec);
    if (ec || target.parent_path() != folder) return std::nullopt;
  }
  return sibling;
}

bool is_file_stem(std::string_view name) {
  if (name.empty() || name.size() > 64 || name.front() == '.') return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '_' || c == '-';
  });
}

LinkedMeeting read_linked_meeting(const XmlFile& file, const xmlNode* link, const Paths& paths,
                                  const StateRegistry& registry, Errors& errors) {
  LinkedMeeting linked;
  std::string href = attribute(link, "href").value_or("");
  auto path = sibling_file(file.path(), href);
  if (!path) {
    errors.push_back(file.error_at(link, "href=\"" + href + "\" must name a file in the same folder"));
    return linked;
  }
  auto xml = XmlFile::load(*path, paths.schema("meeting"));
  if (!xml) {
    errors.insert(errors.end(), xml.errors().begin(), xml.errors().end());
    return linked;
  }
  RecordReader meeting_reader(*xml, registry, errors);
  linked.meeting = read_meeting(*xml, meeting_reader, paths, registry);
  if (auto treaty = Treaty::load(paths, linked.meeting.convention_id, registry))
    linked.treaty = std::move(*treaty);
  return linked;
}

DocumentHead read_document_head(const XmlFile& file, RecordReader& reader, const Paths& paths,
                                const StateRegistry& registry, Errors& errors) {
  const xmlNode* root = file.root();
  DocumentHead head{
      reader.text(root, "symbol"), reader.text(root, "original"), reader.date(root, "date"), {}};
  head.linked = read_linked_meeting(file, first_child(root, "meeting"), paths, registry, errors);
  return head;
}

void for_each_inline(const std::vector<Inline>& pieces, const std::function<void(const Inline&)>& visit) {
  for (const Inline& piece : pieces) {
    visit(piece);
    for_each_inline(piece.children, visit);
  }
}

void for_each_inline(const std::vector<Paragraph>& paragraphs,
                     const std::function<void(const Inline&)>& visit) {
  for (const Paragraph& paragraph : paragraphs) {
    for_each_inline(paragraph.content, visit);
    for_each_inline(paragraph.subparagraphs, visit);
  }
}

std::string noun_form(const std::string& noun, long count) {
  auto bar = noun.find('|');
  if (bar != std::string::npos) return count == 1 ? noun.substr(0, bar) : noun.substr(bar + 1);
  if (count != 1) return noun;
  for (const auto& [plural, singular] :
       std::vector<std::pair<std::string, std::string>>{{"States Parties", "State Party"},
                                                        {"States parties", "State party"},
                                                        {"States not party", "State not party"}}) {
    if (noun.size() >= plural.size() && noun.compare(noun.size() - plural.size(), plural.size(), plural) == 0)
      return noun.substr(0, noun.size() - plural.size()) + singular;
  }
  if (!noun.empty() && noun.back() == 's') return noun.substr(0, noun.size() - 1);
  return noun;
}

std::string set_noun(const StateSet& set) {
  if (!set.noun.empty()) return set.noun;
  if (!set.required) return "States";
  switch (*set.required) {
    case Status::party:
      return "States Parties";
    case Status::signatory:
      return "signatory States";
    case Status::non_party:
      return "States not party";
    case Status::withdrawn:
      return "States that withdrew";
  }
  return "States";
}

Result<Meeting> load_meeting(const std::filesystem::path& file, const Paths& paths,
                             const StateRegistry& registry) {
  auto xml = XmlFile::load(file, paths.schema("meeting"));
  if (!xml) return xml.errors();
  Errors errors;
  RecordReader reader(*xml, registry, errors);
  Meeting meeting = read_meeting(*xml, reader, paths, registry);
  if (!errors.empty()) return errors;
  return meeting;
}

}  // namespace mspdoc
