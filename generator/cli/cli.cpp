#include "cli/cli.h"

#include <exception>
#include <ostream>

#include "cli/build_command.h"
#include "cli/check_command.h"
#include "cli/import_command.h"
#include "cli/states_command.h"
#include "core/text.h"
#include "render/document_tools.h"

namespace mspdoc {
namespace {

const char* const kMainHelp = R"(mspdoc: drafts and checks the documents of Meetings of States Parties
to disarmament conventions (first: the Convention on Cluster Munitions).

Usage:
  mspdoc build RECORDS.xml... [-o DIR] [--to docx,pdf,md]
  mspdoc check FILE... [--format text|json] [--annotate OUT.docx] [--as-of YYYY-MM-DD]
  mspdoc states [--at YYYY-MM-DD] [--status party|signatory|non-party|withdrawn] [--format text|json]
  mspdoc states resolve NAME...
  mspdoc import DRAFT.docx [-o DIR] [--format text|json]
  mspdoc --help | --version
  mspdoc COMMAND --help      more on one command

Commands:
  build     draft documents (DOCX, PDF) from records: counts and lists from one source
  check     find where drafts contradict themselves: counts against lists, and more
  import    turn a report written in Word into records that build it again
  states    who was a State Party, signatory or neither on a day; what a typed name means

Exit codes:
  0  success
  1  check found errors
  2  unusable input or usage (the message names file:line where there is one)
  3  an external tool (pandoc, LibreOffice) failed or is missing
  130, 143  stopped by SIGINT or SIGTERM (tools and work files cleaned up)

Environment:
  MSPDOC_HOME        folder holding data/, templates/ and filters/
  MSPDOC_ISO_CODES   folder of Debian iso-codes JSON (default /usr/share/iso-codes/json)
  MSPDOC_TOOL_TIMEOUT  seconds pandoc and LibreOffice may each take (default 300)
  TMPDIR             where work folders go (default /tmp); must exist and be writable

Limits (each checked before the work it guards, and an error with exit 2, never lost text):
  a record file       at most 64 MiB, elements nested at most 256 deep, no DOCTYPE anywhere
  one paragraph       at most 64 KiB of text handed to pandoc
  a DOCX draft        each part at most 64 MiB inflated, 256 MiB in all, no DOCTYPE in any
                      part, content nested at most 200 deep
)";

}  // namespace

int run_cli(const std::vector<std::string>& args, const Paths& paths, std::ostream& out, std::ostream& err) {
  if (args.empty()) return err << kMainHelp, kExitUsage;
  const std::string& command = args[0];
  std::vector<std::string> rest(args.begin() + 1, args.end());
  if (command == "--help" || command == "-h" || command == "help") return out << kMainHelp, kExitOk;
  if (command == "--version") return out << "mspdoc " << MSPDOC_VERSION << "\n", kExitOk;
  if (command == "states") return run_states_command(rest, paths, out, err);
  if (command == "build" || command == "check" || command == "import") {
    auto tools = tool_settings_from_environment();
    if (!tools) return err << "mspdoc: " << tools.error().str() << "\n", kExitUsage;
    if (command == "build") return run_build_command(rest, paths, *tools, out, err);
    if (command == "import") return run_import_command(rest, paths, *tools, out, err);
    return run_check_command(rest, paths, *tools, out, err);
  }
  err << "mspdoc: unknown command \"" << command << "\" (see mspdoc --help)\n";
  return kExitUsage;
}

int run_guarded(const std::function<int()>& command, std::ostream& err) {
  try {
    return command();
  } catch (const std::exception& error) {
    err << "mspdoc: " << replace_invalid_utf8(error.what()) << "\n";
  } catch (...) {
    err << "mspdoc: an unexpected error stopped the run\n";
  }
  return kExitUsage;
}

}  // namespace mspdoc
