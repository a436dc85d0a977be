# The two commands of the README, on a fresh Debian or Ubuntu machine:
#   make run    install what is missing, build, and open the app
#   make test   install what the tests need, and run every test
# Both are safe to repeat: they install only what is missing.

SHELL := /bin/bash
.DEFAULT_GOAL := run

# What building the app needs (WebKitGTK for the window), and what the tests add: a virtual
# display, the WebDriver of WebKitGTK, PDF readers, ImageMagick for screenshots, unzip for
# reading Word files back.
APT_BUILD := build-essential pkg-config file libwebkit2gtk-4.1-dev libayatana-appindicator3-dev librsvg2-dev libxdo-dev libssl-dev
APT_TEST := xvfb webkit2gtk-driver poppler-utils qpdf imagemagick unzip
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Packages in $(1) that are not installed yet, installed in one go.
define apt_install
	@missing=$$(for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing system packages:" $$missing; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi
endef

.PHONY: run test deps test-deps ui kill9 types

deps:
	@command -v cargo >/dev/null || { echo "Rust is needed: install it with rustup, then run make again."; exit 1; }
	@command -v npm >/dev/null || { echo "Node.js 20.19 or newer (with npm) is needed."; exit 1; }
	$(call apt_install,$(APT_BUILD))

ui/node_modules/.package-lock.json: ui/package-lock.json
	npm ci --prefix ui --no-audit --no-fund

# The window's front-end, built into ui/dist, which the Rust build embeds.
ui: ui/node_modules/.package-lock.json
	npm run build --prefix ui

# Both programs: `upr-kit` (the command line) starts `upr-kit-window` from beside itself.
run: deps ui
	cargo build --release --bins
	./target/release/upr-kit

test-deps: deps
	$(call apt_install,$(APT_TEST))
	@command -v tauri-driver >/dev/null || cargo install tauri-driver --locked

# The front-end's type check and linter (Biome), its tests, then Rust: formatting, clippy
# with every warning an error, and every test.
test: test-deps ui
	npm run typecheck --prefix ui
	npm run lint --prefix ui
	npm test --prefix ui
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo test --workspace

# The kill -9 harness (README, "Your data is safe"): the CLI killed at random moments during
# saves and imports, the store checked after each. TRIALS=n sets how many.
TRIALS ?= 300
kill9: ui
	UPR_KIT_KILL9_TRIALS=$(TRIALS) cargo test -p upr-kit --test integration crash_safety:: -- --ignored --nocapture

# The window's TypeScript types (ui/src/generated/), generated from the core's Rust types;
# a test fails while the committed ones are stale. The errors' file is rewritten by its own
# test, which fails once to say it rewrote it.
types:
	UPDATE_GENERATED_TYPES=1 cargo test -p upr-core --test generated_types
	-cargo test -p upr-core --lib the_window_types_are_generated_from_rust
