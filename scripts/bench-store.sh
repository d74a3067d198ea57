#!/usr/bin/env bash
# Store benchmark: 100,000 users with a year of answers in PostgreSQL, then the app's services timed on it.
# Usage: scripts/bench-store.sh [USERS] [SAMPLES]
#   PYCOACH_BENCH_URL  a JDBC URL of an EMPTY PostgreSQL database to use; by default the script creates
#                      pycoach_bench on the local server (127.0.0.1:5432, user postgres) and drops it afterwards
#                      (keep it with PYCOACH_BENCH_KEEP=1).
# Takes about 15 minutes on 2 cores and about 8 GB of disk while it runs. Figures: docs/store-benchmark.md.
set -euo pipefail
cd "$(dirname "$0")/.."
USERS="${1:-100000}"
SAMPLES="${2:-2000}"
./mvnw -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt
# A copy of the classes, so a rebuild while the benchmark runs (it takes a while) cannot change them under it.
rm -rf target/bench && mkdir -p target/bench && cp -r target/classes target/test-classes target/bench/

URL="${PYCOACH_BENCH_URL:-}"
if [ -z "$URL" ]; then
  DB=pycoach_bench
  pg_isready -q -h 127.0.0.1 -p 5432 || pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start
  psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $DB" -c "create database $DB"
  if [ "${PYCOACH_BENCH_KEEP:-0}" != 1 ]; then
    trap 'psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists '"$DB"'" || true' EXIT
  fi
  URL="jdbc:postgresql://127.0.0.1:5432/$DB?user=postgres"
fi
echo "PostgreSQL: $(psql -h 127.0.0.1 -U postgres -d postgres -Atc 'show server_version' 2>/dev/null || echo '?'); $(nproc) cores"
java -Xmx2g -cp "target/bench/test-classes:target/bench/classes:$(cat target/test-cp.txt)" \
  dev.pycoach.bench.StoreBenchmark "$URL" "$USERS" "$SAMPLES"
