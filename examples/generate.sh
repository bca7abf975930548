#!/usr/bin/env bash
# Regenerates examples/reports/ by running the real test tools on the example projects:
# node:test (Node's junit reporter), Vitest's junit reporter, and pytest --junitxml.
# The projects are copied to a fixed folder first, so paths inside the reports look like a
# CI checkout rather than this machine's. Needs: node, the repo's npm deps, python3 -m pytest
# (Debian: python3-pytest).
set -u
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
work=/tmp/faultline-examples/work
rm -rf "$work" && mkdir -p "$work"
cp -r "$here/shop" "$here/inventory" "$work/"
out="$here/reports"
mkdir -p "$out"

export NO_COLOR=1 FORCE_COLOR=0
# Each tool's own closing totals are kept beside its report (*.summary.txt), so the tests can
# check that faultline counts exactly what the framework counted.
cd "$work/shop"
node --test --test-reporter=junit --test-reporter-destination="$out/node-test-junit.xml" \
  --test-reporter=spec --test-reporter-destination=stdout test/cart.test.mjs \
  | grep -E '^ℹ (tests|pass|fail|skipped|todo|cancelled) ' > "$out/node-test-junit.summary.txt"
"$repo/node_modules/.bin/vitest" run --root "$work/shop" --config vitest.config.mjs \
  --reporter=junit --outputFile.junit="$out/vitest-junit.xml" --reporter=default \
  | grep -E '^ +Tests ' > "$out/vitest-junit.summary.txt"

cd "$work/inventory"
python3 -m pytest -p no:cacheprovider -q --junitxml="$out/pytest-junit.xml" \
  | grep -E '^[0-9]+ (passed|failed)' > "$out/pytest-junit.summary.txt"
echo "wrote $(ls "$out")"
