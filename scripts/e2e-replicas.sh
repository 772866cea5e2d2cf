#!/usr/bin/env bash
# Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0
# The browser tests' second phase, run by scripts/e2e.sh: `start.sh --replicas N`
# started as a user starts it, the replicas-on-postgresql Playwright project
# against it, then Ctrl-C sent to its process group as a terminal sends it.
# Fails when a scenario fails, when anything it started (backend replica,
# proxy, frontend, PostgreSQL) is left running, or when its databases remain.
# Binds 7007, 3000 and 7101..: run under `flock /tmp/e2e.lock`.

set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
set +e
cd "$REPO_ROOT"

replicas="${1:-2}"
results="$REPO_ROOT/test-results"
log="$results/e2e-start-replicas.log"
mkdir -p "$results"
ports=(7007 3000)
for i in $(seq 1 "$replicas"); do ports+=($((7100 + i))); done

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# Processes of this worktree's portal: the launcher, a backend or frontend.
portal_processes() {
  local dir pid cwd args
  for dir in /proc/[0-9]*; do
    pid="${dir#/proc/}"
    cwd="$(readlink "$dir/cwd" 2>/dev/null)" || continue
    args="$(tr '\0' ' ' <"$dir/cmdline" 2>/dev/null)"
    case "$cwd" in
      "$REPO_ROOT/packages/backend" | "$REPO_ROOT/packages/backend/"* | "$REPO_ROOT/packages/app" | "$REPO_ROOT/packages/app/"*)
        echo "$pid $args" ;;
      "$REPO_ROOT")
        case "$args" in *scripts/replicas.mjs* | *scripts/start*.sh*) echo "$pid $args" ;; esac ;;
    esac
  done
}

# The first phase's backends may still be letting go of their ports.
for _ in $(seq 1 30); do
  busy=0
  for port in "${ports[@]}"; do listening "$port" && busy=1; done
  [ "$busy" = 0 ] && break
  sleep 1
done

postgres_was_running=0
bash scripts/postgres.sh status >/dev/null 2>&1 && postgres_was_running=1
# Databases of their own: the scenarios expect the seeded state only, and a
# user's demo databases (the default prefix) stay untouched.
prefix="e2e_$(date +%s)_"

echo "[e2e] phase 2: ./scripts/start.sh --replicas $replicas (databases $prefix*)"
started=$SECONDS
# In a process group of its own, which Ctrl-C is sent to below, and with
# SIGINT's default disposition, as in a terminal: bash starts a background
# command with SIGINT ignored, and an ignored signal cannot be trapped.
APP_CONFIG_backend_database_prefix="$prefix" python3 -c '
import os, signal, sys
signal.signal(signal.SIGINT, signal.SIG_DFL)
os.setsid()
os.execvp(sys.argv[1], sys.argv[1:])
' bash scripts/start.sh --replicas "$replicas" >"$log" 2>&1 &
start_pid=$!

up=0
for _ in $(seq 1 600); do
  kill -0 "$start_pid" 2>/dev/null || break
  if grep -q "replica(s) ready" "$log" && curl -sf -o /dev/null http://localhost:3000; then
    up=1
    break
  fi
  sleep 1
done
status=0
if [ "$up" = 1 ]; then
  echo "[e2e] portal up with $replicas replicas in $((SECONDS - started)) s"
  E2E_JSON="$results/e2e-replicas.json" yarn playwright test --project replicas-on-postgresql || status=1
else
  echo "[e2e] start.sh --replicas $replicas did not bring the portal up; last log lines:"
  tail -40 "$log"
  status=1
fi

# Ctrl-C, as a terminal sends it: SIGINT to the whole foreground process group.
kill -INT -- "-$start_pid" 2>/dev/null
for _ in $(seq 1 60); do
  kill -0 "$start_pid" 2>/dev/null || break
  sleep 1
done
sleep 2
left="$(portal_processes)"
for port in "${ports[@]}"; do
  listening "$port" && left+=$'\n'"something still listens on :$port"
done
if [ "$postgres_was_running" = 0 ] && bash scripts/postgres.sh status >/dev/null 2>&1; then
  left+=$'\n'"PostgreSQL, which start.sh started, still runs"
fi
if [ -n "${left//[$'\n ']/}" ]; then
  echo "[e2e] FAILED: Ctrl-C left behind:"
  echo "$left"
  status=1
  kill -KILL -- "-$start_pid" 2>/dev/null
  portal_processes | while read -r pid _; do kill -KILL "$pid" 2>/dev/null; done
else
  echo "[e2e] Ctrl-C stopped everything start.sh --replicas started"
fi

# Nothing of this run stays in the project's PostgreSQL.
[ "$postgres_was_running" = 1 ] || bash scripts/postgres.sh up >/dev/null
bash scripts/postgres.sh drop "$prefix" || status=1
if remaining="$(bash scripts/postgres.sh leftovers | grep "^$prefix")"; then
  echo "[e2e] FAILED: databases left behind: $remaining"
  status=1
fi
[ "$postgres_was_running" = 1 ] || bash scripts/postgres.sh down >/dev/null
exit $status
