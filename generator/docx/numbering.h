#pragma once
/// The paragraph numbers a reader sees, computed from numbering.xml and styles.xml the way Word
/// counts: one counter set per list definition (list styles resolved, so numbering that links to
/// a list style counts with it), restarted where a numbering instance overrides its start or a
/// level, deeper levels restarting below a new higher-level number.

#include <array>
#include <map>
#include <optional>
#include <pugixml.hpp>
#include <set>
#include <string>

namespace mspdoc {

/// A paragraph's numbering: which instance and level, from its own properties or its style.
struct NumberingRef {
  int num_id = 0;  ///< 0: not numbered
  int level = 0;
};

/// What a numbering level shows.
struct NumberLabel {
  std::string text;    ///< "48.", "(a)", "•", "" for none
  std::string number;  ///< the counter as shown: "48", "a", "iv"; empty for bullets
  bool bullet = false;
};

/// A counter in a Word number format: decimal 7 → "7", lowerRoman → "vii", upperLetter → "G",
/// lowerLetter 28 → "bb", decimalZero → "07", chicago → "*", "†", "‡", "§", "**"...; bullet and
/// none give "". Unknown formats are decimal.
std::string format_number(int value, const std::string& format);

/// Numbering definitions of one document and the counters while reading it in order.
class DocxNumbering {
 public:
  /// Reads numbering.xml and styles.xml (either may be empty or absent).
  DocxNumbering(const pugi::xml_document& numbering, const pugi::xml_document& styles);

  /// The numbering a paragraph with these properties (w:pPr, may be empty) has, if any;
  /// w:numId 0 switches numbering off, also against a style's.
  std::optional<NumberingRef> reference(const pugi::xml_node& paragraph_properties) const;
  /// Counts one paragraph numbered `ref` and returns the label it shows.
  NumberLabel next(const NumberingRef& ref);

  /// The display name of a style id ("ParaNoG" -> "_ ParaNo_G"), or the id itself.
  std::string style_name(const std::string& style_id) const;
  /// The outline level a style gives (0 for a chapter heading), following basedOn; -1 for none.
  int style_outline_level(const std::string& style_id) const;
  /// True when runs in this character style are hidden (w:vanish), following basedOn.
  bool style_hidden(const std::string& style_id) const;

 private:
  struct Level {
    int start = 1;
    std::string format = "decimal";
    std::string text = "%1.";
    int restart_after = -1;  ///< lvlRestart: -1 default (any higher level), 0 never
    bool legal = false;      ///< isLgl: higher levels shown in decimal
  };
  struct Instance {
    int abstract_id = -1;
    std::map<int, int> start_overrides;
    std::map<int, Level> level_overrides;
  };
  struct Style {
    std::string name, based_on;
    std::optional<NumberingRef> numbering;
    int outline_level = -1;
    bool hidden = false;
  };
  static bool has_numbering(const Style& style);
  /// The first style on the basedOn chain from `style_id` for which `has` holds, or nullptr.
  const Style* first_in_chain(std::string style_id, bool (*has)(const Style&)) const;
  /// The list definition an abstract numbering stands for, through w:numStyleLink.
  int resolved_abstract(int abstract_id) const;
  const Level* level(const Instance& instance, int ilvl) const;

  std::map<int, std::map<int, Level>> abstracts_;
  std::map<int, std::string> style_links_;  ///< abstract id -> the list style it links to
  std::map<int, Instance> instances_;
  std::map<std::string, Style> styles_;
  std::map<int, std::array<int, 9>> counters_;  ///< per list definition; 0: not yet counted
  std::set<int> started_instances_;
};

}  // namespace mspdoc
