#!/usr/bin/env bash
# Whole-scan benchmark of the flag-lint engine on 1.5 M lines of real Java: the Elasticsearch 8.15.0
# and Hive 4.0.0 sources jars from Maven Central, plus a few generated flag call sites.
# Prints, per corpus: grep -rn over the tree, the naive parse-every-file scan (default heap: it
# holds every syntax tree), and the engine cold (no index) and warm (index, nothing changed),
# each in a fresh JVM, the engine's runs with -Xmx256m to show they fit in it.
# Usage: benchmarks/scan/scan-benchmark.sh        (from the repository root; ~5 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
out=$root/target/bench
mkdir -p "$out/jars"

echo "building the plugin and its classpath..." >&2
./mvnw -q -B -ntp -pl flag-lint-maven-plugin -am package dependency:build-classpath \
  -Dmdep.outputFile="$out/classpath.txt" -DskipTests -Dinvoker.skip >&2
cp="$(cat "$out/classpath.txt"):$root/flag-lint-maven-plugin/target/classes:$root/flag-runtime/target/classes"

fetch() { # group:artifact:version -> unpacked directory
  local gav=$1 name=$2
  if [ ! -d "$out/corpus/$name" ]; then
    ./mvnw -q -B -ntp -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="$gav:jar:sources" -DoutputDirectory="$out/jars" >&2
    mkdir -p "$out/corpus/$name"
    (cd "$out/corpus/$name" && jar xf "$out/jars/$(echo "$gav" | cut -d: -f2)-$(echo "$gav" | cut -d: -f3)-sources.jar")
  fi
}
fetch org.elasticsearch:elasticsearch:8.15.0 elasticsearch
fetch org.apache.hive:hive-exec:4.0.0 hive

# A handful of call sites and their flags, so the scan has real work: literals, constants, a
# static import, a concatenation, a dynamic key.
gen=$out/corpus/calls/dev/flaglint/bench
mkdir -p "$gen"
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

run() { # label, work dir, roots...
  local label=$1 work=$2; shift 2
  rm -rf "$work"; mkdir -p "$work"
  cat > "$work/flags.yaml" <<'YAML'
flags:
  bench.new-checkout: { owner: bench, created: 2026-01-01, expires: 2027-01-01, ticket: B-1 }
  bench.search-v2: { owner: bench, created: 2026-01-01, expires: 2026-06-01, ticket: B-2 }
  bench.kill-switch: { owner: bench, created: 2026-01-01, permanent: true, ticket: B-3 }
YAML
  local files lines bytes grep_s
  files=$(find "$@" -name '*.java' | wc -l)
  lines=$(find "$@" -name '*.java' -print0 | xargs -0 cat | wc -l)
  bytes=$(find "$@" -name '*.java' -print0 | xargs -0 cat | wc -c)
  grep_s=$( { TIMEFORMAT=%R; time grep -rn 'isEnabled(' "$@" > /dev/null || true; } 2>&1 )
  for mode in naive cold warm; do
    local heap_opt=-Xmx256m
    [ "$mode" = naive ] && heap_opt=-Xmx8g
    java "$heap_opt" -cp "$cp" "$root/benchmarks/scan/ScanBenchmark.java" "$mode" "$work" "$@" | while IFS=$'\t' read -r m f p c ms heap; do
      printf '| %s | %s | %s | %s MB | %s | %s | %s | %s ms | %s MB | %s s |\n' "$label" "$files" "$lines" \
        "$((bytes / 1048576))" "$m" "$p" "$c" "$ms" "$heap" "$grep_s"
    done
  done
}

echo "| corpus | files | lines | size | run | files parsed | call sites | engine time | peak heap | grep -rn |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
run "hive" "$out/work-hive" "$out/corpus/hive" "$out/corpus/calls"
run "elasticsearch + hive" "$out/work-both" "$out/corpus/elasticsearch" "$out/corpus/hive" "$out/corpus/calls"
