#pragma once
/// Record anchors: the invisible marks a generated document carries on each count, list of
/// States, table cell and summary bullet that comes from a record, so that `check` pairs them by
/// the record's ids after people edit the document.
///
/// The Markdown the templates make marks such text with anchor marks (see anchored_markdown).
/// Before pandoc, each gets a short bookmark name, "mspKIND_R_N" (R the record's entry in
/// the anchor table, N the anchor's number), because Word and LibreOffice keep bookmark names of
/// at most 40 letters, digits and underscores. The table, R to SET and INDICATOR, travels in the
/// document's custom properties ("mspdoc-anchors-1", "-2", ..., each at most 255 characters, as
/// Word allows), which Word and LibreOffice keep too. In Word the bookmarks are hidden ("_msp...").

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mspdoc {

/// What an anchored piece of text is.
enum class AnchorKind { count, list, table_cell, summary_bullet };

/// The record behind an anchored piece of text.
struct RecordAnchor {
  AnchorKind kind = AnchorKind::count;
  std::string set;                 ///< the set id, or empty
  std::string indicator;           ///< the indicator id, or empty
  std::size_t begin = 0, end = 0;  ///< where the anchored text stands (byte offsets), once read

  /// "set gender-art7-form", "indicator a9-isu-budget", or both joined by ", ".
  std::string ids() const;
};

/// The records anchors point to: entry R is (set id, indicator id).
using AnchorTable = std::vector<std::pair<std::string, std::string>>;

/// Markdown `text` between anchor marks, which pandoc passes through as text (private-use
/// characters: U+E000 "c:gender-art7-form:" U+E001 text U+E002); the finishing step turns them
/// into bookmarks, since pandoc's reader takes twice as long over bracketed spans.
std::string anchored_markdown(std::string_view markdown, AnchorKind kind, std::string_view set,
                              std::string_view indicator);

/// `markdown` with every anchor given its bookmark name ("mspc.3.17"); `table` receives the
/// records named.
std::string number_record_anchors(std::string_view markdown, AnchorTable& table);

/// `markdown` without anchor marks, for a Markdown file people read.
std::string without_record_anchors(std::string_view markdown);

/// A piece of a text that holds numbered anchor marks: text, or where a bookmark starts (its
/// name, "_mspc_3_17") or ends.
struct AnchorMark {
  enum class Kind { text, start, end } kind = Kind::text;
  std::string value;  ///< the text, or the bookmark's name
};

/// The pieces of `text`, in order.
std::vector<AnchorMark> split_anchor_marks(std::string_view text);

/// True when `text` holds an anchor mark.
bool has_anchor_marks(std::string_view text);

/// The values of the custom properties that carry `table`, each at most 255 characters.
std::vector<std::string> anchor_table_chunks(const AnchorTable& table);

/// The table that chunks (in order) carry; entries that do not parse are left out.
AnchorTable anchor_table_of_chunks(const std::vector<std::string>& chunks);

/// The anchor a bookmark name gives ("mspc_3_17", or hidden "_mspc_3_17") through `table`, or
/// nullopt for other bookmarks.
std::optional<RecordAnchor> parse_record_anchor(std::string_view name, const AnchorTable& table);

}  // namespace mspdoc
