#include "core/error.h"

#include "core/text.h"

namespace mspdoc {

std::string Error::str() const {
  std::string out;
  if (!file.empty()) {
    out += printable_path(file);
    if (line > 0) out += ":" + std::to_string(line);
    out += ": ";
  }
  return out + replace_invalid_utf8(message);
}

}  // namespace mspdoc
