#include "core/text.h"

namespace mspdoc {

std::string lower_ascii(std::string text) {
  for (char& c : text)
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  return text;
}

std::string join_list(const std::vector<std::string>& items, std::string_view conjunction) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " " + std::string(conjunction) + " " : ", ";
    out += items[i];
  }
  return out;
}

std::string utf8_prefix(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // a continuation byte
  return std::string(text.substr(0, cut)) + "\u2026";
}

std::size_t utf8_sequence_at(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  std::size_t length = c >= 0xC2 && c <= 0xDF   ? 2
                       : c >= 0xE0 && c <= 0xEF ? 3
                       : c >= 0xF0 && c <= 0xF4 ? 4
                                                : 0;
  if (length == 0 || i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k)
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  unsigned char second = byte(i + 1);
  if ((c == 0xE0 && second < 0xA0) || (c == 0xED && second > 0x9F) || (c == 0xF0 && second < 0x90) ||
      (c == 0xF4 && second > 0x8F))
    return 0;  // overlong forms, surrogates, beyond U+10FFFF
  return length;
}

bool valid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = utf8_sequence_at(text, i);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

std::size_t invalid_utf8_length_at(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char c = byte(i);
  std::size_t length = c >= 0xC2 && c <= 0xDF   ? 2
                       : c >= 0xE0 && c <= 0xEF ? 3
                       : c >= 0xF0 && c <= 0xF4 ? 4
                                                : 1;
  std::size_t k = 1;
  for (; k < length && i + k < text.size() && (byte(i + k) & 0xC0) == 0x80; ++k) {
    unsigned char next = byte(i + k);
    if (k == 1 && ((c == 0xE0 && next < 0xA0) || (c == 0xED && next > 0x9F) || (c == 0xF0 && next < 0x90) ||
                   (c == 0xF4 && next > 0x8F)))
      break;  // no valid sequence starts so: the lead byte alone is the bad part
  }
  return k;
}

std::string replace_invalid_utf8(std::string_view text, std::vector<std::size_t>* moved) {
  std::string out;
  out.reserve(text.size());
  if (moved) moved->assign(text.size() + 1, 0);
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = utf8_sequence_at(text, i);
    bool invalid = length == 0;
    if (invalid) length = invalid_utf8_length_at(text, i);
    if (moved)
      for (std::size_t k = 0; k < length; ++k) (*moved)[i + k] = out.size();
    if (invalid)
      out += "\uFFFD";
    else
      out.append(text.substr(i, length));
    i += length;
  }
  if (moved) moved->back() = out.size();
  return out;
}

std::string printable_path(std::string_view name) {
  std::string out;
  for (std::size_t i = 0; i < name.size();) {
    std::size_t length = utf8_sequence_at(name, i);
    if (length == 0) {
      static const char* const kHex = "0123456789ABCDEF";
      unsigned char c = static_cast<unsigned char>(name[i++]);
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out.append(name.substr(i, length));
      i += length;
    }
  }
  return out;
}

}  // namespace mspdoc
