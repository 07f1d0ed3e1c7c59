#include "docx/walk.h"

#include <string_view>

namespace mspdoc {
namespace {

constexpr int kMaxNesting = 64;

bool skipped_in_text(std::string_view name) {
  return name == "w:del" || name == "w:moveFrom" || name == "w:instrText" || name == "w:delText" ||
         name == "w:pPr" || name == "w:rPr" || name == "w:txbxContent" || name == "w:footnoteRef" ||
         name == "mc:Fallback";
}

void walk_text(const pugi::xml_node& node, int depth,
               const std::function<void(const pugi::xml_node&, const std::string&)>& visit) {
  if (depth > kMaxNesting) return;
  for (pugi::xml_node child : node.children()) {
    std::string_view name = child.name();
    if (name == "w:t")
      visit(child, child.text().get());
    else if (name == "w:tab")
      visit(child, "\t");
    else if (name == "w:br" || name == "w:cr")
      visit(child, " ");
    else if (name == "w:noBreakHyphen")
      visit(child, "-");
    else if (name == "w:footnoteReference")
      visit(child, "");
    else if (!skipped_in_text(name))
      walk_text(child, depth + 1, visit);
  }
}

class BodyWalk {
 public:
  explicit BodyWalk(const std::function<void(const pugi::xml_node&, const TablePosition&)>& visit)
      : visit_(visit) {}

  bool walk(const pugi::xml_node& node, int depth) {
    if (depth > kMaxNesting) return false;
    for (pugi::xml_node child : node.children()) {
      std::string_view name = child.name();
      if (name == "w:p")
        visit_(child, where_);
      else if (name == "w:tbl") {
        if (!table(child, depth)) return false;
      } else if (name != "w:sectPr" && name != "w:del" && name != "w:moveFrom") {
        if (!walk(child, depth + 1)) return false;
      }
    }
    return true;
  }

 private:
  bool table(const pugi::xml_node& node, int depth) {
    TablePosition saved = where_;
    where_ = TablePosition{next_table_++, 0, 0};
    for (pugi::xml_node tr : node.children("w:tr")) {
      where_.cell = 0;
      for (pugi::xml_node tc : tr.children("w:tc")) {
        if (!walk(tc, depth + 1)) return false;
        ++where_.cell;
      }
      ++where_.row;
    }
    where_ = saved;
    return true;
  }

  const std::function<void(const pugi::xml_node&, const TablePosition&)>& visit_;
  TablePosition where_;
  int next_table_ = 0;
};

}  // namespace

bool walk_body_paragraphs(const pugi::xml_node& body,
                          const std::function<void(const pugi::xml_node&, const TablePosition&)>& visit) {
  return BodyWalk(visit).walk(body, 0);
}

void walk_paragraph_text(const pugi::xml_node& paragraph,
                         const std::function<void(const pugi::xml_node&, const std::string&)>& visit) {
  walk_text(paragraph, 0, visit);
}

}  // namespace mspdoc
