# appcheck's two commands, and the steps they are made of.
#
#   make serve   build the site (Rust -> Wasm -> wasm-bindgen -> wasm-opt) and serve it
#                at http://127.0.0.1:8000 with the default policy
#   make dist    what to deploy, in target/dist: the static site folder (site/), the
#                single self-contained HTML file (appcheck.html) and the npm package (npm/)
#   make test    every test: format, lints, native, Wasm in headless Chromium, end to end
#
# Each installs what it lacks: the wasm32 target, the wasm-bindgen CLI at exactly the
# version in Cargo.lock, wasm-opt (npm `binaryen`), and for tests Debian's chromium,
# chromium-driver, nginx (and its brotli_static module), apache2 and caddy, and the npm packages of tests/e2e (from their committed lock files).

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

WASM_TARGET := wasm32-unknown-unknown
# The wasm-bindgen CLI must be the very version of the `wasm-bindgen` crate in
# Cargo.lock (pinned with `=` in Cargo.toml); it refuses modules from other versions.
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/^version = "\(.*\)"/\1/p;}' Cargo.lock)
CARGO_BIN := $(shell echo $${CARGO_HOME:-$$HOME/.cargo})/bin
export PATH := $(CARGO_BIN):$(PATH)
WASM_OPT := pkg-config/build-tools/node_modules/.bin/wasm-opt
# The shipped Wasm module is built by a pinned nightly, with the standard library built
# for it too (`-Zbuild-std`, which needs `rust-src`) and a panic compiled to a trap
# (`-Cpanic=immediate-abort`, no location): the panic machinery, its messages and the
# source paths they name stay out of the module. Measured with gzip -9 after wasm-opt:
# 274,140 bytes with stable 1.95, 257,041 bytes with this (pkg-config/budget.json's
# `about`). A panic traps as it did before: on wasm32-unknown-unknown its message was
# never shown. `core`, built here too, keeps the `opt-level = 3` of the prebuilt standard
# library: at the crate's "z" the check of 10,000 lines was 10.0 ms against 8.6 ms, and the
# module 0.6 KB larger after wasm-opt. Everything else (tests, lints, the CLI, the Wasm
# tests in Chromium) is built by the stable toolchain. `wasm-opt -Oz --converge` repeats its passes while the
# module still shrinks: 0.6 KB of gzip for 8 s more of the build (measured at eef5f55;
# `--low-memory-unused` would save 1.2 KB more, but is safe only when the first 1 KB of
# memory is never used, which Rust's layout, the stack growing down to 0, does not
# promise). `-Zbuild-std-features=optimize_for_size` builds the standard library's
# smaller variants (its sorts, its formatting): 1.0 KB less gzip (226,834 against
# 225,856 bytes); the check of 10,000 lines measured the same side by side, the help
# desk's 100,000-row export 2 % slower (765 against 751 ms).

WASM_TOOLCHAIN := nightly-2026-10-30
# wasm-opt's passes, the same for the shipped module and the bench's named copy of it.
# `--one-caller-inline-max-function-size=15`: wasm-opt's -Oz otherwise inlines every
# function called from one place, however large, into its caller. Its bytes barely
# change, but the huge functions that makes compress worse: 12.0 KB more gzip (239,299
# against 227,327 bytes, measured at 01f0194 with limits of 1, 5, 10, 15, 20, 30, 100 and
# 1000 instructions: 15 was the smallest). `--flatten --rereloop` first (the control flow
# rebuilt from scratch before -Oz): 0.6 KB less gzip (225,654 against 225,015 bytes) for
# about 10 s more of the build; the check measured the same side by side.
WASM_OPT_FLAGS := --flatten --rereloop -Oz --converge --one-caller-inline-max-function-size=15 \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue --strip-producers
WASM_RUSTFLAGS := -Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none
WASM_BUILD := RUSTFLAGS="$(WASM_RUSTFLAGS)" cargo +$(WASM_TOOLCHAIN) build --locked --release --lib \
  --config 'profile.release.package.core.opt-level=3' \
  --no-default-features --target $(WASM_TARGET) -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size
APP := target/app
RAW_WASM := target/wasm
SITE := target/site
DIST := target/dist
# The policy the single HTML file carries (make dist POLICY=<id>); the index's default when empty.
POLICY ?=
PORT ?= 8000
# Run apt-get as root, or through sudo when there is one.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: help serve dist test site tools test-tools lint test-native test-wasm test-e2e bench screenshots

help:
	@echo "make serve   build the widget and serve it at http://127.0.0.1:$(PORT)"
	@echo "make dist    build what to deploy in $(DIST): site/, appcheck.html, npm/"
	@echo "make test    run every test (native, Wasm in Chromium, end to end)"

serve: site
	target/debug/appcheck serve --dir $(SITE) --port $(PORT)

test: test-tools lint test-native test-wasm test-e2e
	@echo "make test: all test layers passed"

# --- tools ---------------------------------------------------------------------

tools:
	@rustup target list --installed | grep -qx $(WASM_TARGET) || rustup target add $(WASM_TARGET)
	@[ -d "$$(rustup run $(WASM_TOOLCHAIN) rustc --print sysroot 2>/dev/null)/lib/rustlib/src/rust/library" ] \
	  || rustup toolchain install $(WASM_TOOLCHAIN) --profile minimal --component rust-src --target $(WASM_TARGET)
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WASM_BINDGEN_VERSION)" ]; then \
	  echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (takes a few minutes, once)"; \
	  cargo install --quiet wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); \
	fi
	@[ -x $(WASM_OPT) ] || (cd pkg-config/build-tools && npm ci --no-audit --no-fund --silent)

test-tools: tools
	@# (the web servers are only run by the tests, in the foreground on 127.0.0.1: none is enabled as a service)
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v nginx >/dev/null \
	  || ! command -v apache2 >/dev/null || ! command -v caddy >/dev/null \
	  || [ ! -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then \
	  echo "installing Debian's chromium, chromium-driver, nginx (with brotli_static), apache2 and caddy"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium chromium-driver nginx-light libnginx-mod-http-brotli-static apache2 caddy >/dev/null; \
	fi
	@# (again whenever the lock file is newer than what npm last installed)
	@[ tests/e2e/node_modules/.package-lock.json -nt tests/e2e/package-lock.json ] || (cd tests/e2e && npm ci --no-audit --no-fund --silent)
	@rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
	@rustup component list --installed | grep -q '^clippy' || rustup component add clippy

# --- the site --------------------------------------------------------------------

# Three Wasm modules from one crate, by its features: pkg/page* with `widget` only (the
# site's page: it draws the widget and sends every list to its Web Worker), pkg/checker*
# with `checking` only (the Web Worker's: it checks, and draws nothing), and
# pkg/appcheck* with both (www/appcheck.js's for embedders, the single HTML file's for
# its page and its worker, the npm package's). cargo keeps the builds' artifacts apart,
# so each rebuilds only when the code changes; target/wasm/ keeps their outputs for
# `make bench`. The last field is the crate's opt-level (its dependencies stay at the
# release profile's "z", `core` at 3). The page's module and the module with both
# features are built for size: a phone downloads them before it shows anything. The
# worker's module is built for speed: it is what checks, and the page loads it only
# once the widget is drawn, while the employee finds a list to paste. Measured for the
# worker's module at 76f337d in Node (after the same wasm-opt; gzip -9; 10,000 lines ×
# 300 apps / 100 × 3,000, medians of two runs on a quiet machine): the crate at "z"
# 187,895 bytes, 17.2–24.7 / 0.26 ms; "s" 225,988, 16.5–19.5 / 0.20 ms; 2 257,409,
# 9.5–9.8 / 0.144 ms; 3 275,053, 8.7–9.1 / 0.14 ms (every crate at 3: 276,252, no
# faster). The plain exact map (benches/js/exactmap.mjs) in the same Node: 16.0 / 0.109
# ms. At 3 the 10,000-line check is about twice as fast as at "z" for 87 KB more, which
# the page fetches in the background after it is ready; wasm-opt -O3 instead of -Oz
# measured no faster. Again at 894d4a9 (Chromium, `bench.mjs --only=versus`, ours over
# the exact map at 10,000 × 300, medians of rounds): the shipped build 1.40–1.47; the
# standard library without `optimize_for_size` 1.40–1.44 (+0 KB); that and wasm-opt -O3
# 1.36–1.38 (+4.6 KB gzip); -O3 alone 1.41–1.44 (+3.1 KB): within the machine's noise
# from run to run, and not taken.
site: tools
	cargo build --locked --quiet --bin appcheck
	rm -rf $(APP) $(RAW_WASM) && mkdir -p $(APP)/pkg $(APP)/www $(RAW_WASM)
	set -e; for module in appcheck:checking,widget:z page:widget:z checker:checking:3; do \
	  name=$${module%%:*}; features=$${module#*:}; features=$${features%:*}; level=$${module##*:}; \
	  case $$level in [0-3]) ;; *) level="\"$$level\"";; esac; \
	  $(WASM_BUILD) --features $$features --config "profile.release.package.appcheck.opt-level=$$level"; \
	  cp target/$(WASM_TARGET)/release/appcheck.wasm $(RAW_WASM)/$$name.wasm; \
	  wasm-bindgen --target web --no-typescript --out-dir $(APP)/pkg $(RAW_WASM)/$$name.wasm; \
	  $(WASM_OPT) $(WASM_OPT_FLAGS) --strip-debug $(APP)/pkg/$${name}_bg.wasm -o $(APP)/pkg/$${name}_bg.wasm; \
	done
	cp index.html $(APP)/
	cp www/* $(APP)/www/
	# The site: the page, the published policies and trust.json; refuses what the page would.
	target/debug/appcheck build --app $(APP) --site pkg-config/site.json --policies pkg-config/policies \
	  --trust pkg-config/trust.json --out $(SITE)
	@echo "site built in $(SITE): $$(wc -c < $(SITE)/pkg/page_bg.*.wasm) bytes of Wasm in the page, $$(wc -c < $(SITE)/pkg/checker_bg.*.wasm) in its worker"

# What to deploy: the same build as `site`, with the single HTML file and the npm package.
dist: site
	target/debug/appcheck build --app $(APP) --site pkg-config/site.json --policies pkg-config/policies \
	  --trust pkg-config/trust.json --out $(DIST)/site \
	  --single-file $(DIST)/appcheck.html $(if $(POLICY),--policy $(POLICY)) \
	  --npm $(DIST)/npm --npm-template pkg-config/npm

# --- test layers -------------------------------------------------------------------

lint:
	cargo fmt --all --check
	cargo clippy --locked --all-targets -- -D warnings
	for features in widget checking checking,widget; do \
	  cargo clippy --locked --no-default-features --features $$features --lib --tests --target $(WASM_TARGET) -- -D warnings; \
	done
	RUSTDOCFLAGS="-D warnings" cargo doc --locked --no-deps --quiet

test-native:
	cargo test --locked

# The same report cases as test-native, run by wasm-bindgen-test in headless Chromium,
# with the interface's languages compiled in (the cases are worded in several; the site's
# module carries English only and loads the others as files, tested end to end).
test-wasm: test-tools
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	CHROMEDRIVER=$$(command -v chromedriver) \
	WASM_BINDGEN_TEST_WEBDRIVER_JSON=tests/webdriver.json \
	cargo test --locked --no-default-features --features languages,checking --target $(WASM_TARGET) --test web

# The README's screenshots (docs/screenshots/): each state, phone and desktop, light and dark.
screenshots: test-tools dist
	cd tests/e2e && node screenshots.mjs

test-e2e: test-tools dist
	cd tests/e2e && node --test --test-concurrency=1

# Benchmarks: measured, never asserted. Criterion natively, then the Wasm check against a
# Fuse.js baseline in headless Chromium (size, start, latency, the corpus, long tasks,
# memory), then Lighthouse's mobile and desktop presets; writes BENCHMARKS.md and benches/latency.svg. Takes about ten minutes.
# For the page module's size by crate (benches/js/wasm-size.mjs), that module again with
# its function names: wasm-bindgen's output (before wasm-opt, names kept) and the same
# wasm-opt run as `site` with -g instead of --strip-debug (the script checks that its code
# is the shipped module's, byte for byte).
BENCH_WASM := target/bench/wasm
bench: test-tools site
	@[ -d benches/js/node_modules/fuse.js ] && [ -d benches/js/node_modules/lighthouse ] || (cd benches/js && npm ci --no-audit --no-fund --silent)
	rm -rf $(BENCH_WASM) && mkdir -p $(BENCH_WASM)
	wasm-bindgen --target web --no-typescript --out-dir $(BENCH_WASM) $(RAW_WASM)/page.wasm
	$(WASM_OPT) $(WASM_OPT_FLAGS) -g $(BENCH_WASM)/page_bg.wasm -o $(BENCH_WASM)/named.wasm
	node benches/js/bench.mjs
