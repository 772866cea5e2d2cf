#!/usr/bin/env bash
# The whole test suite: formatting, lint, type-check, then every Jest test
# (unit tests and integration tests against the real local control plane).
# Bootstraps whatever the machine lacks first. Prints one summary line
# "Summary: N passed, N failed" at the end and exits non-zero on any failure.

set -uo pipefail
# Without CI set, backstage-cli starts Jest in watch mode and never exits.
export CI=true
exec </dev/null
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
set +e
cd "$REPO_ROOT"
ensure_dependencies || exit 1

RESULTS_DIR="$REPO_ROOT/test-results"
mkdir -p "$RESULTS_DIR"
failed_steps=()

step() {
  local name="$1"
  shift
  echo
  echo "=== $name"
  local started=$SECONDS
  if "$@"; then
    echo "=== $name: ok ($((SECONDS - started))s)"
  else
    echo "=== $name: FAILED ($((SECONDS - started))s)"
    failed_steps+=("$name")
  fi
}

step "prettier" yarn prettier --check --log-level warn .
step "lint" yarn backstage-cli repo lint
step "type-check" yarn tsc --noEmit

# The integration tiers share one real control plane and the project's
# PostgreSQL; both are stopped again when the suite ends, whatever happened.
# (The replica tier, packages/backend/src/replicas.test.ts, runs a
# PostgreSQL of its own, which it restarts.)
cleanup() {
  yarn cluster:down >/dev/null 2>&1 || true
  bash "$REPO_ROOT/scripts/postgres.sh" down >/dev/null 2>&1 || true
}
trap cleanup EXIT
step "local control plane" yarn cluster:up
step "postgresql" bash "$REPO_ROOT/scripts/postgres.sh" up
if [ -f "$REPO_ROOT/.local-postgres/port" ]; then
  # TestDatabases runs the database tests on it as well as on SQLite.
  export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING="postgresql://backstage:$(cat "$REPO_ROOT/.local-postgres/password")@127.0.0.1:$(cat "$REPO_ROOT/.local-postgres/port")"
fi
# The build cluster (or the single one) and, with two, the run cluster.
cluster_status="$(yarn cluster:status 2>/dev/null)"
kubeconfig_line="$(grep '^KUBECONFIG=' <<<"$cluster_status" | head -1)"
if [ -n "$kubeconfig_line" ]; then
  export CARTOGRAPHER_TEST_KUBECONFIG="${kubeconfig_line#KUBECONFIG=}"
fi
run_kubeconfig_line="$(grep '^RUN_KUBECONFIG=' <<<"$cluster_status" | head -1)"
if [ -n "$run_kubeconfig_line" ]; then
  export CARTOGRAPHER_TEST_RUN_KUBECONFIG="${run_kubeconfig_line#RUN_KUBECONFIG=}"
fi

step "jest" yarn backstage-cli repo test --ci --json --outputFile="$RESULTS_DIR/jest.json"

if [ -f "$REPO_ROOT/scripts/e2e.sh" ]; then
  step "browser e2e" bash "$REPO_ROOT/scripts/e2e.sh"
fi
# The tiers drop the databases they create (TestDatabases' db<hex>, the
# replica tier's replicas_*, the browser tests' e2e_*): none may remain.
step "no test databases left in PostgreSQL" bash "$REPO_ROOT/scripts/postgres.sh" leftovers

node "$REPO_ROOT/scripts/summarize-tests.mjs" "$RESULTS_DIR" "${#failed_steps[@]}" "${failed_steps[*]:-}"
exit_code=$?
[ ${#failed_steps[@]} -eq 0 ] || exit_code=1
exit $exit_code
