#include "render/report_view.h"

namespace mspdoc {

using kainjow::mustache::data;

data paragraphs_view(const std::vector<Paragraph>& paragraphs, const ReportText& text) {
  data list{data::type::list};
  for (const Paragraph& paragraph : paragraphs) {
    data item("md", text.markdown(paragraph.content));
    data subparagraphs{data::type::list};
    for (const Paragraph& sub : paragraph.subparagraphs)
      subparagraphs.push_back(data("md", text.markdown(sub.content)));
    item.set("subparagraphs", subparagraphs);
    list.push_back(item);
  }
  return list;
}

void set_masthead(data& view, const Meeting& meeting, const std::string& symbol, Date date,
                  const std::string& original) {
  view.set("convention", meeting.convention_name);
  view.set("symbol", symbol);
  view.set("date", date.un_style());
  view.set("original", original);
  view.set("meeting_name", meeting.name());
  view.set("meeting_place_dates", meeting.city + ", " + date_range(meeting.from, meeting.to));
}

data flag(bool value) {
  return value ? data::type::bool_true : data::type::bool_false;
}

}  // namespace mspdoc
