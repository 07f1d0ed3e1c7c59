#pragma once
/// Writing records as XML by hand-sized steps: elements, attributes, text and comments, escaped
/// and indented, with running text kept on one line.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mspdoc {

/// An attribute as written: name and value (the value is escaped on output).
using XmlAttribute = std::pair<std::string, std::string>;

/// Builds an XML document as text. Elements opened with open() hold other elements, one per line;
/// elements opened with open_inline() hold running text and stay on one line.
class XmlWriter {
 public:
  XmlWriter();
  /// Opens an element holding elements; attributes with an empty value are left out.
  void open(std::string_view name, const std::vector<XmlAttribute>& attributes = {});
  /// Opens an element holding running text, on the current line.
  void open_inline(std::string_view name, const std::vector<XmlAttribute>& attributes = {});
  /// Closes the innermost open element.
  void close();
  /// An element with no content; inline when inside running text.
  void empty(std::string_view name, const std::vector<XmlAttribute>& attributes = {});
  /// An element holding only `text`, on a line of its own (or inline inside running text).
  void element(std::string_view name, std::string_view text,
               const std::vector<XmlAttribute>& attributes = {});
  /// Escaped text inside running text.
  void text(std::string_view text);
  /// A comment on a line of its own ("--" inside is written "- -").
  void comment(std::string_view text);
  /// The document so far.
  const std::string& str() const { return out_; }

 private:
  void start_line();
  void start_tag(std::string_view name, const std::vector<XmlAttribute>& attributes, bool self_closing);

  std::string out_;
  struct Open {
    std::string name;
    bool inline_content;
  };
  std::vector<Open> open_;
};

/// `text` with &, <, > and " escaped for XML, and control characters XML cannot hold left out.
std::string xml_escaped(std::string_view text);

}  // namespace mspdoc
