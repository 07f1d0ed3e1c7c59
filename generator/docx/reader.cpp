#include "docx/reader.h"

#include <algorithm>
#include <cctype>
#include <pugixml.hpp>
#include <set>

#include "core/text.h"
#include "docx/numbering.h"
#include "docx/package.h"
#include "docx/walk.h"

namespace mspdoc {
namespace {

/// The parts a reader needs, parsed.
struct Package {
  pugi::xml_document body, numbering, styles, footnotes, endnotes, settings;
};

Result<bool> parse_package(const ZipParts& parts, const std::string& name, Package& package) {
  const std::pair<const char*, pugi::xml_document*> optional_parts[] = {
      {"word/numbering.xml", &package.numbering},
      {"word/styles.xml", &package.styles},
      {"word/footnotes.xml", &package.footnotes},
      {"word/endnotes.xml", &package.endnotes},
      {"word/settings.xml", &package.settings}};
  if (auto ok = parse_part(parts, "word/document.xml", package.body, name, true); !ok) return ok.errors();
  for (const auto& [part, document] : optional_parts)
    if (auto ok = parse_part(parts, part, *document, name, false); !ok) return ok.errors();
  return true;
}

/// A story read in the shared order, or an Error naming the part it is in.
Result<std::vector<WalkedParagraph>> read_story(const pugi::xml_node& story, const WalkSettings& settings,
                                                const std::string& file, const std::string& part) {
  auto walked = walk_story(story, settings);
  if (!walked) return Error{file, 0, part + ": " + walked.error().message};
  return walked;
}

/// Record anchors (hidden bookmarks "_mspc_R_N", see core/record_anchor.h) opened in a paragraph,
/// until they close.
class AnchorReader {
 public:
  explicit AnchorReader(const AnchorTable& table) : table_(table) {}

  void read(const pugi::xml_node& mark, std::size_t offset) {
    std::string id = mark.attribute("w:id").as_string("");
    if (std::string_view(mark.name()) == "w:bookmarkStart") {
      if (auto anchor = parse_record_anchor(mark.attribute("w:name").as_string(""), table_)) {
        anchor->begin = offset;
        open_[id] = *anchor;
      }
      return;
    }
    auto found = open_.find(id);
    if (found == open_.end()) return;
    found->second.end = offset;
    closed_.push_back(found->second);
    open_.erase(found);
  }
  /// The anchors read, those still open ending at `end`, in the order they close.
  std::vector<RecordAnchor> take(std::size_t end) {
    for (auto& [id, anchor] : open_) {
      anchor.end = end;
      closed_.push_back(anchor);
    }
    open_.clear();
    return std::move(closed_);
  }

 private:
  const AnchorTable& table_;
  std::map<std::string, RecordAnchor> open_;
  std::vector<RecordAnchor> closed_;
};

/// Text, note references and record anchors of a walked paragraph.
void read_text(const WalkedParagraph& walked, DraftParagraph& paragraph, const AnchorTable& table) {
  AnchorReader anchors(table);
  for (const TextPiece& piece : walked.pieces) {
    std::string_view name = piece.node.name();
    if (is_bookmark_mark(piece.node)) {
      anchors.read(piece.node, paragraph.text.size());
      continue;
    }
    if (name != "w:footnoteReference" && name != "w:endnoteReference") {
      paragraph.text += piece.text;
      continue;
    }
    NoteReference ref;
    ref.offset = paragraph.text.size();
    ref.endnote = name == "w:endnoteReference";
    ref.id = (ref.endnote ? "e" : "") + std::string(piece.node.attribute("w:id").as_string(""));
    pugi::xml_attribute custom = piece.node.attribute("w:customMarkFollows");
    if (custom && custom.as_bool()) {
      pugi::xml_node mark = piece.node.next_sibling("w:t");
      ref.mark = mark ? visible_text(mark.text().get()) : "*";
    }
    paragraph.notes.push_back(ref);
  }
  paragraph.anchors = anchors.take(paragraph.text.size());
}

/// A heading's label typed at its start: "IV.", "B.", "3." before a space or tab.
void typed_heading_label(DraftParagraph& paragraph) {
  const std::string& text = paragraph.text;
  std::size_t start = text.find_first_not_of(" \t");
  if (start == std::string::npos) return;
  std::size_t dot = text.find('.', start);
  if (dot == std::string::npos || dot == start || dot - start > 6) return;
  if (dot + 1 < text.size() && text[dot + 1] != ' ' && text[dot + 1] != '\t') return;
  std::string token = text.substr(start, dot - start);
  auto all = [&](auto test) { return std::all_of(token.begin(), token.end(), test); };
  bool digits = all([](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
  bool roman = all([](char c) { return std::string_view("IVXLC").find(c) != std::string_view::npos; });
  bool letter = token.size() == 1 && std::isupper(static_cast<unsigned char>(token[0]));
  if (!digits && !roman && !letter) return;
  paragraph.label = token + ".";
  paragraph.number = token;
  paragraph.level = 0;
  paragraph.typed_number = true;
}

/// Turns every walked paragraph of the body into a DraftParagraph, in reading order.
class BodyReader {
 public:
  BodyReader(DraftDocument& document, DocxNumbering& numbering)
      : document_(document), numbering_(numbering) {}

  void read(const std::vector<WalkedParagraph>& walked) {
    for (const WalkedParagraph& paragraph : walked) add(paragraph);
  }

 private:
  void add(const WalkedParagraph& walked) {
    DraftParagraph paragraph;
    paragraph.index = document_.paragraphs.size();
    pugi::xml_node properties = walked.mark().child("w:pPr");
    std::string style_id = properties.child("w:pStyle").attribute("w:val").as_string("");
    paragraph.style = numbering_.style_name(style_id.empty() ? "Normal" : style_id);
    paragraph.outline_level = properties.child("w:outlineLvl")
                                  ? properties.child("w:outlineLvl").attribute("w:val").as_int(-1)
                                  : numbering_.style_outline_level(style_id);
    if (paragraph.outline_level > 8) paragraph.outline_level = -1;  // level 9 is body text
    paragraph.table = walked.where.table, paragraph.row = walked.where.row,
    paragraph.cell = walked.where.cell;
    paragraph.text_box = walked.text_box;
    read_text(walked, paragraph, document_.anchor_table);
    if (auto ref = numbering_.reference(properties))
      number(paragraph, *ref);
    else if (paragraph.is_heading())
      typed_heading_label(paragraph);
    else
      typed_number(paragraph);
    cite(paragraph);
    document_.paragraphs.push_back(std::move(paragraph));
  }

  void number(DraftParagraph& paragraph, const NumberingRef& ref) {
    NumberLabel label = numbering_.next(ref);
    paragraph.label = label.text;
    paragraph.number = label.number;
    paragraph.bullet = label.bullet;
    paragraph.level = ref.level;
  }

  /// A number typed at the start of the text: "12.<tab>" or "12. ".
  static void typed_number(DraftParagraph& paragraph) {
    const std::string& text = paragraph.text;
    std::size_t start = text.find_first_not_of(" \t");
    if (start == std::string::npos) return;
    std::size_t end = start;
    while (end < text.size() && end - start < 5 && std::isdigit(static_cast<unsigned char>(text[end]))) ++end;
    if (end == start || end - start > 4 || end + 1 >= text.size() || text[end] != '.' ||
        (text[end + 1] != ' ' && text[end + 1] != '\t'))
      return;
    paragraph.number = text.substr(start, end - start);
    paragraph.label = paragraph.number + ".";
    paragraph.level = 0;
    paragraph.typed_number = true;
  }

  /// Sets how a reader cites the paragraph: its own number, or the body paragraph it belongs to.
  void cite(DraftParagraph& paragraph) {
    if (paragraph.table >= 0) {
      paragraph.reference = "table " + std::to_string(paragraph.table + 1);
      return;
    }
    bool numbered_body = !paragraph.number.empty() && !paragraph.is_heading();
    if (numbered_body && paragraph.level == 0 &&
        std::isdigit(static_cast<unsigned char>(paragraph.number[0]))) {
      last_body_number_ = paragraph.number;
      paragraph.reference = paragraph.number;
    } else if (numbered_body && !last_body_number_.empty()) {
      paragraph.reference = last_body_number_ + " " + paragraph.label;
    } else {
      paragraph.reference = last_body_number_;
    }
    if (paragraph.is_heading()) paragraph.reference.clear();
  }

  DraftDocument& document_;
  DocxNumbering& numbering_;
  std::string last_body_number_;
};

/// How one kind of note is numbered: its format and first number.
struct NoteFormat {
  std::string format;
  int start = 1;
};

NoteFormat note_format(const pugi::xml_node& body, const pugi::xml_document& settings, const char* properties,
                       const char* default_format) {
  NoteFormat format{default_format, 1};
  for (pugi::xml_node source :
       {settings.child("w:settings").child(properties), body.child("w:sectPr").child(properties)}) {
    if (pugi::xml_node fmt = source.child("w:numFmt"))
      format.format = fmt.attribute("w:val").as_string(default_format);
    if (pugi::xml_node start = source.child("w:numStart")) format.start = start.attribute("w:val").as_int(1);
  }
  return format;
}

/// The notes of one kind (footnotes or endnotes) by w:id, separators left out.
std::map<std::string, pugi::xml_node> notes_by_id(const pugi::xml_document& part, const char* root,
                                                  const char* note) {
  std::map<std::string, pugi::xml_node> notes;
  for (pugi::xml_node node : part.child(root).children(note)) {
    std::string_view type = node.attribute("w:type").as_string("normal");
    if (type == "normal") notes[node.attribute("w:id").as_string("")] = node;
  }
  return notes;
}

/// Gives every referenced note its mark, in reading order, and reads its text; notes referenced
/// from inside a note are numbered right after it.
class NoteReader {
 public:
  NoteReader(DraftDocument& document, const Package& package, const WalkSettings& settings)
      : document_(document), settings_(settings) {
    pugi::xml_node body = package.body.child("w:document").child("w:body");
    footnote_format_ = note_format(body, package.settings, "w:footnotePr", "decimal");
    endnote_format_ = note_format(body, package.settings, "w:endnotePr", "lowerRoman");
    footnotes_ = notes_by_id(package.footnotes, "w:footnotes", "w:footnote");
    endnotes_ = notes_by_id(package.endnotes, "w:endnotes", "w:endnote");
  }

  Result<bool> read() {
    for (DraftParagraph& paragraph : document_.paragraphs)
      for (NoteReference& ref : paragraph.notes)
        if (auto ok = note(ref, paragraph.index, 0); !ok) return ok;
    return true;
  }

 private:
  Result<bool> note(NoteReference& ref, std::size_t paragraph, int depth) {
    if (ref.mark.empty()) {
      int& count = ref.endnote ? endnotes_shown_ : footnotes_shown_;
      const NoteFormat& format = ref.endnote ? endnote_format_ : footnote_format_;
      ref.mark = format_number(format.start + count++, format.format);
    }
    if (!read_.insert(ref.id).second || depth > 8) return true;
    DraftFootnote& entry = document_.footnotes[ref.id];
    entry = DraftFootnote{ref.id, ref.mark, "", paragraph, ref.endnote, {}};
    const auto& notes = ref.endnote ? endnotes_ : footnotes_;
    auto found = notes.find(ref.id.substr(ref.endnote ? 1 : 0));
    if (found == notes.end()) return true;
    auto walked = read_story(found->second, settings_, document_.file,
                             ref.endnote ? "word/endnotes.xml" : "word/footnotes.xml");
    if (!walked) return walked.errors();
    std::string text;
    std::vector<RecordAnchor> anchors;
    for (const WalkedParagraph& walked_paragraph : *walked) {
      DraftParagraph scratch;
      read_text(walked_paragraph, scratch, document_.anchor_table);
      if (!text.empty()) text += ' ';
      for (RecordAnchor& anchor : scratch.anchors) {
        anchor.begin += text.size();
        anchor.end += text.size();
        anchors.push_back(anchor);
      }
      text += scratch.text;
      for (NoteReference& inner : scratch.notes)
        if (auto ok = note(inner, paragraph, depth + 1); !ok) return ok;
    }
    std::size_t first = std::min(text.find_first_not_of(" \t"), text.size());
    for (RecordAnchor& anchor : anchors) {
      anchor.begin = anchor.begin > first ? anchor.begin - first : 0;
      anchor.end = anchor.end > first ? anchor.end - first : 0;
    }
    DraftFootnote& read = document_.footnotes[ref.id];
    read.text = text.substr(first);
    read.anchors = std::move(anchors);
    return true;
  }

  DraftDocument& document_;
  const WalkSettings& settings_;
  NoteFormat footnote_format_, endnote_format_;
  std::map<std::string, pugi::xml_node> footnotes_, endnotes_;
  int footnotes_shown_ = 0, endnotes_shown_ = 0;
  std::set<std::string> read_;
};

/// The text of the first-page and default headers of the document's sections, in that order.
Result<std::vector<std::string>> header_lines(const ZipParts& parts, const pugi::xml_node& body,
                                              const WalkSettings& settings, const std::string& file) {
  std::map<std::string, std::string> targets = part_relationships(parts, "word/document.xml");
  pugi::xpath_node_set sections = body.select_nodes(".//w:sectPr");
  std::vector<std::string> ids;
  for (std::string_view type : {"first", "default"})
    for (const pugi::xpath_node& section : sections)
      for (pugi::xml_node ref : section.node().children("w:headerReference"))
        if (ref.attribute("w:type").as_string("default") == type)
          ids.push_back(ref.attribute("r:id").as_string(""));
  std::vector<std::string> lines;
  std::set<std::string> seen;
  for (const std::string& id : ids) {
    auto target = targets.find(id);
    if (target == targets.end() || !seen.insert(target->second).second) continue;
    pugi::xml_document header;
    if (auto ok = parse_part(parts, target->second, header, file, false); !ok) return ok.errors();
    auto walked = read_story(header.child("w:hdr"), settings, file, target->second);
    if (!walked) return walked.errors();
    for (const WalkedParagraph& paragraph : *walked) lines.push_back(paragraph.text());
  }
  return lines;
}

/// The document symbol in a text ("CCM/MSP/2024/7"), or "".
std::string symbol_in(const std::string& text) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find_first_of(" \t", start);
    if (end == std::string::npos) end = text.size();
    std::string word = text.substr(start, end - start);
    while (!word.empty() && (word.back() == '.' || word.back() == ',' || word.back() == ')')) word.pop_back();
    bool upper_start = word.size() > 2 && std::isupper(static_cast<unsigned char>(word[0])) &&
                       std::isupper(static_cast<unsigned char>(word[1]));
    if (upper_start && std::count(word.begin(), word.end(), '/') >= 3) return word;
    start = end + 1;
  }
  return {};
}

/// The language after "Original:" ("Original: English"), or "".
std::string original_in(const std::string& text) {
  std::size_t at = text.find("Original:");
  if (at == std::string::npos) return {};
  std::size_t start = text.find_first_not_of(" \t", at + 9);
  if (start == std::string::npos) return {};
  std::size_t end = start;
  while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
  return text.substr(start, end - start);
}

/// The masthead's date, symbol and original language, and the period a report covers
/// ("1 July 2023 to 30 June 2024"): headers first, then the opening paragraphs of the body,
/// wherever they stand (tables and text boxes too).
void read_masthead(DraftDocument& document) {
  for (std::size_t i = 0; i < document.paragraphs.size() && i < 20 && !document.period_from; ++i) {
    std::vector<DateMention> dates = find_un_dates(document.paragraphs[i].text);
    for (std::size_t k = 0; k + 1 < dates.size(); ++k) {
      std::size_t gap = dates[k].offset + dates[k].length;
      if (document.paragraphs[i].text.compare(gap, 4, " to ") == 0 && gap + 4 == dates[k + 1].offset) {
        document.period_from = dates[k].date;
        document.period_to = dates[k + 1].date;
        break;
      }
    }
  }
  std::vector<const std::string*> candidates;
  for (const std::string& line : document.header_lines) candidates.push_back(&line);
  for (std::size_t i = 0; i < document.paragraphs.size() && i < 8; ++i)
    candidates.push_back(&document.paragraphs[i].text);
  for (const std::string* text : candidates) {
    if (document.symbol.empty()) document.symbol = symbol_in(*text);
    if (document.original.empty()) document.original = original_in(*text);
    if (!document.date && text->size() < 40)
      if (auto dates = find_un_dates(*text); !dates.empty()) document.date = dates.front().date;
  }
}

}  // namespace

const DraftFootnote* DraftDocument::footnote(const std::string& id) const {
  auto found = footnotes.find(id);
  return found == footnotes.end() ? nullptr : &found->second;
}

/// Bytes that are not UTF-8 (a draft written by a broken tool) become U+FFFD, so that every
/// message and comment about them stays valid UTF-8; note references keep their places.
template <typename Place>
static RecordAnchor moved_anchor(RecordAnchor anchor, const Place& place) {
  anchor.begin = place(anchor.begin);
  anchor.end = place(anchor.end);
  return anchor;
}

static void show_invalid_utf8(DraftDocument& document) {
  for (DraftParagraph& paragraph : document.paragraphs) {
    if (valid_utf8(paragraph.text)) continue;
    std::vector<std::size_t> moved;
    std::string shown = replace_invalid_utf8(paragraph.text, &moved);
    auto place = [&](std::size_t offset) { return moved[std::min(offset, paragraph.text.size())]; };
    for (NoteReference& note : paragraph.notes) note.offset = place(note.offset);
    for (RecordAnchor& anchor : paragraph.anchors) anchor = moved_anchor(anchor, place);
    paragraph.text = std::move(shown);
  }
  for (auto& entry : document.footnotes) {
    DraftFootnote& note = entry.second;  // not a structured binding: clang 14 cannot capture one
    if (valid_utf8(note.text)) continue;
    std::vector<std::size_t> moved;
    std::string shown = replace_invalid_utf8(note.text, &moved);
    auto place = [&](std::size_t offset) { return moved[std::min(offset, note.text.size())]; };
    for (RecordAnchor& anchor : note.anchors) anchor = moved_anchor(anchor, place);
    note.text = std::move(shown);
  }
  for (std::string& line : document.header_lines) line = replace_invalid_utf8(line);
  document.symbol = replace_invalid_utf8(document.symbol);
  document.original = replace_invalid_utf8(document.original);
}

/// The record anchors' table a generated document carries in docProps/custom.xml, if any.
AnchorTable anchor_table(const ZipParts& parts) {
  pugi::xml_document custom;
  if (!parse_part(parts, "docProps/custom.xml", custom, "", false)) return {};
  std::map<int, std::string> chunks;
  for (pugi::xml_node property : custom.first_child().children()) {
    std::string_view name = property.attribute("name").as_string("");
    if (!name.starts_with("mspdoc-anchors-")) continue;
    int number = std::atoi(std::string(name.substr(15)).c_str());
    chunks[number] = property.first_child().text().get();
  }
  std::vector<std::string> ordered;
  for (auto& [number, chunk] : chunks) ordered.push_back(std::move(chunk));
  return anchor_table_of_chunks(ordered);
}

Result<DraftDocument> read_docx_parts(ZipParts parts, const std::string& name) {
  DraftDocument document;
  document.file = printable_path(name);  // a file name that is not UTF-8 shows as \xNN
  Package package;
  if (auto ok = parse_package(parts, name, package); !ok) return ok.errors();
  pugi::xml_node root = package.body.child("w:document").child("w:body");
  if (!root) return Error{name, 0, "not a Word document: word/document.xml has no w:body"};
  DocxNumbering numbering(package.numbering, package.styles);
  WalkSettings settings{[&numbering](const std::string& style) { return numbering.style_hidden(style); }};
  document.anchor_table = anchor_table(parts);
  auto walked = read_story(root, settings, name, "word/document.xml");
  if (!walked) return walked.errors();
  BodyReader(document, numbering).read(*walked);
  if (auto ok = NoteReader(document, package, settings).read(); !ok) return ok.errors();
  auto headers = header_lines(parts, root, settings, name);
  if (!headers) return headers.errors();
  document.header_lines = std::move(*headers);
  read_masthead(document);
  show_invalid_utf8(document);
  document.parts = std::move(parts);
  return document;
}

Result<DraftDocument> read_docx(const std::filesystem::path& file) {
  auto parts = read_zip(file);
  if (!parts) return parts.errors();
  return read_docx_parts(std::move(*parts), file.string());
}

}  // namespace mspdoc
