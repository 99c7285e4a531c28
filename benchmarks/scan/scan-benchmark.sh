#!/usr/bin/env bash
# Whole-scan benchmark of flag-lint on real Java: the Elasticsearch 8.15.0 and Hive 4.0.0 sources jars
# from Maven Central (1.54 M lines), and subsets of them of 0.25, 0.5 and 1.0 M lines, each with a few
# generated flag call sites. Each set is a Maven project whose src/main/java holds the files (hard links).
#
# For each set it prints one row per mode (cold: no index yet; warm: the index of the run before,
# nothing changed), each figure the median of RUNS runs (min–max beside it), and the 1-minute load
# average before and after the set's runs:
#   - grep -rn 'isEnabled(' over the same tree;
#   - inside Maven: the `scanned N files in M ms` figure of `mvn flag-lint:check`, the whole command's
#     wall time, and `mvn validate`'s on the same project (Maven's own start-up, which every goal pays);
#   - in a fresh JVM with -Xmx256m (benchmarks/scan/ScanBenchmark.java): the engine's time and its peak
#     heap (the sum of the heap pools' peaks, an upper bound);
#   - the CPU time (user + system) of grep, of the whole `mvn flag-lint:check` and of the engine's JVM: on a
#     busy machine the wall times say how long a run waited for a core, the CPU times what it cost.
# The Maven builds run with MAVEN_OPTS=-Xmx256m too: the check fits in it.
#
# Usage: benchmarks/scan/scan-benchmark.sh            (from anywhere; ~10 minutes on 2 cores with RUNS=5)
#        RUNS=3 SETS="1.54M" benchmarks/scan/scan-benchmark.sh
#        NAIVE=1 ...   also times parsing every file with no prefilter and no index (45 s, 4.5 GB heap per set)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/benchmarks/scan/bench-lib.sh"
runs=${RUNS:-5}
sets=${SETS:-0.25M 0.5M 1.0M 1.54M}

build_plugin
cp="$root/flag-lint-maven-plugin/target/classes:$root/flag-runtime/target/classes:$(cat "$out/classpath.txt")"
fetch_sources org.elasticsearch:elasticsearch:8.15.0 elasticsearch
fetch_sources org.apache.hive:hive-exec:4.0.0 hive
mkdir -p "$out/classes"
javac -d "$out/classes" -cp "$cp" "$root/benchmarks/scan/ScanBenchmark.java"

# The corpus's files in path order with their line counts, Hive's and Elasticsearch's together (no path is in both).
if [ ! -f "$out/corpus/lines.txt" ]; then
  (cd "$out/corpus" && for d in hive elasticsearch; do (cd "$d" && find . -name '*.java' -print0 | xargs -0 wc -l \
    | grep -v ' total$' | sed "s|\./|$d/|"); done | awk '{ print $2 "\t" $1 }' | sort > lines.txt)
fi

# A Maven project holding the first files of the corpus (path order) up to $2 lines, plus the call sites.
make_set() {
  local label=$1 max_lines=$2 dir=$out/sets/$1
  if [ -f "$dir/pom.xml" ]; then
    return
  fi
  rm -rf "$dir"
  mkdir -p "$dir/src/main/java" "$dir/src/main/resources"
  awk -F'\t' -v max="$max_lines" '{ sum += $2; if (sum > max) exit; print $1 }' "$out/corpus/lines.txt" \
    | while read -r f; do
        target=$dir/src/main/java/${f#*/}
        mkdir -p "$(dirname "$target")"
        ln "$out/corpus/$f" "$target"
      done
  local gen=$dir/src/main/java/dev/flaglint/bench
  mkdir -p "$gen"
  # A handful of call sites, so the scan has real work: literals, constants, a static import, a
  # concatenation, a dynamic key.
  cat > "$gen/BenchFlags.java" <<'JAVA'
package dev.flaglint.bench;
public final class BenchFlags {
    public static final String SEARCH = "bench.search-v2";
    public static final String PREFIX = "bench.";
}
JAVA
  cat > "$gen/BenchCalls.java" <<'JAVA'
package dev.flaglint.bench;
import dev.flaglint.runtime.FeatureFlags;
import java.util.Map;
import static dev.flaglint.bench.BenchFlags.SEARCH;
class BenchCalls {
    private final FeatureFlags flags = FeatureFlags.fromClasspath();
    boolean a() { return flags.isEnabled("bench.new-checkout"); }
    boolean b() { return flags.isEnabled(SEARCH, Map.of("user_id", "1")); }
    boolean c() { return flags.isEnabled(BenchFlags.PREFIX + "kill-switch"); }
    boolean d(String k) { return flags.evaluate(k, Map.of()).enabled(); }
    boolean e() { return flags.isEnabled("bench.undeclared"); }
}
JAVA
  cat > "$dir/src/main/resources/flags.yaml" <<'YAML'
flags:
  bench.new-checkout: { owner: bench, created: 2026-01-01, expires: 2027-01-01, ticket: B-1 }
  bench.search-v2: { owner: bench, created: 2026-01-01, expires: 2026-06-01, ticket: B-2 }
  bench.kill-switch: { owner: bench, created: 2026-01-01, permanent: true, ticket: B-3 }
YAML
  write_pom "$dir/pom.xml" "corpus-$label" "" "<today>2026-11-24</today><failOnViolation>false</failOnViolation>"
}

# One fresh-JVM engine run; prints "files read parsed sites ms heap cpu_ms".
engine() { # mode dir [java options]
  local mode=$1 dir=$2
  shift 2
  java "$@" -cp "$out/classes:$cp" ScanBenchmark "$mode" "$dir/target/engine" "$dir/src/main/resources/flags.yaml" \
    "$dir/src/main/java" | awk -F'\t' '{ print $2, $3, $4, $5, $6, $7, $8 }'
}

echo "| set | files | lines | size | run | files read | files parsed | call sites | grep -rn | \`mvn validate\` | \`mvn flag-lint:check\` | scanned … in | engine, fresh JVM | peak heap | CPU: grep · check · engine | load avg |"
echo "| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
for label in $sets; do
  case $label in
    0.25M) make_set "$label" 250000 ;;
    0.5M) make_set "$label" 500000 ;;
    1.0M) make_set "$label" 1000000 ;;
    1.54M) make_set "$label" 100000000 ;;
    *) echo "unknown set $label (0.25M 0.5M 1.0M 1.54M)" >&2; exit 2 ;;
  esac
  dir=$out/sets/$label
  src=$dir/src/main/java
  files=$(find "$src" -name '*.java' | wc -l)
  lines=$(find "$src" -name '*.java' -print0 | xargs -0 cat | wc -l)
  bytes=$(find "$src" -name '*.java' -print0 | xargs -0 cat | wc -c)
  mvn_in "$dir" -q validate > /dev/null # resolves the plugin's dependencies into the benchmark's repository once
  rm -rf "$dir/target"
  MAVEN_OPTS=-Xmx256m mvn_in "$dir" -q flag-lint:check > /dev/null
  load_before=$(load)
  declare -a grep_ms=() grep_cpu=() validate_ms=() cold_ms=() cold_scan=() cold_cpu=() warm_ms=() warm_scan=() \
    warm_cpu=() cold_engine=() warm_engine=() cold_heap=() warm_heap=() cold_engine_cpu=() warm_engine_cpu=()
  for ((r = 0; r < runs; r++)); do
    start=$(now_ms); "${cpu_timer[@]}" grep -rn 'isEnabled(' "$src" > /dev/null || true
    grep_ms+=($(($(now_ms) - start))); grep_cpu+=("$(cpu_ms)")
    read -r ms _ < <(timed_mvn "$dir" validate); validate_ms+=("$ms")
    rm -rf "$dir/target"
    read -r ms scan cpu < <(timed_mvn "$dir" flag-lint:check); cold_ms+=("$ms"); cold_scan+=("$scan"); cold_cpu+=("$cpu")
    read -r ms scan cpu < <(timed_mvn "$dir" flag-lint:check); warm_ms+=("$ms"); warm_scan+=("$scan"); warm_cpu+=("$cpu")
    rm -rf "$dir/target/engine"
    read -r f rd p c ms heap cpu < <(engine cold "$dir" -Xmx256m); cold_engine+=("$ms"); cold_heap+=("$heap")
    cold_engine_cpu+=("$cpu")
    cold_counts="$rd $p $c"
    read -r f rd p c ms heap cpu < <(engine warm "$dir" -Xmx256m); warm_engine+=("$ms"); warm_heap+=("$heap")
    warm_engine_cpu+=("$cpu")
    warm_counts="$rd $p $c"
  done
  loads="$load_before → $(load)"
  row() { # mode "read parsed sites" and the names of the arrays: wall, scanned, engine, heap, check CPU, engine CPU
    local mode=$1 counts=$2 total=$3 scan=$4 eng=$5 heap=$6 check_cpu=$7 engine_cpu=$8
    local -n t=$total s=$scan e=$eng h=$heap cc=$check_cpu ec=$engine_cpu
    read -r rd p c <<< "$counts"
    printf '| %s | %s | %s | %s MB | %s | %s | %s | %s | %s ms (%s) | %s ms (%s) | %s ms (%s) | %s ms (%s) | %s ms (%s) | %s MB | %s · %s · %s ms | %s |\n' \
      "$label" "$files" "$lines" "$((bytes / 1048576))" "$mode" "$rd" "$p" "$c" \
      "$(median "${grep_ms[@]}")" "$(spread "${grep_ms[@]}")" \
      "$(median "${validate_ms[@]}")" "$(spread "${validate_ms[@]}")" \
      "$(median "${t[@]}")" "$(spread "${t[@]}")" "$(median "${s[@]}")" "$(spread "${s[@]}")" \
      "$(median "${e[@]}")" "$(spread "${e[@]}")" "$(median "${h[@]}")" \
      "$(median "${grep_cpu[@]}")" "$(median "${cc[@]}")" "$(median "${ec[@]}")" "$loads"
  }
  row cold "$cold_counts" cold_ms cold_scan cold_engine cold_heap cold_cpu cold_engine_cpu
  row warm "$warm_counts" warm_ms warm_scan warm_engine warm_heap warm_cpu warm_engine_cpu
  if [ "${NAIVE:-0}" = 1 ]; then
    rm -rf "$dir/target/engine"
    read -r f rd p c ms heap cpu < <(engine naive "$dir" -Xmx8g)
    printf '| %s | %s | %s | %s MB | naive (every file parsed, one run) | %s | %s | %s | | | | | %s ms | %s MB | engine %s ms | %s |\n' \
      "$label" "$files" "$lines" "$((bytes / 1048576))" "$rd" "$p" "$c" "$ms" "$heap" "$cpu" "$(load)"
  fi
done
