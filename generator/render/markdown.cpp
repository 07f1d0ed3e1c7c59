#include "render/markdown.h"

#include <cstring>

namespace mspdoc {

std::string escape_markdown(std::string_view text) {
  // Every ASCII mark that Pandoc Markdown gives a meaning somewhere; ",;?%=/'" have none.
  static constexpr const char* kPunctuation = "!#$&()*+-.:<>@[\\]^_`{|}~";
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
    } else if (c != '\0' && std::strchr(kPunctuation, c)) {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace mspdoc
