#include "render/docx_postprocess.h"

#include <algorithm>
#include <array>
#include <pugixml.hpp>
#include <sstream>

namespace mspdoc {
namespace {

constexpr const char* kRelationshipsNs =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char* kHeaderType =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header";
constexpr const char* kFooterType =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer";
constexpr int kTextBlockWidth = 11906 - 1134 - 1134;  // A4 less the page margins, in twips
constexpr int kIndentedWidth = kTextBlockWidth - 2 * 1134;

std::string xml_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else if (c == '"')
      out += "&quot;";
    else
      out += c;
  }
  return out;
}

Result<pugi::xml_document*> parse_part(ZipParts& parts, const std::string& name, pugi::xml_document& doc) {
  auto found = parts.find(name);
  if (found == parts.end()) return Error{"", 0, "pandoc's DOCX has no " + name};
  pugi::xml_parse_result parsed = doc.load_buffer(found->second.data(), found->second.size(),
                                                  pugi::parse_default | pugi::parse_ws_pcdata);
  if (!parsed) return Error{"", 0, "pandoc's " + name + " is not XML: " + parsed.description()};
  return &doc;
}

void store_part(ZipParts& parts, const std::string& name, const pugi::xml_document& doc) {
  std::ostringstream out;
  doc.save(out, "", pugi::format_raw | pugi::format_no_declaration);
  parts[name] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + out.str();
}

std::string header_part(const std::string& symbol) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<w:hdr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
         "<w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr><w:r><w:t>" +
         xml_escape(symbol) + "</w:t></w:r></w:p></w:hdr>";
}

std::string empty_header_part() {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<w:hdr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:p/></w:hdr>";
}

std::string page_number_footer_part() {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<w:ftr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
         "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:jc w:val=\"right\"/></w:pPr>"
         "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE "
         "</w:instrText></w:r>"
         "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r>"
         "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:ftr>";
}

void add_relationship(pugi::xml_node relationships, const char* id, const char* type, const char* target) {
  pugi::xml_node rel = relationships.append_child("Relationship");
  rel.append_attribute("Id") = id;
  rel.append_attribute("Type") = type;
  rel.append_attribute("Target") = target;
}

void add_content_type(pugi::xml_node types, const char* part, const char* type) {
  pugi::xml_node override_node = types.append_child("Override");
  override_node.append_attribute("PartName") = part;
  override_node.append_attribute("ContentType") = type;
}

Result<bool> add_headers_and_footer(ZipParts& parts, const std::string& symbol,
                                    pugi::xml_document& document) {
  parts["word/header1.xml"] = header_part(symbol);
  parts["word/header2.xml"] = empty_header_part();
  parts["word/footer1.xml"] = page_number_footer_part();
  pugi::xml_document rels, types;
  if (auto ok = parse_part(parts, "word/_rels/document.xml.rels", rels); !ok) return ok.errors();
  if (auto ok = parse_part(parts, "[Content_Types].xml", types); !ok) return ok.errors();
  pugi::xml_node relationships = rels.child("Relationships");
  add_relationship(relationships, "rIdMspdocHeader1", kHeaderType, "header1.xml");
  add_relationship(relationships, "rIdMspdocHeader2", kHeaderType, "header2.xml");
  add_relationship(relationships, "rIdMspdocFooter1", kFooterType, "footer1.xml");
  const char* header_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
  const char* footer_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
  add_content_type(types.child("Types"), "/word/header1.xml", header_type);
  add_content_type(types.child("Types"), "/word/header2.xml", header_type);
  add_content_type(types.child("Types"), "/word/footer1.xml", footer_type);
  store_part(parts, "word/_rels/document.xml.rels", rels);
  store_part(parts, "[Content_Types].xml", types);

  pugi::xml_node body = document.child("w:document").child("w:body");
  pugi::xml_node section = body.child("w:sectPr");
  if (!section) section = body.append_child("w:sectPr");
  if (!document.child("w:document").attribute("xmlns:r"))
    document.child("w:document").append_attribute("xmlns:r") = kRelationshipsNs;
  auto reference = [&](const char* element, const char* type, const char* id) {
    pugi::xml_node node = section.prepend_child(element);
    node.append_attribute("w:type") = type;
    node.append_attribute("r:id") = id;
  };
  reference("w:footerReference", "default", "rIdMspdocFooter1");
  reference("w:headerReference", "first", "rIdMspdocHeader2");
  reference("w:headerReference", "default", "rIdMspdocHeader1");
  if (!section.child("w:titlePg")) section.append_child("w:titlePg");
  return true;
}

/// Replaces the first run holding `marker` text in `paragraph`; true when found.
bool strip_marker(pugi::xml_node paragraph, const std::string& marker) {
  for (pugi::xpath_node found : paragraph.select_nodes(".//w:t")) {
    std::string value = found.node().text().get();
    auto at = value.find(marker);
    if (at == std::string::npos) continue;
    value.erase(at, marker.size());
    if (!value.empty() && value.front() == ' ') value.erase(0, 1);
    found.node().text().set(value.c_str());
    return true;
  }
  return false;
}

void lay_out_footnote_mark(pugi::xml_node mark_run);

std::string find_asterisk_note(pugi::xml_document& footnotes) {
  for (pugi::xml_node note : footnotes.child("w:footnotes").children("w:footnote")) {
    pugi::xml_node paragraph = note.child("w:p");
    if (!paragraph || !strip_marker(paragraph, kAsteriskNoteMarker)) continue;
    for (pugi::xpath_node ref : note.select_nodes(".//w:footnoteRef")) {
      pugi::xml_node run = ref.node().parent();
      run.remove_child(ref.node());
      run.append_child("w:t").text().set("*");
      lay_out_footnote_mark(run);
    }
    return note.attribute("w:id").value();
  }
  return {};
}

void mark_asterisk_reference(pugi::xml_document& document, const std::string& id) {
  std::string query = ".//w:footnoteReference[@w:id='" + id + "']";
  for (pugi::xpath_node ref : document.select_nodes(query.c_str())) {
    ref.node().append_attribute("w:customMarkFollows") = "1";
    pugi::xml_node run = ref.node().parent();
    pugi::xml_node mark = run.parent().insert_copy_after(run, run);
    mark.remove_child(mark.child("w:footnoteReference"));
    mark.append_child("w:t").text().set("*");
  }
}

/// A footnote's mark before the text column, the text at the indent: the footnote style's first
/// line starts before the indent, and a tab after the mark goes to the hanging indent (pandoc
/// writes mark, space, text). Word and LibreOffice both lay it out so; LibreOffice always sets
/// the mark first in the paragraph, so no tab may stand before it.
void lay_out_footnote_mark(pugi::xml_node mark_run) {
  pugi::xml_node next = mark_run.next_sibling("w:r");
  pugi::xml_node text = next.child("w:t");
  if (text && std::string(text.text().get()) == " ") {
    next.remove_child(text);
    next.append_child("w:tab");
  }
}

void lay_out_footnote_numbers(pugi::xml_document& footnotes) {
  for (pugi::xpath_node ref : footnotes.select_nodes("//w:footnoteRef"))
    lay_out_footnote_mark(ref.node().parent());
}

void fit_tables(pugi::xml_document& document) {
  for (pugi::xpath_node table : document.select_nodes("//w:tbl")) {
    pugi::xml_node properties = table.node().child("w:tblPr");
    pugi::xml_node width = properties.child("w:tblW");
    if (!width) width = properties.append_child("w:tblW");
    width.remove_attribute("w:type");
    width.remove_attribute("w:w");
    width.append_attribute("w:type") = "dxa";
    width.append_attribute("w:w") = kIndentedWidth;
    long total = 0;
    for (pugi::xml_node column : table.node().child("w:tblGrid").children("w:gridCol"))
      total += column.attribute("w:w").as_int();
    if (total <= 0) continue;
    for (pugi::xml_node column : table.node().child("w:tblGrid").children("w:gridCol"))
      column.attribute("w:w").set_value(long(column.attribute("w:w").as_int()) * kIndentedWidth / total);
    for (pugi::xml_node row : table.node().children("w:tr")) {
      pugi::xml_node row_properties = row.child("w:trPr");
      if (!row_properties) row_properties = row.prepend_child("w:trPr");
      if (!row_properties.child("w:cantSplit")) row_properties.prepend_child("w:cantSplit");
    }
  }
}

void date_core_properties(ZipParts& parts, const DocumentIdentity& identity) {
  std::string stamp = identity.date.iso() + "T00:00:00Z";
  parts["docProps/core.xml"] =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<cp:coreProperties "
      "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>" +
      xml_escape(identity.title) + "</dc:title><dc:subject>" + xml_escape(identity.symbol) +
      "</dc:subject><dc:creator>mspdoc</dc:creator><dcterms:created xsi:type=\"dcterms:W3CDTF\">" + stamp +
      "</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + stamp +
      "</dcterms:modified></cp:coreProperties>";
}

/// Turns the anchor marks pandoc passed through in a run's text into hidden bookmarks around
/// the text they mark: the run is split at each mark, its properties copied to each piece.
class AnchorBookmarks {
 public:
  void convert(pugi::xml_node root) {
    std::vector<pugi::xml_node> texts;
    for (pugi::xpath_node found : root.select_nodes("//w:t"))
      if (has_anchor_marks(found.node().text().get())) texts.push_back(found.node());
    for (const pugi::xml_node& text : texts) split_run(text);
  }

 private:
  void split_run(pugi::xml_node text) {
    pugi::xml_node run = text.parent();
    pugi::xml_node parent = run.parent();
    for (const AnchorMark& mark : split_anchor_marks(text.text().get())) {
      if (mark.kind == AnchorMark::Kind::text) {
        pugi::xml_node piece = parent.insert_copy_before(run, run);
        pugi::xml_node piece_text = piece.child("w:t");
        piece_text.text().set(mark.value.c_str());
        if (!piece_text.attribute("xml:space")) piece_text.append_attribute("xml:space") = "preserve";
      } else if (mark.kind == AnchorMark::Kind::start) {
        pugi::xml_node start = parent.insert_child_before("w:bookmarkStart", run);
        start.append_attribute("w:id") = next_id_;
        start.append_attribute("w:name") = mark.value.c_str();
        open_.push_back(next_id_++);
      } else if (!open_.empty()) {
        parent.insert_child_before("w:bookmarkEnd", run).append_attribute("w:id") = open_.back();
        open_.pop_back();
      }
    }
    parent.remove_child(run);
  }

  long next_id_ = 100000;  // above the bookmark ids pandoc gives headings
  std::vector<long> open_;
};

/// docProps/custom.xml carrying the anchor table (pandoc's part holds no properties of its own).
void store_anchor_table(ZipParts& parts, const AnchorTable& table) {
  std::string properties;
  int pid = 2;  // 0 and 1 are reserved
  int number = 1;
  for (const std::string& chunk : anchor_table_chunks(table))
    properties += "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"" +
                  std::to_string(pid++) + "\" name=\"mspdoc-anchors-" + std::to_string(number++) +
                  "\"><vt:lpwstr>" + xml_escape(chunk) + "</vt:lpwstr></property>";
  parts["docProps/custom.xml"] =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Properties "
      "xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" "
      "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">" +
      properties + "</Properties>";
}

/// The children of w:settings in the order the schema's CT_Settings sequence gives them.
constexpr std::array<std::string_view, 98> kSettingsOrder = {"w:writeProtection",
                                                             "w:view",
                                                             "w:zoom",
                                                             "w:removePersonalInformation",
                                                             "w:removeDateAndTime",
                                                             "w:doNotDisplayPageBoundaries",
                                                             "w:displayBackgroundShape",
                                                             "w:printPostScriptOverText",
                                                             "w:printFractionalCharacterWidth",
                                                             "w:printFormsData",
                                                             "w:embedTrueTypeFonts",
                                                             "w:embedSystemFonts",
                                                             "w:saveSubsetFonts",
                                                             "w:saveFormsData",
                                                             "w:mirrorMargins",
                                                             "w:alignBordersAndEdges",
                                                             "w:bordersDoNotSurroundHeader",
                                                             "w:bordersDoNotSurroundFooter",
                                                             "w:gutterAtTop",
                                                             "w:hideSpellingErrors",
                                                             "w:hideGrammaticalErrors",
                                                             "w:activeWritingStyle",
                                                             "w:proofState",
                                                             "w:formsDesign",
                                                             "w:attachedTemplate",
                                                             "w:linkStyles",
                                                             "w:stylePaneFormatFilter",
                                                             "w:stylePaneSortMethod",
                                                             "w:documentType",
                                                             "w:mailMerge",
                                                             "w:revisionView",
                                                             "w:trackRevisions",
                                                             "w:doNotTrackMoves",
                                                             "w:doNotTrackFormatting",
                                                             "w:documentProtection",
                                                             "w:autoFormatOverride",
                                                             "w:styleLockTheme",
                                                             "w:styleLockQFSet",
                                                             "w:defaultTabStop",
                                                             "w:autoHyphenation",
                                                             "w:consecutiveHyphenLimit",
                                                             "w:hyphenationZone",
                                                             "w:doNotHyphenateCaps",
                                                             "w:showEnvelope",
                                                             "w:summaryLength",
                                                             "w:clickAndTypeStyle",
                                                             "w:defaultTableStyle",
                                                             "w:evenAndOddHeaders",
                                                             "w:bookFoldRevPrinting",
                                                             "w:bookFoldPrinting",
                                                             "w:bookFoldPrintingSheets",
                                                             "w:drawingGridHorizontalSpacing",
                                                             "w:drawingGridVerticalSpacing",
                                                             "w:displayHorizontalDrawingGridEvery",
                                                             "w:displayVerticalDrawingGridEvery",
                                                             "w:doNotUseMarginsForDrawingGridOrigin",
                                                             "w:drawingGridHorizontalOrigin",
                                                             "w:drawingGridVerticalOrigin",
                                                             "w:doNotShadeFormData",
                                                             "w:noPunctuationKerning",
                                                             "w:characterSpacingControl",
                                                             "w:printTwoOnOne",
                                                             "w:strictFirstAndLastChars",
                                                             "w:noLineBreaksAfter",
                                                             "w:noLineBreaksBefore",
                                                             "w:savePreviewPicture",
                                                             "w:doNotValidateAgainstSchema",
                                                             "w:saveInvalidXml",
                                                             "w:ignoreMixedContent",
                                                             "w:alwaysShowPlaceholderText",
                                                             "w:doNotDemarcateInvalidXml",
                                                             "w:saveXmlDataOnly",
                                                             "w:useXSLTWhenSaving",
                                                             "w:saveThroughXslt",
                                                             "w:showXMLTags",
                                                             "w:alwaysMergeEmptyNamespace",
                                                             "w:updateFields",
                                                             "w:hdrShapeDefaults",
                                                             "w:footnotePr",
                                                             "w:endnotePr",
                                                             "w:compat",
                                                             "w:docVars",
                                                             "w:rsids",
                                                             "m:mathPr",
                                                             "w:attachedSchema",
                                                             "w:themeFontLang",
                                                             "w:clrSchemeMapping",
                                                             "w:doNotIncludeSubdocsInStats",
                                                             "w:doNotAutoCompressPictures",
                                                             "w:forceUpgrade",
                                                             "w:captions",
                                                             "w:readModeInkLockDown",
                                                             "w:smartTagType",
                                                             "sl:schemaLibrary",
                                                             "w:shapeDefaults",
                                                             "w:doNotEmbedSmartTags",
                                                             "w:decimalSymbol",
                                                             "w:listSeparator"};

std::size_t settings_rank(std::string_view name) {
  auto found = std::find(kSettingsOrder.begin(), kSettingsOrder.end(), name);
  return std::size_t(found - kSettingsOrder.begin());  // unknown ones last, in their order
}

/// Word 2013 and later layout (compatibilityMode 15), so that Word does not open the document in
/// Compatibility Mode; pandoc leaves it out.
void set_compatibility_mode(pugi::xml_node settings) {
  pugi::xml_node compat = settings.child("w:compat");
  if (!compat) compat = settings.append_child("w:compat");
  pugi::xml_node mode = compat.find_child_by_attribute("w:compatSetting", "w:name", "compatibilityMode");
  if (!mode) {
    mode = compat.append_child("w:compatSetting");
    mode.append_attribute("w:name") = "compatibilityMode";
    mode.append_attribute("w:uri") = "http://schemas.microsoft.com/office/word";
    mode.append_attribute("w:val") = "15";
  }
  mode.attribute("w:val").set_value("15");
}

/// settings.xml with its children in schema order (pandoc writes w:zoom after w:rsids, among
/// others) and Word's current compatibility mode.
Result<bool> finish_settings(ZipParts& parts) {
  if (!parts.count("word/settings.xml")) return true;
  pugi::xml_document settings;
  if (auto ok = parse_part(parts, "word/settings.xml", settings); !ok) return ok.errors();
  pugi::xml_node root = settings.child("w:settings");
  set_compatibility_mode(root);
  std::vector<pugi::xml_node> children;
  for (pugi::xml_node child : root.children())
    if (child.type() == pugi::node_element) children.push_back(child);
  std::stable_sort(children.begin(), children.end(), [](const pugi::xml_node& a, const pugi::xml_node& b) {
    return settings_rank(a.name()) < settings_rank(b.name());
  });
  for (const pugi::xml_node& child : children) root.append_move(child);
  store_part(parts, "word/settings.xml", settings);
  return true;
}

/// Each list's w:nsid as the 8 hex digits the schema wants (pandoc writes "A990").
Result<bool> finish_numbering(ZipParts& parts) {
  if (!parts.count("word/numbering.xml")) return true;
  pugi::xml_document numbering;
  if (auto ok = parse_part(parts, "word/numbering.xml", numbering); !ok) return ok.errors();
  for (pugi::xpath_node nsid : numbering.select_nodes("//w:nsid")) {
    std::string value = nsid.node().attribute("w:val").as_string("");
    if (value.size() < 8)
      nsid.node().attribute("w:val").set_value((std::string(8 - value.size(), '0') + value).c_str());
  }
  store_part(parts, "word/numbering.xml", numbering);
  return true;
}

}  // namespace

Result<bool> finish_un_document(ZipParts& parts, const DocumentIdentity& identity,
                                const AnchorTable& anchors) {
  pugi::xml_document document, footnotes;
  AnchorBookmarks bookmarks;  // one numbering of bookmark ids for the document and its notes
  if (auto ok = parse_part(parts, "word/document.xml", document); !ok) return ok.errors();
  bool has_footnotes = parts.count("word/footnotes.xml") > 0;
  if (has_footnotes) {
    if (auto ok = parse_part(parts, "word/footnotes.xml", footnotes); !ok) return ok.errors();
    std::string asterisk = find_asterisk_note(footnotes);
    if (!asterisk.empty()) mark_asterisk_reference(document, asterisk);
    lay_out_footnote_numbers(footnotes);
    bookmarks.convert(footnotes);
    store_part(parts, "word/footnotes.xml", footnotes);
  }
  if (auto ok = add_headers_and_footer(parts, identity.symbol, document); !ok) return ok.errors();
  fit_tables(document);
  bookmarks.convert(document);
  store_part(parts, "word/document.xml", document);
  date_core_properties(parts, identity);
  store_anchor_table(parts, anchors);
  if (auto ok = finish_settings(parts); !ok) return ok;
  return finish_numbering(parts);
}

}  // namespace mspdoc
