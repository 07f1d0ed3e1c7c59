# mspdoc: two commands do everything on a fresh Debian 12 machine:
#   make report   install what is missing, build, write the sample reports to output/
#   make test     install what is missing, build, run every test
# Other targets: accuracy (grade `check` on the ../shared corpus drafts with keys, and the count
# mutation test), golden (regenerate golden DOCX parts, for review), asan (tests under
# AddressSanitizer + UBSan), fuzz (libFuzzer targets, FUZZ_SECONDS each), format (clang-format
# generator/ and tests/), format-check (fail on any difference, naming the files), bench, clean.

BUILD      ?= build
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
JOBS       ?= $(shell nproc)
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
MAKEFLAGS  += --no-print-directory

# Debian 12 packages the build, the tests and the PDF step need (see README: Dependencies).
PACKAGES := cmake g++ make pkg-config \
            libxml2-dev libpugixml-dev libkainjow-mustache-dev libzip-dev libicu-dev \
            libboost-test-dev nlohmann-json3-dev iso-codes \
            pandoc libreoffice-writer-nogui fonts-liberation poppler-utils time \
            clang libclang-rt-14-dev clang-format python3 git

# Records that `make report` builds: one folder per meeting under data/.
RECORDS := $(sort $(wildcard data/*/progress-report.xml data/*/final-report.xml))

# Every C++ file clang-format keeps: the library, the tests, the fuzz and bench tools.
FORMATTED = $(shell find generator tests -name '*.h' -o -name '*.cpp' | sort)

.PHONY: all deps build report test accuracy golden asan fuzz format format-check bench clean

all: build

deps:
	@missing=$$(for p in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "make: installing missing Debian packages:" $$missing; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null
	@cmake --build $(BUILD) -j$(JOBS)

report: build
	@mkdir -p output
	@if [ -z "$(RECORDS)" ]; then \
	  echo "make report: no meeting records under data/*/ yet; nothing to build"; \
	else \
	  $(BUILD)/mspdoc build $(RECORDS) -o output; \
	fi

test: build
	@cd $(BUILD) && ctest --output-on-failure

# Accuracy on the real drafts of ../shared/corpus (answer keys beside them) and the share of
# count mutations caught; a report, it fails only when a check cannot run. Skips without ../shared.
accuracy: build
	@python3 tests/accuracy/accuracy.py --check $(BUILD)/mspdoc ../shared

# Regenerate the golden DOCX parts after an intended change of output. Refuses while tests/golden
# has uncommitted changes, so that every update is a diff of its own, and prints that diff.
golden: build
	@if [ -n "$$(git status --porcelain -- tests/golden)" ]; then \
	  echo "make golden: tests/golden has uncommitted changes; commit or revert them first:"; \
	  git status --short -- tests/golden; exit 1; fi
	@MSPDOC_UPDATE_GOLDEN=1 $(BUILD)/mspdoc_tests --run_test='render_golden*' --log_level=error
	@git --no-pager diff --stat -- tests/golden; git --no-pager diff -- tests/golden
	@if [ -z "$$(git status --porcelain -- tests/golden)" ]; then echo "make golden: no golden part changed"; \
	  else echo "make golden: review the diff above, then commit it on its own"; fi

asan: deps
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DMSPDOC_SANITIZE=ON > /dev/null
	@cmake --build $(ASAN_BUILD) -j$(JOBS)
	@cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure

# libFuzzer targets for the records loader, the DOCX reader and the claim extractor, each run
# for FUZZ_SECONDS under ASan + UBSan; a crash stops with its input in $(FUZZ_BUILD)/crashes.
fuzz: deps
	@cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DMSPDOC_FUZZ=ON > /dev/null
	@cmake --build $(FUZZ_BUILD) -j$(JOBS) --target fuzz_records fuzz_docx_reader fuzz_claims fuzz_annotate fuzz_import
	@tests/fuzz/run $(FUZZ_BUILD) $(FUZZ_SECONDS)

format: deps
	@clang-format -i $(FORMATTED)

format-check: deps
	@bad=$$(for f in $(FORMATTED); do clang-format --dry-run -Werror "$$f" >/dev/null 2>&1 || echo "$$f"; done); \
	if [ -n "$$bad" ]; then echo "make format-check: these files differ from .clang-format (run make format):"; \
	  echo "$$bad" | sed 's/^/  /'; exit 1; fi; \
	echo "make format-check: $(words $(FORMATTED)) files follow .clang-format"

bench: build
	@tests/bench/run $(BUILD)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)
	find output -mindepth 1 ! -name .gitkeep -delete 2>/dev/null || true
