#!/usr/bin/env bash
# How the check grows with the number of modules: a generated reactor of N modules (N = 1, 10, 50 by
# default) that share one flags.yaml at the top. Each module holds the same amount of real code, 150 files
# (about 28,000 lines) of the Elasticsearch 8.15.0 and Hive 4.0.0 sources (no two modules the same files),
# and one file with two flag calls: its own flag and one flag every module uses.
#
# For each N it prints the median (min–max) of RUNS runs of:
#   - `mvn validate` (Maven's own start-up and reactor, which every goal pays);
#   - `mvn flag-lint:check` from the top, cold (no module has an index) and warm (nothing changed);
#   - the sum over the modules of the `scanned N files in M ms` figures of one run;
#   - the CPU time (user + system) of the whole `mvn flag-lint:check`: on a busy machine the wall times say how
#     long a build waited for a core, the CPU times what it cost;
# and the 1-minute load average before and after. The check's builds run with MAVEN_OPTS=-Xmx256m.
#
# Usage: benchmarks/scan/reactor-benchmark.sh        (from anywhere; ~10 minutes on 2 cores with RUNS=3)
#        RUNS=5 MODULES="1 10" benchmarks/scan/reactor-benchmark.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/benchmarks/scan/bench-lib.sh"
runs=${RUNS:-3}
counts=${MODULES:-1 10 50}
per_module=150

build_plugin
fetch_sources org.elasticsearch:elasticsearch:8.15.0 elasticsearch
fetch_sources org.apache.hive:hive-exec:4.0.0 hive
(cd "$out/corpus" && find hive elasticsearch -name '*.java' | sort > files.txt)

# A reactor of $1 modules under $out/reactor-$1 (made once).
make_reactor() {
  local n=$1 dir=$out/reactor-$1
  if [ -f "$dir/pom.xml" ]; then
    return
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  local modules="" flags="flags:
  bench.shared: { owner: bench, created: 2026-01-01, expires: 2027-06-01, ticket: B-0 }
"
  for ((i = 1; i <= n; i++)); do
    local m
    m=$(printf 'm%02d' "$i")
    modules="$modules    <module>$m</module>
"
    flags="$flags  bench.$m: { owner: bench, created: 2026-01-01, expires: 2027-06-01, ticket: B-$i }
"
    mkdir -p "$dir/$m/src/main/java/dev/flaglint/bench/$m"
    sed -n "$(((i - 1) * per_module + 1)),$((i * per_module))p" "$out/corpus/files.txt" | while read -r f; do
      target=$dir/$m/src/main/java/${f#*/}
      mkdir -p "$(dirname "$target")"
      ln "$out/corpus/$f" "$target"
    done
    cat > "$dir/$m/src/main/java/dev/flaglint/bench/$m/Calls.java" <<JAVA
package dev.flaglint.bench.$m;
import dev.flaglint.runtime.FeatureFlags;
class Calls {
    private final FeatureFlags flags = FeatureFlags.fromClasspath();
    boolean own() { return flags.isEnabled("bench.$m"); }
    boolean shared() { return flags.isEnabled("bench.shared"); }
}
JAVA
    cat > "$dir/$m/pom.xml" <<XML
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent><groupId>bench</groupId><artifactId>reactor-$n</artifactId><version>1</version></parent>
  <artifactId>$m</artifactId>
</project>
XML
  done
  printf '%s' "$flags" > "$dir/flags.yaml"
  write_pom "$dir/pom.xml" "reactor-$n" "  <packaging>pom</packaging>
  <modules>
$modules  </modules>
" "<today>2026-11-24</today>"
}

clean() {
  find "$1" -maxdepth 2 -name target -type d -exec rm -rf {} +
}

echo "| modules | files | lines | run | \`mvn validate\` | \`mvn flag-lint:check\` | sum of \`scanned … in\` | CPU of the check | load avg |"
echo "| ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | --- |"
for n in $counts; do
  make_reactor "$n"
  dir=$out/reactor-$n
  files=$(find "$dir" -name '*.java' | wc -l)
  lines=$(find "$dir" -name '*.java' -print0 | xargs -0 cat | wc -l)
  mvn_in "$dir" -q validate > /dev/null
  clean "$dir"
  MAVEN_OPTS=-Xmx256m mvn_in "$dir" -q flag-lint:check > /dev/null # the plugin's dependencies, resolved once
  load_before=$(load)
  declare -a validate_ms=() cold_ms=() cold_scan=() cold_cpu=() warm_ms=() warm_scan=() warm_cpu=()
  for ((r = 0; r < runs; r++)); do
    read -r ms _ < <(timed_mvn "$dir" validate); validate_ms+=("$ms")
    clean "$dir"
    read -r ms scan cpu < <(timed_mvn "$dir" flag-lint:check); cold_ms+=("$ms"); cold_scan+=("$scan"); cold_cpu+=("$cpu")
    read -r ms scan cpu < <(timed_mvn "$dir" flag-lint:check); warm_ms+=("$ms"); warm_scan+=("$scan"); warm_cpu+=("$cpu")
  done
  loads="$load_before → $(load)"
  for mode in cold warm; do
    declare -n t=${mode}_ms s=${mode}_scan c=${mode}_cpu
    printf '| %s | %s | %s | %s | %s ms (%s) | %s ms (%s) | %s ms (%s) | %s ms | %s |\n' "$n" "$files" "$lines" "$mode" \
      "$(median "${validate_ms[@]}")" "$(spread "${validate_ms[@]}")" "$(median "${t[@]}")" "$(spread "${t[@]}")" \
      "$(median "${s[@]}")" "$(spread "${s[@]}")" "$(median "${c[@]}")" "$loads"
    unset -n t s c
  done
done
