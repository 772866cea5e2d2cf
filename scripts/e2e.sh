#!/usr/bin/env bash
# Browser end-to-end tests: builds the frontend, starts the backend (which
# serves it) against the local control plane, and drives Debian's Chromium
# with Playwright. Screenshots land in test-results/e2e-screenshots.

set -uo pipefail
exec </dev/null
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
set +e
cd "$REPO_ROOT"
ensure_dependencies || exit 1

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "[e2e] installing Debian's chromium"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null || exit 1
  else
    echo "[e2e] Chromium is missing: install Debian's 'chromium' package (or set CHROMIUM_PATH)" >&2
    exit 1
  fi
fi

yarn cluster:up >/dev/null || exit 1
cluster_config="$REPO_ROOT/.local-cluster/app-config.local-cluster.yaml"

echo "[e2e] building the frontend"
yarn workspace app build >/tmp/e2e-app-build.log 2>&1 || {
  tail -40 /tmp/e2e-app-build.log
  exit 1
}

backend_log="$REPO_ROOT/test-results/e2e-backend.log"
mkdir -p "$REPO_ROOT/test-results"
(cd packages/backend && exec yarn backstage-cli package start \
  --config "$REPO_ROOT/app-config.yaml" \
  --config "$cluster_config" \
  --config "$REPO_ROOT/app-config.e2e.yaml") >"$backend_log" 2>&1 &
backend_pid=$!
stop_backend() { kill -- -"$backend_pid" 2>/dev/null || kill "$backend_pid" 2>/dev/null; pkill -f "backstage-cli package start" 2>/dev/null; }
trap stop_backend EXIT

for _ in $(seq 1 180); do
  curl -sf http://localhost:7007/.backstage/health/v1/readiness >/dev/null && break
  sleep 1
done
if ! curl -sf http://localhost:7007/.backstage/health/v1/readiness >/dev/null; then
  echo "[e2e] backend did not become ready; last log lines:"
  tail -40 "$backend_log"
  exit 1
fi

yarn playwright test
