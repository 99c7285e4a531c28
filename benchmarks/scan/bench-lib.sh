# Shared by scan-benchmark.sh and reactor-benchmark.sh (sourced, not run): builds the plugin into a
# Maven repository of the benchmark's own, fetches the corpus, times commands and takes medians.
# Expects $root (the repository root) and sets $out (target/bench).

out=$root/target/bench
repo=$out/m2
settings=$out/settings.xml
mkdir -p "$out/jars"

# Builds flag-runtime and the plugin and installs them (with the parent pom) into $repo, so that the
# benchmark's Maven builds use this tree's plugin whatever ~/.m2 holds; everything else the builds need
# comes from ~/.m2 through a mirror (no network once ~/.m2 has it).
build_plugin() {
  echo "building the plugin and its classpath..." >&2
  "$root/mvnw" -q -B -ntp -f "$root/pom.xml" -pl flag-lint-maven-plugin -am package \
    dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" -DskipTests -Dinvoker.skip >&2
  cat > "$settings" <<XML
<settings>
  <mirrors>
    <mirror><id>home</id><mirrorOf>*</mirrorOf><url>file://$HOME/.m2/repository</url></mirror>
  </mirrors>
</settings>
XML
  local version
  version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$root/pom.xml" | head -1)
  install_file "$root/pom.xml" pom flag-lint-parent "$version"
  install_file "$root/flag-runtime/target/flag-runtime-$version.jar" jar flag-runtime "$version" \
    "$root/flag-runtime/pom.xml"
  install_file "$root/flag-lint-maven-plugin/target/flag-lint-maven-plugin-$version.jar" maven-plugin \
    flag-lint-maven-plugin "$version" "$root/flag-lint-maven-plugin/pom.xml"
  plugin_version=$version
}

install_file() { # file packaging artifactId version [pom]
  local pom_opt=()
  [ $# -ge 5 ] && pom_opt=(-DpomFile="$5")
  "$root/mvnw" -q -B -ntp -N -f "$root/pom.xml" org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file \
    -Dfile="$1" -Dpackaging="$2" -DgroupId=dev.flaglint -DartifactId="$3" -Dversion="$4" "${pom_opt[@]}" \
    -DlocalRepositoryPath="$repo" >&2
}

# Writes a pom.xml at $1 for artifact bench:$2:1 that runs this tree's plugin with the configuration $4 (XML
# elements); $3 holds further elements before <build> (packaging, modules), each line ending in a newline.
write_pom() {
  cat > "$1" <<XML
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>$2</artifactId>
  <version>1</version>
$3  <build>
    <plugins>
      <plugin>
        <groupId>dev.flaglint</groupId>
        <artifactId>flag-lint-maven-plugin</artifactId>
        <version>$plugin_version</version>
        <configuration>$4</configuration>
      </plugin>
    </plugins>
  </build>
</project>
XML
}

# Unpacks the sources jar of group:artifact:version into $out/corpus/NAME (once).
fetch_sources() {
  local gav=$1 name=$2 a v
  a=$(echo "$gav" | cut -d: -f2)
  v=$(echo "$gav" | cut -d: -f3)
  if [ ! -d "$out/corpus/$name" ]; then
    "$root/mvnw" -q -B -ntp -N -f "$root/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="$gav:jar:sources" -DoutputDirectory="$out/jars" >&2
    mkdir -p "$out/corpus/$name.tmp"
    (cd "$out/corpus/$name.tmp" && jar xf "$out/jars/$a-$v-sources.jar")
    mv "$out/corpus/$name.tmp" "$out/corpus/$name"
  fi
}

# Runs Maven 3.9 (the wrapper's) in directory $1 on the benchmark's repository; the rest are Maven's arguments.
# Under the command in the array $timer when it is set (see cpu_ms).
timer=()
mvn_in() {
  local dir=$1
  shift
  (cd "$dir" && "${timer[@]}" "$root/mvnw" -B -ntp -s "$settings" -Dmaven.repo.local="$repo" "$@")
}

# Runs a command under /usr/bin/time, which writes its user and system CPU time to $out/cpu.txt
# (10 ms resolution); cpu_ms then prints their sum in ms. On a busy machine, what a run cost, not how long it waited.
cpu_timer=(/usr/bin/time -f '%U %S' -o "$out/cpu.txt")
cpu_ms() {
  tail -1 "$out/cpu.txt" | awk '{ printf "%d\n", ($1 + $2) * 1000 + 0.5 }'
}

# One timed Maven build in $1 (with MAVEN_OPTS=-Xmx256m) and the remaining arguments; prints "wall_ms scanned_ms
# cpu_ms", scanned_ms the sum of the build's `scanned N files in M ms` figures (0 when none). Its output is kept in
# $out/last-build.log.
timed_mvn() {
  local dir=$1 start end log=$out/last-build.log
  local -a timer=("${cpu_timer[@]}")
  shift
  start=$(now_ms)
  MAVEN_OPTS=-Xmx256m mvn_in "$dir" "$@" > "$log" 2>&1 || { tail -40 "$log" >&2; return 1; }
  end=$(now_ms)
  echo "$((end - start)) $(sed -n 's/.*flag-lint: scanned [0-9]* files\{0,1\} in \([0-9]*\) ms.*/\1/p' "$log" \
    | awk '{ s += $1 } END { print s + 0 }') $(cpu_ms)"
}

now_ms() {
  echo $(( $(date +%s%N) / 1000000 ))
}

load() {
  cut -d' ' -f1 /proc/loadavg
}

# The median of the numbers given as arguments (the lower middle one of an even count).
median() {
  printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

# "min–max" of the numbers given as arguments.
spread() {
  printf '%s\n' "$@" | sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "–" hi }'
}
