#include "docx/walk.h"

#include <array>
#include <optional>
#include <sstream>
#include <string_view>

namespace mspdoc {
namespace {

/// An on/off property (w:vanish, w:del in a mark's w:rPr): present and not switched off.
bool switched_on(const pugi::xml_node& property) {
  if (!property) return false;
  std::string_view value = property.attribute("w:val").as_string("true");
  return value != "0" && value != "false" && value != "off";
}

/// The namespaces whose mc:Choice branches the reader takes (by their canonical prefixes).
bool understood(std::string_view prefix) {
  static constexpr std::array<std::string_view, 18> kUnderstood = {"w",   "r",    "m",   "v",   "o",   "w10",
                                                                   "wp",  "wp14", "a",   "a14", "pic", "wps",
                                                                   "wpg", "wpc",  "w14", "w15", "mc",  "wpi"};
  for (std::string_view known : kUnderstood)
    if (prefix == known) return true;
  return false;
}

/// The branch of an mc:AlternateContent a Transitional consumer reads: the first mc:Choice whose
/// required namespaces it understands, else mc:Fallback (possibly absent).
pugi::xml_node chosen_branch(const pugi::xml_node& alternate) {
  for (pugi::xml_node choice : alternate.children("mc:Choice")) {
    std::istringstream requires_list(choice.attribute("Requires").as_string(""));
    bool all = true;
    for (std::string prefix; requires_list >> prefix;) all = all && understood(prefix);
    if (all) return choice;
  }
  return alternate.child("mc:Fallback");
}

/// The fields open at a point of the text: inside a field's code nothing is visible.
class FieldState {
 public:
  void begin() { open_.push_back(true), ++in_code_; }
  void separate() {
    if (!open_.empty() && open_.back()) open_.back() = false, --in_code_;
  }
  void end() {
    if (open_.empty()) return;
    if (open_.back()) --in_code_;
    open_.pop_back();
  }
  bool in_code() const { return in_code_ > 0; }

 private:
  std::vector<bool> open_;  ///< per open field, outermost first: still in its code
  int in_code_ = 0;
};

/// Walks one story; paragraphs come out in reading order, text boxes after their anchor.
class StoryWalk {
 public:
  StoryWalk(const WalkSettings& settings, std::vector<WalkedParagraph>& out)
      : settings_(settings), out_(out) {}

  bool run_story(const pugi::xml_node& story) { return flow(story, 0); }

 private:
  /// Block-level content that forms one flow of paragraphs (a story, a cell, a text box):
  /// a paragraph whose mark is deleted joins the next one of the same flow only.
  bool flow(const pugi::xml_node& container, int depth) {
    std::optional<WalkedParagraph> outer = std::move(pending_);
    pending_.reset();
    bool ok = blocks(container, depth);
    if (pending_) {
      emit(std::move(*pending_));
      pending_.reset();
      ok = ok && text_boxes(depth);
    }
    pending_ = std::move(outer);
    return ok;
  }

  bool blocks(const pugi::xml_node& container, int depth) {
    if (depth > kMaxStoryDepth) return false;
    for (pugi::xml_node child : container.children()) {
      std::string_view name = child.name();
      bool ok = true;
      if (name == "w:p")
        ok = paragraph(child, depth + 1);
      else if (name == "w:tbl")
        ok = table(child, depth + 1);
      else if (name == "mc:AlternateContent")
        ok = blocks(chosen_branch(child), depth + 1);
      else if (name == "w:sdt")
        ok = blocks(child.child("w:sdtContent"), depth + 1);
      else if (!skipped_block(name))
        ok = blocks(child, depth + 1);
      if (!ok) return false;
    }
    return true;
  }

  static bool skipped_block(std::string_view name) {
    return name == "w:sectPr" || name == "w:del" || name == "w:moveFrom" || name == "w:sdtPr" ||
           name == "w:sdtEndPr" || name == "w:tblPr" || name == "w:tblGrid" || name == "w:customXmlPr";
  }

  bool table(const pugi::xml_node& node, int depth) {
    TablePosition saved = where_;
    where_ = TablePosition{next_table_++, 0, 0};
    bool ok = rows(node, depth);
    where_ = saved;
    return ok;
  }

  /// Rows of a table, also inside content controls and custom XML; deleted rows are gone.
  bool rows(const pugi::xml_node& node, int depth) {
    if (depth > kMaxStoryDepth) return false;
    for (pugi::xml_node child : node.children()) {
      std::string_view name = child.name();
      bool ok = true;
      if (name == "w:tr") {
        if (switched_on(child.child("w:trPr").child("w:del"))) continue;
        where_.cell = 0;
        ok = cells(child, depth + 1);
        ++where_.row;
      } else if (name == "w:sdt") {
        ok = rows(child.child("w:sdtContent"), depth + 1);
      } else if (name == "w:customXml" || name == "mc:AlternateContent") {
        ok = rows(name == "w:customXml" ? child : chosen_branch(child), depth + 1);
      }
      if (!ok) return false;
    }
    return true;
  }

  bool cells(const pugi::xml_node& row, int depth) {
    if (depth > kMaxStoryDepth) return false;
    for (pugi::xml_node child : row.children()) {
      std::string_view name = child.name();
      bool ok = true;
      if (name == "w:tc") {
        ok = flow(child, depth + 1);
        ++where_.cell;
      } else if (name == "w:sdt") {
        ok = cells(child.child("w:sdtContent"), depth + 1);
      } else if (name == "w:customXml") {
        ok = cells(child, depth + 1);
      }
      if (!ok) return false;
    }
    return true;
  }

  bool paragraph(const pugi::xml_node& node, int depth) {
    WalkedParagraph current;
    if (pending_) current = std::move(*pending_), pending_.reset();
    current.nodes.push_back(node);
    current.where = where_;
    current.text_box = text_box_;
    std::vector<pugi::xml_node> boxes;
    if (!inline_content(node, depth + 1, current.pieces, boxes)) return false;
    boxes_.insert(boxes_.end(), boxes.begin(), boxes.end());
    pugi::xml_node mark = node.child("w:pPr").child("w:rPr");
    bool joins_next = switched_on(mark.child("w:del")) || switched_on(mark.child("w:moveFrom")) ||
                      switched_on(mark.child("w:vanish"));
    if (joins_next) {
      pending_ = std::move(current);
      return true;
    }
    emit(std::move(current));
    return text_boxes(depth);
  }

  /// Text boxes anchored in the paragraphs just emitted, each a flow of its own.
  bool text_boxes(int depth) {
    std::vector<pugi::xml_node> boxes = std::move(boxes_);
    boxes_.clear();
    for (const pugi::xml_node& box : boxes) {
      int saved_box = text_box_;
      TablePosition saved_where = where_;
      text_box_ = next_text_box_++;
      where_ = TablePosition{};
      bool ok = flow(box, depth + 1);
      text_box_ = saved_box;
      where_ = saved_where;
      if (!ok) return false;
    }
    return true;
  }

  void emit(WalkedParagraph paragraph) { out_.push_back(std::move(paragraph)); }

  bool inline_content(const pugi::xml_node& node, int depth, std::vector<TextPiece>& pieces,
                      std::vector<pugi::xml_node>& boxes) {
    if (depth > kMaxStoryDepth) return false;
    for (pugi::xml_node child : node.children()) {
      std::string_view name = child.name();
      bool ok = true;
      if (name == "w:r")
        ok = run(child, depth + 1, pieces, boxes);
      else if (name == "mc:AlternateContent")
        ok = inline_content(chosen_branch(child), depth + 1, pieces, boxes);
      else if (name == "w:sdt")
        ok = inline_content(child.child("w:sdtContent"), depth + 1, pieces, boxes);
      else if (name == "m:t")
        visible(child, child.text().get(), pieces);
      else if (is_bookmark_mark(child))
        pieces.push_back(TextPiece{child, ""});
      else if (!skipped_inline(name))
        ok = inline_content(child, depth + 1, pieces, boxes);
      if (!ok) return false;
    }
    return true;
  }

  static bool skipped_inline(std::string_view name) {
    return name == "w:del" || name == "w:moveFrom" || name == "w:pPr" || name == "w:rPr" ||
           name == "w:sdtPr" || name == "w:sdtEndPr" || name == "w:customXmlPr" || name == "w:smartTagPr" ||
           name == "m:rPr" || name == "m:ctrlPr";
  }

  bool hidden_run(const pugi::xml_node& run) const {
    pugi::xml_node properties = run.child("w:rPr");
    if (switched_on(properties.child("w:vanish"))) return true;
    std::string style = properties.child("w:rStyle").attribute("w:val").as_string("");
    return !style.empty() && settings_.hidden_style && settings_.hidden_style(style);
  }

  bool run(const pugi::xml_node& node, int depth, std::vector<TextPiece>& pieces,
           std::vector<pugi::xml_node>& boxes) {
    return run_content(node, hidden_run(node), depth, pieces, boxes);
  }

  /// The children of a run (or of the branch an mc:AlternateContent in a run gives).
  bool run_content(const pugi::xml_node& node, bool hidden, int depth, std::vector<TextPiece>& pieces,
                   std::vector<pugi::xml_node>& boxes) {
    if (depth > kMaxStoryDepth) return false;
    for (pugi::xml_node child : node.children()) {
      std::string_view name = child.name();
      if (name == "w:fldChar") {
        field_char(child.attribute("w:fldCharType").as_string(""));
      } else if (hidden || fields_.in_code()) {
        continue;
      } else if (name == "w:t") {
        visible(child, child.text().get(), pieces);
      } else if (name == "w:tab" || name == "w:ptab") {
        pieces.push_back(TextPiece{child, "\t"});
      } else if (name == "w:br" || name == "w:cr") {
        pieces.push_back(TextPiece{child, " "});
      } else if (name == "w:noBreakHyphen") {
        pieces.push_back(TextPiece{child, "-"});
      } else if (name == "w:footnoteReference" || name == "w:endnoteReference") {
        pieces.push_back(TextPiece{child, ""});
      } else if (name == "mc:AlternateContent") {
        if (!run_content(chosen_branch(child), hidden, depth + 1, pieces, boxes)) return false;
      } else if (name == "w:drawing" || name == "w:pict" || name == "w:object") {
        if (!find_text_boxes(child, depth + 1, boxes)) return false;
      } else if (name == "w:ruby") {
        if (!inline_content(child.child("w:rubyBase"), depth + 1, pieces, boxes)) return false;
      }
    }
    return true;
  }

  void field_char(std::string_view type) {
    if (type == "begin")
      fields_.begin();
    else if (type == "separate")
      fields_.separate();
    else if (type == "end")
      fields_.end();
  }

  static void visible(const pugi::xml_node& node, const char* raw, std::vector<TextPiece>& pieces) {
    std::string text = visible_text(raw);
    if (!text.empty()) pieces.push_back(TextPiece{node, std::move(text)});
  }

  /// The w:txbxContent elements inside a drawing or picture, one branch of each alternative.
  static bool find_text_boxes(const pugi::xml_node& node, int depth, std::vector<pugi::xml_node>& boxes) {
    if (depth > kMaxStoryDepth) return false;
    for (pugi::xml_node child : node.children()) {
      std::string_view name = child.name();
      if (name == "w:txbxContent") {
        boxes.push_back(child);
      } else if (name == "mc:AlternateContent") {
        if (!find_text_boxes(chosen_branch(child), depth + 1, boxes)) return false;
      } else if (child.type() == pugi::node_element) {
        if (!find_text_boxes(child, depth + 1, boxes)) return false;
      }
    }
    return true;
  }

  const WalkSettings& settings_;
  std::vector<WalkedParagraph>& out_;
  std::optional<WalkedParagraph> pending_;  ///< paragraphs whose mark was deleted, awaiting the next
  std::vector<pugi::xml_node> boxes_;       ///< text boxes anchored in the paragraph being read
  FieldState fields_;
  TablePosition where_;
  int next_table_ = 0;
  int text_box_ = -1, next_text_box_ = 0;
};

/// The length of the invisible or space character at `text[i]`, and whether it is a space;
/// 0 when the character there is an ordinary one.
std::pair<std::size_t, bool> special_at(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) {
    return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0u;
  };
  unsigned char c = byte(0);
  if (c == 0xC2 && byte(1) == 0xA0) return {2, true};                     // no-break space
  if (c == 0xC2 && byte(1) == 0xAD) return {2, false};                    // soft hyphen
  if (c == 0xE1 && byte(1) == 0x9A && byte(2) == 0x80) return {3, true};  // ogham space mark
  if (c == 0xE2 && byte(1) == 0x80) {
    unsigned char d = byte(2);
    if (d >= 0x80 && d <= 0x8A) return {3, true};   // en quad .. hair space
    if (d >= 0x8B && d <= 0x8D) return {3, false};  // zero-width space, non-joiner, joiner
    if (d == 0xA8 || d == 0xA9) return {3, true};   // line and paragraph separators
    if (d == 0xAF) return {3, true};                // narrow no-break space
  }
  if (c == 0xE2 && byte(1) == 0x81 && byte(2) == 0x9F) return {3, true};   // medium mathematical space
  if (c == 0xE2 && byte(1) == 0x81 && byte(2) == 0xA0) return {3, false};  // word joiner
  if (c == 0xE3 && byte(1) == 0x80 && byte(2) == 0x80) return {3, true};   // ideographic space
  if (c == 0xEF && byte(1) == 0xBB && byte(2) == 0xBF) return {3, false};  // zero-width no-break space
  return {0, false};
}

}  // namespace

bool is_bookmark_mark(const pugi::xml_node& node) {
  std::string_view name = node.name();
  return name == "w:bookmarkStart" || name == "w:bookmarkEnd";
}

std::string WalkedParagraph::text() const {
  std::string joined;
  for (const TextPiece& piece : pieces) joined += piece.text;
  return joined;
}

std::string visible_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    auto [length, space] = c >= 0xC2 ? special_at(text, i) : std::pair<std::size_t, bool>{0, false};
    if (length == 0) {
      out += text[i++];
      continue;
    }
    if (space) out += ' ';
    i += length;
  }
  return out;
}

Result<std::vector<WalkedParagraph>> walk_story(const pugi::xml_node& story, const WalkSettings& settings) {
  std::vector<WalkedParagraph> paragraphs;
  StoryWalk walk(settings, paragraphs);
  if (!walk.run_story(story))
    return Error{
        "", 0,
        "content nests deeper than " + std::to_string(kMaxStoryDepth) + " levels, more than mspdoc reads"};
  return paragraphs;
}

}  // namespace mspdoc
