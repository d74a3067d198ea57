#!/usr/bin/env bash
# Grading quality on the labelled set (src/test/resources/grading/labels): concept precision/recall/F1 per
# answer kind, misconception precision/recall, next-step agreement and latency, for every grader.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt
java -cp "target/test-classes:target/classes:$(cat target/test-cp.txt)" dev.pycoach.bench.GradingBenchmark
