# Notabene: a thin Makefile over CMake presets (as Neovim does).
#   make run    set up, build, start notabene-server on 127.0.0.1 with the demo world and open
#               the desktop client signed in as the demo company's admin
#   make test   set up, build, start the test services, run every test suite
# Other targets: build, bench, asan, fuzz, format, clean.

PRESET    ?= dev
BUILD_DIR := build/$(PRESET)
PORT      ?= 8080
# Who `make run` signs in as: AS=staff@notabene.example opens the staff area. (make's built-in
# AS is the assembler: only a value from the command line or the environment counts.)
ifeq ($(origin AS),default)
AS := admin@muster-handel.example
endif
DATA_DIR  ?= $(or $(XDG_DATA_HOME),$(HOME)/.local/share)/notabene

FUZZ_SECONDS ?= 60

.PHONY: all setup configure build run test asan fuzz bench format clean

all: build

setup:
	@scripts/setup.sh

$(BUILD_DIR)/build.ninja:
	cmake --preset $(PRESET)

configure: setup $(BUILD_DIR)/build.ninja

build: configure
	cmake --build --preset $(PRESET)

run: build
	@PORT=$(PORT) DATA_DIR="$(DATA_DIR)" AS="$(AS)" scripts/run-demo.sh $(BUILD_DIR)

test: build
	scripts/with-test-services.sh ctest --preset $(PRESET)
	$(MAKE) fuzz

# The libFuzzer target over the whole .eml path (clang, ASan + UBSan), for FUZZ_SECONDS; fails on
# any crash, sanitizer report or leak. The corpus is a throwaway folder seeded with signed mails.
fuzz: setup
	cmake --preset fuzz
	cmake --build --preset fuzz --target notabene-fuzz-mail
	scripts/run-fuzz.sh build/fuzz/tests/fuzz/notabene-fuzz-mail $(FUZZ_SECONDS)

asan:
	$(MAKE) test PRESET=asan

bench: setup
	cmake --preset release && cmake --build --preset release
	bench/run.sh build/release/server/notabene-server docs/performance.md
	bench/sync.sh build/release docs/performance.md
	bench/notices.sh build/release docs/performance.md
	bench/inbox.sh build/release docs/performance.md
	scripts/with-test-services.sh bench/mails.sh build/release docs/performance.md
	bench/recipients.sh build/release docs/performance.md
	bench/delivery.sh build/release docs/performance.md

format:
	git ls-files '*.h' '*.cpp' | xargs clang-format -i

clean:
	rm -rf build
