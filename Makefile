# mspdoc: two commands do everything on a fresh Debian 12 machine:
#   make report   install what is missing, build, write the sample reports to output/
#   make test     install what is missing, build, run every test
# Other targets: golden (regenerate golden DOCX parts), asan (tests under AddressSanitizer
# + UBSan), fuzz (libFuzzer targets, FUZZ_SECONDS each), format, bench, clean.

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
            clang libclang-rt-14-dev

# Records that `make report` builds: one folder per meeting under data/.
RECORDS := $(sort $(wildcard data/*/progress-report.xml data/*/final-report.xml))

.PHONY: all deps build report test golden asan fuzz format bench clean

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

# Regenerate the golden DOCX parts after an intended change of output; review the diff.
golden: build
	@MSPDOC_UPDATE_GOLDEN=1 $(BUILD)/mspdoc_tests --run_test=golden --log_level=error
	@git status --short tests/golden

asan: deps
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DMSPDOC_SANITIZE=ON > /dev/null
	@cmake --build $(ASAN_BUILD) -j$(JOBS)
	@cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure

# libFuzzer targets for the records loader, the DOCX reader and the claim extractor, each run
# for FUZZ_SECONDS under ASan + UBSan; a crash stops with its input in $(FUZZ_BUILD)/crashes.
fuzz: deps
	@cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DMSPDOC_FUZZ=ON > /dev/null
	@cmake --build $(FUZZ_BUILD) -j$(JOBS) --target fuzz_records fuzz_docx_reader fuzz_claims
	@tests/fuzz/run $(FUZZ_BUILD) $(FUZZ_SECONDS)

format:
	@clang-format -i generator/*.h generator/*.cpp tests/*.cpp

bench: build
	@tests/bench/run $(BUILD)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)
	find output -mindepth 1 ! -name .gitkeep -delete 2>/dev/null || true
