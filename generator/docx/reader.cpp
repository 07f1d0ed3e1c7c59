#include "docx/reader.h"

#include <algorithm>
#include <cctype>
#include <pugixml.hpp>

#include "docx/numbering.h"
#include "docx/walk.h"

namespace mspdoc {
namespace {

Result<bool> parse_xml(const ZipParts& parts, const std::string& part, pugi::xml_document& doc,
                       const std::string& file, bool required) {
  auto found = parts.find(part);
  if (found == parts.end())
    return required ? Result<bool>(Error{file, 0, "not a Word document: no " + part}) : true;
  // Word never writes a DOCTYPE; one here can only declare entities, so it is refused unread.
  std::string_view head(found->second.data(), std::min<std::size_t>(found->second.size(), 4096));
  if (head.find("<!DOCTYPE") != std::string_view::npos || head.find("<!ENTITY") != std::string_view::npos)
    return Error{file, 0, part + " declares a DOCTYPE, which Word documents never do; refused"};
  pugi::xml_parse_result parsed = doc.load_buffer(found->second.data(), found->second.size(),
                                                  pugi::parse_default | pugi::parse_ws_pcdata);
  if (!parsed) return Error{file, 0, part + " is not well-formed XML (" + parsed.description() + ")"};
  return true;
}

/// A paragraph's text and footnote references, read in the shared reading order.
void read_text(const pugi::xml_node& node, DraftParagraph& paragraph) {
  walk_paragraph_text(node, [&](const pugi::xml_node& piece, const std::string& text) {
    if (std::string_view(piece.name()) != "w:footnoteReference") {
      paragraph.text += text;
      return;
    }
    NoteReference ref;
    ref.offset = paragraph.text.size();
    ref.id = piece.attribute("w:id").as_string("");
    if (piece.attribute("w:customMarkFollows").as_bool()) {
      pugi::xml_node mark = piece.parent().child("w:t");
      ref.mark = mark ? mark.text().get() : "*";
    }
    paragraph.notes.push_back(ref);
  });
}

/// Turns every paragraph of the body (in tables too) into a DraftParagraph, in reading order.
class BodyReader {
 public:
  BodyReader(DraftDocument& document, DocxNumbering& numbering)
      : document_(document), numbering_(numbering) {}

  Result<bool> read(const pugi::xml_node& body) {
    bool complete = walk_body_paragraphs(
        body, [&](const pugi::xml_node& node, const TablePosition& where) { paragraph(node, where); });
    if (!complete) return Error{document_.file, 0, "tables or content controls nest too deeply to read"};
    return true;
  }

 private:
  void paragraph(const pugi::xml_node& node, const TablePosition& where) {
    DraftParagraph paragraph;
    paragraph.index = document_.paragraphs.size();
    pugi::xml_node properties = node.child("w:pPr");
    std::string style_id = properties.child("w:pStyle").attribute("w:val").as_string("");
    paragraph.style = numbering_.style_name(style_id.empty() ? "Normal" : style_id);
    paragraph.outline_level = properties.child("w:outlineLvl")
                                  ? properties.child("w:outlineLvl").attribute("w:val").as_int(-1)
                                  : numbering_.style_outline_level(style_id);
    paragraph.table = where.table, paragraph.row = where.row, paragraph.cell = where.cell;
    read_text(node, paragraph);
    if (auto ref = numbering_.reference(properties))
      number(paragraph, *ref);
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

std::string footnote_text(const pugi::xml_node& footnote) {
  std::string text;
  for (pugi::xml_node paragraph : footnote.children("w:p")) {
    DraftParagraph scratch;
    read_text(paragraph, scratch);
    if (!text.empty()) text += ' ';
    text += scratch.text;
  }
  std::size_t first = text.find_first_not_of(" \t");
  return first == std::string::npos ? std::string() : text.substr(first);
}

void read_footnotes(DraftDocument& document, const pugi::xml_document& footnotes) {
  std::map<std::string, std::string> texts;
  for (pugi::xml_node note : footnotes.child("w:footnotes").children("w:footnote"))
    if (!note.attribute("w:type")) texts[note.attribute("w:id").as_string("")] = footnote_text(note);
  int shown = 0;
  for (DraftParagraph& paragraph : document.paragraphs) {
    for (NoteReference& ref : paragraph.notes) {
      if (ref.mark.empty()) ref.mark = std::to_string(++shown);
      auto text = texts.find(ref.id);
      document.footnotes[ref.id] =
          DraftFootnote{ref.id, ref.mark, text == texts.end() ? "" : text->second, paragraph.index};
    }
  }
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

/// The masthead's date and symbol, and the period a report covers ("1 July 2023 to 30 June 2024").
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
  for (std::size_t i = 0; i < document.paragraphs.size() && i < 8; ++i) {
    const std::string& text = document.paragraphs[i].text;
    if (document.symbol.empty()) document.symbol = symbol_in(text);
    if (!document.date && text.size() < 40)
      if (auto dates = find_un_dates(text); !dates.empty()) document.date = dates.front().date;
  }
}

}  // namespace

const DraftFootnote* DraftDocument::footnote(const std::string& id) const {
  auto found = footnotes.find(id);
  return found == footnotes.end() ? nullptr : &found->second;
}

Result<DraftDocument> read_docx_parts(ZipParts parts, const std::string& name) {
  DraftDocument document;
  document.file = name;
  pugi::xml_document body, numbering_xml, styles_xml, footnotes_xml;
  if (auto ok = parse_xml(parts, "word/document.xml", body, name, true); !ok) return ok.errors();
  if (auto ok = parse_xml(parts, "word/numbering.xml", numbering_xml, name, false); !ok) return ok.errors();
  if (auto ok = parse_xml(parts, "word/styles.xml", styles_xml, name, false); !ok) return ok.errors();
  if (auto ok = parse_xml(parts, "word/footnotes.xml", footnotes_xml, name, false); !ok) return ok.errors();
  pugi::xml_node root = body.child("w:document").child("w:body");
  if (!root) return Error{name, 0, "not a Word document: word/document.xml has no w:body"};
  DocxNumbering numbering(numbering_xml, styles_xml);
  if (auto ok = BodyReader(document, numbering).read(root); !ok) return ok.errors();
  read_footnotes(document, footnotes_xml);
  read_masthead(document);
  document.parts = std::move(parts);
  return document;
}

Result<DraftDocument> read_docx(const std::filesystem::path& file) {
  auto parts = read_zip(file);
  if (!parts) return parts.errors();
  return read_docx_parts(std::move(*parts), file.string());
}

}  // namespace mspdoc
