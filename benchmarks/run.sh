#!/usr/bin/env bash
# Builds the benchmarks and runs every workload once, with the short settings each benchmark
# class declares (one fork, a few warm-up and measurement iterations), then regenerates
# BENCHMARKS.md at the repository's root. About 15 minutes on 2 cores.
#
#   benchmarks/run.sh                      # everything
#   benchmarks/run.sh 'CommissionerLookup|DuckDb'   # only the benchmarks matching a regex
#
# Set MVN_FLAGS=-o to build offline.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck disable=SC2086
mvn -B -q ${MVN_FLAGS:-} -pl benchmarks -am package -DskipTests

machine=$(mktemp)
trap 'rm -f "$machine"' EXIT
{
  echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "commit:  $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')"
  echo "nproc:   $(nproc)"
  echo "cpu:     $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || echo unknown)"
  echo "memory:  $(free -h 2>/dev/null | awk '/^Mem:/ {print $2 " total, " $7 " available"}' || echo unknown)"
  echo "java -version:"
  java -version 2>&1 | sed 's/^/  /'
} > "$machine"

java -cp benchmarks/target/benchmarks.jar io.github.commissioning.benchmarks.Report \
  BENCHMARKS.md "$machine" benchmarks/FINDINGS.md "$@"
