#!/usr/bin/env bash
# Runs the project's fake Discord (from the test sources) on loopback and prints the environment that points
# the packaged bot at it. Usage: scripts/fake-discord.sh, then in another shell: <printed variables> java -jar target/pycoach.jar
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt
exec java -cp "target/test-classes:target/classes:$(cat target/test-cp.txt)" dev.pycoach.discord.fake.FakeDiscordMain
