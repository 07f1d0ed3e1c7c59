#include "docx/annotate.h"

#include <algorithm>
#include <pugixml.hpp>
#include <set>
#include <sstream>

#include "core/atomic_file.h"
#include "core/zip_archive.h"
#include "docx/numbering.h"
#include "docx/package.h"
#include "docx/walk.h"

namespace mspdoc {
namespace {

constexpr const char* kWordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
/// mspdoc's own comments carry this author and these initials; annotating again replaces them.
constexpr const char* kOwnAuthor = "mspdoc";
constexpr const char* kOwnInitials = "MSP";
constexpr const char* kCommentsType =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
constexpr const char* kCommentsContent =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";

bool load(const ZipParts& parts, const std::string& name, pugi::xml_document& doc) {
  auto found = parts.find(name);
  return found != parts.end() && doc.load_buffer(found->second.data(), found->second.size(),
                                                 pugi::parse_default | pugi::parse_ws_pcdata);
}

std::string save(const pugi::xml_document& doc) {
  std::ostringstream out;
  doc.save(out, "", pugi::format_raw);
  return out.str();
}

/// The run (or other child of the paragraph level) that holds `node`.
pugi::xml_node run_of(pugi::xml_node node) {
  while (node && node.parent() && std::string_view(node.name()) != "w:r") node = node.parent();
  return node;
}

/// True when `node` is the note reference `note_id` (a key of DraftDocument::footnotes).
bool is_note(const pugi::xml_node& node, const std::string& note_id) {
  std::string_view name = node.name();
  bool endnote = name == "w:endnoteReference";
  if (!endnote && name != "w:footnoteReference") return false;
  std::string key = (endnote ? "e" : "") + std::string(node.attribute("w:id").as_string(""));
  return key == note_id;
}

/// The runs holding the text from `begin` to `end` of `paragraph`, or the note reference `note_id`.
std::pair<pugi::xml_node, pugi::xml_node> anchor_runs(const WalkedParagraph& paragraph, std::size_t begin,
                                                      std::size_t end, const std::string& note_id) {
  pugi::xml_node first, last;
  std::size_t offset = 0;
  for (const TextPiece& piece : paragraph.pieces) {
    if (!note_id.empty()) {
      if (is_note(piece.node, note_id)) first = last = run_of(piece.node);
      continue;
    }
    if (is_bookmark_mark(piece.node)) continue;  // stands between runs, in none
    std::size_t next = offset + piece.text.size();
    if (!first && next > begin) first = run_of(piece.node);
    if (first && offset < std::max(end, begin + 1)) last = run_of(piece.node);
    offset = next;
  }
  return {first, last};
}

pugi::xml_node comment_reference_run(pugi::xml_node paragraph, pugi::xml_node after, int id) {
  pugi::xml_node run = after ? paragraph.insert_child_after("w:r", after) : paragraph.append_child("w:r");
  run.append_child("w:commentReference").append_attribute("w:id") = id;
  return run;
}

/// The run of the main text that holds `node` (in a text box, the run with the drawing), or null.
pugi::xml_node outermost_run(pugi::xml_node node) {
  pugi::xml_node run;
  for (; node; node = node.parent())
    if (std::string_view(node.name()) == "w:r") run = node;
  return run;
}

/// Anchors a comment at the annotated words. In a text box it anchors at the run that holds the
/// box, as LibreOffice keeps no comment inside a text box.
void anchor(const WalkedParagraph& walked, const Annotation& annotation, int id) {
  pugi::xml_node paragraph = walked.mark();
  auto [first, last] = anchor_runs(walked, annotation.begin, annotation.end, annotation.footnote_id);
  if (walked.text_box >= 0) {
    first = last = outermost_run(paragraph);
    if (first) paragraph = first.parent();
  }
  if (!first || first.parent() != last.parent()) {  // no text to hold on to, or spans two containers
    first = last = pugi::xml_node();
    for (pugi::xml_node child : paragraph.children("w:r")) {
      if (!first) first = child;
      last = child;
    }
  }
  pugi::xml_node start = first ? first.parent().insert_child_before("w:commentRangeStart", first)
                               : paragraph.append_child("w:commentRangeStart");
  start.append_attribute("w:id") = id;
  pugi::xml_node end = last ? last.parent().insert_child_after("w:commentRangeEnd", last)
                            : paragraph.append_child("w:commentRangeEnd");
  end.append_attribute("w:id") = id;
  comment_reference_run(end.parent(), end, id);
}

void add_comment(pugi::xml_node comments, const Annotation& annotation, int id) {
  pugi::xml_node comment = comments.append_child("w:comment");
  comment.append_attribute("w:id") = id;
  comment.append_attribute("w:author") = kOwnAuthor;
  comment.append_attribute("w:initials") = kOwnInitials;
  pugi::xml_node text = comment.append_child("w:p").append_child("w:r").append_child("w:t");
  text.append_attribute("xml:space") = "preserve";
  text.text().set(annotation.text.c_str());
}

bool own_comment(const pugi::xml_node& comment) {
  return std::string(comment.attribute("w:author").value()) == kOwnAuthor &&
         std::string(comment.attribute("w:initials").value()) == kOwnInitials;
}

/// Takes mspdoc's earlier comments out of the copy: the comments and their ranges and references.
void remove_own_comments(pugi::xml_node comments, pugi::xml_node body) {
  std::set<std::string> ids;
  for (pugi::xml_node comment = comments.child("w:comment"); comment;) {
    pugi::xml_node next = comment.next_sibling("w:comment");
    if (own_comment(comment)) {
      ids.insert(comment.attribute("w:id").value());
      comments.remove_child(comment);
    }
    comment = next;
  }
  if (ids.empty()) return;
  std::vector<pugi::xml_node> marks;
  for (const char* name : {"w:commentRangeStart", "w:commentRangeEnd", "w:commentReference"})
    for (pugi::xpath_node found : body.select_nodes((std::string("//") + name).c_str()))
      if (ids.count(found.node().attribute("w:id").value())) marks.push_back(found.node());
  for (pugi::xml_node mark : marks) {
    pugi::xml_node parent = mark.parent();
    parent.remove_child(mark);
    bool empty_run = std::string(parent.name()) == "w:r" && !parent.find_child([](pugi::xml_node child) {
      return std::string(child.name()) != "w:rPr";
    });
    if (empty_run) parent.parent().remove_child(parent);  // the run that held only the reference
  }
}

/// The comment ids the package uses, so that new ones never collide (ids up to INT_MAX included).
std::set<long long> used_comment_ids(const pugi::xml_node& comments, const pugi::xml_node& body) {
  std::set<long long> used;
  for (pugi::xml_node comment : comments.children("w:comment"))
    used.insert(comment.attribute("w:id").as_llong(-1));
  for (const char* name : {"w:commentRangeStart", "w:commentRangeEnd", "w:commentReference"})
    for (pugi::xpath_node found : body.select_nodes((std::string("//") + name).c_str()))
      used.insert(found.node().attribute("w:id").as_llong(-1));
  return used;
}

/// The smallest id from `from` on that `used` does not hold.
int free_comment_id(const std::set<long long>& used, long long from) {
  while (used.count(from)) ++from;
  return int(from);
}

void register_comments_part(ZipParts& parts) {
  pugi::xml_document rels, types;
  if (!parts.count("word/_rels/document.xml.rels"))
    parts["word/_rels/document.xml.rels"] =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>";
  if (load(parts, "word/_rels/document.xml.rels", rels)) {
    pugi::xml_node root = rels.child("Relationships");
    bool present = false;
    for (pugi::xml_node rel : root.children("Relationship"))
      present = present || std::string(rel.attribute("Type").value()) == kCommentsType;
    if (!present) {
      pugi::xml_node rel = root.append_child("Relationship");
      rel.append_attribute("Id") = "rIdMspdocComments";
      rel.append_attribute("Type") = kCommentsType;
      rel.append_attribute("Target") = "comments.xml";
      parts["word/_rels/document.xml.rels"] = save(rels);
    }
  }
  if (load(parts, "[Content_Types].xml", types)) {
    pugi::xml_node root = types.child("Types");
    bool present = false;
    for (pugi::xml_node entry : root.children("Override"))
      present = present || std::string(entry.attribute("PartName").value()) == "/word/comments.xml";
    if (!present) {
      pugi::xml_node entry = root.append_child("Override");
      entry.append_attribute("PartName") = "/word/comments.xml";
      entry.append_attribute("ContentType") = kCommentsContent;
      parts["[Content_Types].xml"] = save(types);
    }
  }
}

}  // namespace

Result<bool> write_annotated_copy(const DraftDocument& document, const std::vector<Annotation>& annotations,
                                  const std::filesystem::path& target) {
  ZipParts parts = document.parts;
  pugi::xml_document body, comments, styles, no_numbering;
  if (!parse_part(parts, "word/document.xml", body, document.file, true) ||
      !parse_part(parts, "word/styles.xml", styles, document.file, false))
    return Error{document.file, 0, "cannot annotate: word/document.xml is unreadable"};
  if (!load(parts, "word/comments.xml", comments)) {
    pugi::xml_node root = comments.append_child("w:comments");
    root.append_attribute("xmlns:w") = kWordNs;
  }
  remove_own_comments(comments.child("w:comments"), body);  // annotating an annotated copy replaces them
  DocxNumbering numbering(no_numbering, styles);
  WalkSettings settings{[&numbering](const std::string& style) { return numbering.style_hidden(style); }};
  auto walked = walk_story(body.child("w:document").child("w:body"), settings);
  if (!walked)
    return Error{document.file, 0, "cannot annotate: word/document.xml: " + walked.error().message};
  const std::vector<WalkedParagraph>& paragraphs = *walked;
  pugi::xml_node comment_root = comments.child("w:comments");
  std::set<long long> used = used_comment_ids(comment_root, body);
  long long from = 0;
  for (const Annotation& annotation : annotations) {
    if (annotation.paragraph_index >= paragraphs.size()) continue;
    int id = free_comment_id(used, from);
    used.insert(id);
    from = id + 1;
    anchor(paragraphs[annotation.paragraph_index], annotation, id);
    add_comment(comment_root, annotation, id);
  }
  parts["word/document.xml"] = save(body);
  parts["word/comments.xml"] = save(comments);
  register_comments_part(parts);
  auto zipped = write_zip(parts);
  if (!zipped) return zipped.errors();
  return write_file_atomically(target, *zipped);
}

}  // namespace mspdoc
