#!/bin/sh
# Runs Demo.java (Java's source launcher: nothing is compiled to disk) against flag-runtime's classes and
# its dependencies in the local Maven repository. Builds flag-runtime/target/classes first if it is missing.
set -e
cd "$(dirname "$0")/../.."
if [ ! -f flag-runtime/target/classes/dev/flaglint/runtime/FeatureFlags.class ]; then
    ./mvnw -q -pl flag-runtime compile
fi
classpath=$(./mvnw -q -pl flag-runtime dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile=/dev/stdout)
exec java -cp "flag-runtime/target/classes:$classpath" examples/runtime-demo/Demo.java
