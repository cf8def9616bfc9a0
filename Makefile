# Skeptic: `make scan` installs what is missing, builds and scans the bundled example app
# (or TARGET=path); `make test` runs every test. Both start from a fresh clone.
SHELL := /bin/bash
TARGET ?= examples/moodlog
FORMAT ?= terminal
SWIFT_FLAGS ?=

.PHONY: bootstrap build release scan test unit-tests rule-tests sarif-tests docs bench clean

bootstrap:
	@scripts/bootstrap.sh

build: bootstrap
	swift build $(SWIFT_FLAGS)

release: bootstrap
	swift build -c release $(SWIFT_FLAGS)

# Exit code 1 means "findings": that is the scan working, not make failing.
scan: release
	@.build/release/skeptic scan "$(TARGET)" --format $(FORMAT); status=$$?; [[ $$status -le 1 ]] || exit $$status

test: bootstrap
	swift build --build-tests $(SWIFT_FLAGS)
	$(MAKE) --no-print-directory unit-tests rule-tests sarif-tests

# The database tests need a PostgreSQL server: the script starts a throwaway one on loopback.
unit-tests:
	scripts/with-postgres.sh swift test --skip-build $(SWIFT_FLAGS)

rule-tests:
	.build/debug/skeptic test-rules rules

sarif-tests:
	@mkdir -p .build/test-output
	@.build/debug/skeptic scan examples --no-cache --format sarif -o .build/test-output/examples.sarif || [[ $$? -eq 1 ]]
	@.build/debug/skeptic scan Sources --no-cache --format sarif -o .build/test-output/self.sarif || [[ $$? -eq 1 ]]
	scripts/validate-sarif.sh .build/test-output/examples.sarif .build/test-output/self.sarif

# Regenerates docs/rules from the rule files (tests fail when it is stale).
docs: build
	.build/debug/skeptic docs docs/rules

bench: release
	bench/run.sh

clean:
	rm -rf .build vendor
