#!/usr/bin/env bash
# Grading quality on the labelled sets (src/test/resources/grading/labels: tuning; .../heldout: never tuned on):
# concept precision/recall/F1, paraphrase F1, misconception precision/recall, next-step agreement and latency,
# per set and per answer kind, for both graders. Arguments: --tuning (tuning set only), --sweep (hybrid thresholds).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt
java -cp "target/test-classes:target/classes:$(cat target/test-cp.txt)" dev.pycoach.bench.GradingBenchmark "$@"
