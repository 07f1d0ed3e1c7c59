#include "core/error.h"

namespace mspdoc {

std::string Error::str() const {
  std::string out;
  if (!file.empty()) {
    out += file;
    if (line > 0) out += ":" + std::to_string(line);
    out += ": ";
  }
  return out + message;
}

}  // namespace mspdoc
