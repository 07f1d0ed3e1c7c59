#include "support/checker_testing.h"

#include <boost/test/unit_test.hpp>
#include <stdexcept>

#include "support/test_support.h"

namespace mspdoc::testing {

const CheckContext& check_context() {
  static const CheckData loaded = [] {
    auto data = CheckData::load(project_paths());
    if (!data) throw std::runtime_error(data.error().str());
    return std::move(*data);
  }();
  static const CheckContext context{loaded, std::nullopt};
  return context;
}

DraftBuilder::DraftBuilder() {
  document_.file = "draft.docx";
  document_.symbol = "CCM/MSP/2024/7";
  document_.date = Date::parse("2024-09-18");
  document_.period_from = Date::parse("2023-07-01");
  document_.period_to = Date::parse("2024-06-30");
}

DraftBuilder& DraftBuilder::undated() {
  document_.symbol.clear();
  document_.date.reset();
  document_.period_from.reset();
  document_.period_to.reset();
  return *this;
}

DraftParagraph& DraftBuilder::add(const std::string& text) {
  DraftParagraph paragraph;
  paragraph.index = document_.paragraphs.size();
  paragraph.text = text;
  paragraph.style = "Normal";
  paragraph.reference = last_number_;
  document_.paragraphs.push_back(paragraph);
  return document_.paragraphs.back();
}

DraftBuilder& DraftBuilder::heading(int level, const std::string& text) {
  DraftParagraph& p = add(text);
  p.outline_level = level;
  p.reference.clear();
  std::size_t dot = text.find(". ");
  if (dot != std::string::npos && dot > 0 && dot <= 6) {  // a typed label, as the reader gives it
    p.number = text.substr(0, dot);
    p.label = p.number + ".";
    p.level = 0;
    p.typed_number = true;
  }
  return *this;
}

DraftBuilder& DraftBuilder::paragraph(const std::string& number, const std::string& text) {
  last_number_ = number;
  DraftParagraph& p = add(text);
  p.number = number;
  p.label = number + ".";
  p.level = 0;
  p.reference = number;
  return *this;
}

DraftBuilder& DraftBuilder::bullet(const std::string& text) {
  DraftParagraph& p = add(text);
  p.bullet = true;
  p.level = 0;
  p.label = "\u2022";
  return *this;
}

DraftBuilder& DraftBuilder::cell(int table, int row, int cell, const std::string& text) {
  DraftParagraph& p = add(text);
  p.table = table, p.row = row, p.cell = cell;
  p.reference = "table " + std::to_string(table + 1);
  return *this;
}

DraftBuilder& DraftBuilder::footnote(const std::string& text, std::size_t offset) {
  DraftParagraph& p = document_.paragraphs.back();
  std::string id = std::to_string(100 + notes_);
  std::string mark = std::to_string(++notes_);
  p.notes.push_back(NoteReference{offset == std::string::npos ? p.text.size() : offset, id, mark});
  document_.footnotes[id] = DraftFootnote{id, mark, text, p.index};
  return *this;
}

std::size_t count_rule(const DraftBuilder& builder, const std::string& rule) {
  return with_rule(check(builder.build()), rule).size();
}

std::string only_message(const DraftBuilder& builder, const std::string& rule) {
  auto found = with_rule(check(builder.build()), rule);
  BOOST_TEST_REQUIRE(found.size() == 1u, rule);
  return found.front().message;
}

std::vector<Finding> check(const DraftDocument& document) {
  return check_document(document, check_context());
}

std::vector<Finding> with_rule(const std::vector<Finding>& findings, const std::string& rule) {
  std::vector<Finding> out;
  for (const Finding& finding : findings)
    if (finding.rule == rule) out.push_back(finding);
  return out;
}

}  // namespace mspdoc::testing
