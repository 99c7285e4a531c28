#!/usr/bin/env bash
# Shows that the example application's flag-lint.json and flag-lint.sarif are byte for byte the ones
# stored beside this script. Only the JSON's "millis" (the check's wall time) differs between runs,
# so that one value is normalised; nothing else is. Runs the check twice: cold (no scan index) and
# warm (answered from the index), since both must give the same bytes.
# Usage (from anywhere; ~30 s):
#   benchmarks/reports/same-reports.sh            build the example and compare
#   benchmarks/reports/same-reports.sh --capture  build the example and store its reports as expected
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.."
expected=$here/checkout-service
out=examples/checkout-service/target/flag-lint

build() {
  ./mvnw -B -ntp -q -pl examples/checkout-service -am verify -DskipTests -Dinvoker.skip
}

# The JSON with its timing set to 0: the only value that may differ between two runs.
normalised() {
  sed -E 's/^(  "millis" : )[0-9]+,$/\10,/' "$1"
}

if [ "${1:-}" = "--capture" ]; then
  rm -rf "$out"
  build
  mkdir -p "$expected"
  cp "$out/flag-lint.json" "$out/flag-lint.sarif" "$expected/"
  echo "stored $expected/flag-lint.json and flag-lint.sarif"
  exit 0
fi

status=0
for run in cold warm; do
  [ "$run" = cold ] && rm -rf "$out"
  build
  for report in flag-lint.json flag-lint.sarif; do
    if cmp -s <(normalised "$expected/$report") <(normalised "$out/$report"); then
      echo "$run: $report identical ($(wc -c < "$out/$report") bytes)"
    else
      echo "$run: $report DIFFERS:"
      diff <(normalised "$expected/$report") <(normalised "$out/$report") || true
      status=1
    fi
  done
done
exit $status
