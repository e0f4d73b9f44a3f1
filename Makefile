# Notabene: a thin Makefile over CMake presets (as Neovim does).
#   make run    set up, build, start notabene-server on 127.0.0.1 with the demo world
#   make test   set up, build, start the test services, run every test suite
# Other targets: build, bench, asan, format, clean.

PRESET    ?= dev
BUILD_DIR := build/$(PRESET)
PORT      ?= 8080
DATA_DIR  ?= $(or $(XDG_DATA_HOME),$(HOME)/.local/share)/notabene
DB        ?= sqlite:$(DATA_DIR)/server.sqlite
SERVER    := $(BUILD_DIR)/server/notabene-server

.PHONY: all setup configure build run test asan bench format clean

all: build

setup:
	@scripts/setup.sh

$(BUILD_DIR)/build.ninja:
	cmake --preset $(PRESET)

configure: setup $(BUILD_DIR)/build.ninja

build: configure
	cmake --build --preset $(PRESET)

run: build
	@mkdir -p "$(DATA_DIR)"
	@$(SERVER) demo-data --db "$(DB)"
	@echo "Starting notabene-server on http://127.0.0.1:$(PORT) (Ctrl+C stops it)."
	@exec $(SERVER) serve --listen 127.0.0.1:$(PORT) --db "$(DB)"

test: build
	scripts/with-test-services.sh ctest --preset $(PRESET)

asan:
	$(MAKE) test PRESET=asan

bench: setup
	cmake --preset release && cmake --build --preset release
	bench/run.sh build/release/server/notabene-server docs/performance.md

format:
	git ls-files '*.h' '*.cpp' | xargs clang-format -i

clean:
	rm -rf build
