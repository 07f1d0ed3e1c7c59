#include "import/xml_writer.h"

namespace mspdoc {

std::string xml_escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\t':
      case '\n':
      case '\r':
        out += c;
        break;
      default:
        // XML 1.0 holds no other control characters; a draft's stray ones are dropped.
        if (static_cast<unsigned char>(c) >= 0x20) out += c;
    }
  }
  return out;
}

XmlWriter::XmlWriter() {
  out_ = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
}

void XmlWriter::start_line() {
  if (!open_.empty() && open_.back().inline_content) return;
  if (!out_.empty() && out_.back() != '\n') out_ += '\n';
  out_.append(2 * open_.size(), ' ');
}

void XmlWriter::start_tag(std::string_view name, const std::vector<XmlAttribute>& attributes,
                          bool self_closing) {
  start_line();
  out_ += '<';
  out_ += name;
  for (const auto& [key, value] : attributes) {
    if (value.empty()) continue;
    out_ += ' ' + key + "=\"" + xml_escaped(value) + '"';
  }
  out_ += self_closing ? "/>" : ">";
}

void XmlWriter::open(std::string_view name, const std::vector<XmlAttribute>& attributes) {
  start_tag(name, attributes, false);
  bool in_text = !open_.empty() && open_.back().inline_content;
  open_.push_back({std::string(name), in_text});
}

void XmlWriter::open_inline(std::string_view name, const std::vector<XmlAttribute>& attributes) {
  start_tag(name, attributes, false);
  open_.push_back({std::string(name), true});
}

void XmlWriter::close() {
  if (open_.empty()) return;
  Open last = open_.back();
  open_.pop_back();
  if (!last.inline_content) start_line();
  out_ += "</" + last.name + ">";
  if (open_.empty()) out_ += '\n';
}

void XmlWriter::empty(std::string_view name, const std::vector<XmlAttribute>& attributes) {
  start_tag(name, attributes, true);
}

void XmlWriter::element(std::string_view name, std::string_view content,
                        const std::vector<XmlAttribute>& attributes) {
  open_inline(name, attributes);
  text(content);
  close();
}

void XmlWriter::text(std::string_view content) {
  out_ += xml_escaped(content);
}

void XmlWriter::comment(std::string_view content) {
  std::string safe(content);
  for (std::size_t at = safe.find("--"); at != std::string::npos; at = safe.find("--", at))
    safe.replace(at, 2, "- -");
  if (!safe.empty() && safe.back() == '-') safe += ' ';
  start_line();
  out_ += "<!-- " + safe + " -->";
}

}  // namespace mspdoc
