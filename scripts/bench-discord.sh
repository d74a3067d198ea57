#!/usr/bin/env bash
# Discord layer benchmark on the fake Discord: N users answering concurrently, PyCoach vs a trivial echo bot.
# Usage: scripts/bench-discord.sh [users=50] [answers-per-user=20] [bank-dir=questions] [jdbc|memory]
#   jdbc (default): sessions and progress written through the JDBC store, on an in-memory H2
#   memory: the nostore profile (sessions in memory, no progress): the bot, engine and grader only
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt
java -cp "target/test-classes:target/classes:$(cat target/test-cp.txt)" dev.pycoach.discord.DiscordBenchmark "$@"
