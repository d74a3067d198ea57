#!/usr/bin/env bash
# Grading latency and start-up time of the offline default. Usage: scripts/bench-grading.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt
java -cp "target/test-classes:target/classes:$(cat target/test-cp.txt)" dev.pycoach.bench.GradingLatency questions lexical
java -cp "target/test-classes:target/classes:$(cat target/test-cp.txt)" dev.pycoach.bench.GradingLatency questions hybrid

echo "start-up (5 runs each, wall clock):"
for i in 1 2 3 4 5; do
  s=$(date +%s%N); java -jar target/pycoach.jar bank validate >/dev/null; e=$(date +%s%N)
  v=$(( (e - s) / 1000000 ))
  s=$(date +%s%N); printf ':quit\n' | java -jar target/pycoach.jar practice --questions 1 --seed 1 >/dev/null; e=$(date +%s%N)
  p=$(( (e - s) / 1000000 ))
  echo "  bank validate: ${v} ms   practice to first question and :quit: ${p} ms"
done
