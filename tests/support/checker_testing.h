#pragma once
/// Test helpers for the checker: drafts written in a few lines, and the registry loaded once.

#include <string>
#include <vector>

#include "check/checker.h"

namespace mspdoc::testing {

/// Registry, organizations and the CCM, loaded once for all checker tests.
const CheckContext& check_context();

/// Builds a DraftDocument paragraph by paragraph, numbering and citing them as the reader would.
class DraftBuilder {
 public:
  DraftBuilder();
  DraftBuilder& heading(int level, const std::string& text);
  /// A numbered body paragraph: "48".
  DraftBuilder& paragraph(const std::string& number, const std::string& text);
  /// A bullet under the last numbered paragraph.
  DraftBuilder& bullet(const std::string& text);
  /// A cell of an indicator table.
  DraftBuilder& cell(int table, int row, int cell, const std::string& text);
  /// A footnote referenced at the end of the last paragraph, or at `offset` in it.
  DraftBuilder& footnote(const std::string& text, std::size_t offset = std::string::npos);
  /// No masthead: no symbol, date or reporting period, so no treaty and no registry status checks.
  DraftBuilder& undated();
  DraftDocument build() const { return document_; }

 private:
  DraftParagraph& add(const std::string& text);
  DraftDocument document_;
  std::string last_number_;
  int notes_ = 0;
};

/// How many findings of `rule` the draft gives.
std::size_t count_rule(const DraftBuilder& builder, const std::string& rule);
/// The message of the one finding of `rule` (a test failure unless there is exactly one).
std::string only_message(const DraftBuilder& builder, const std::string& rule);

/// Runs every rule over the draft.
std::vector<Finding> check(const DraftDocument& document);
/// The findings of one rule.
std::vector<Finding> with_rule(const std::vector<Finding>& findings, const std::string& rule);

}  // namespace mspdoc::testing
