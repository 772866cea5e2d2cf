#!/usr/bin/env bash
# Starts the demo portal. Bootstraps the toolchain and dependencies, brings up
# the embedded local control plane (kube-apiserver + etcd + Cartographer, with
# the sample supply chains and workloads) when Go is available and the
# configuration does not already point at a cluster of the user's own, then
# starts the frontend and backend. Ctrl-C stops everything it started.
# `--legacy-app` starts the legacy-frontend-system demo app instead.

set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"
ensure_dependencies

# --legacy-app: serve packages/app-legacy (the demo app on the legacy frontend
# system) instead of packages/app. --replicas N: N backends on PostgreSQL
# behind a proxy (scripts/start-replicas.sh). Other arguments stay in "$@".
app_package=app
replicas=1
other_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --legacy-app) app_package=app-legacy; shift ;;
    --replicas) replicas="${2:?--replicas needs a number}"; shift 2 ;;
    --replicas=*) replicas="${1#*=}"; shift ;;
    *) other_args+=("$1"); shift ;;
  esac
done
set -- "${other_args[@]+"${other_args[@]}"}"

configs=(--config "$REPO_ROOT/app-config.yaml")
if [ -f "$REPO_ROOT/app-config.local.yaml" ]; then
  configs+=(--config "$REPO_ROOT/app-config.local.yaml")
fi

started_cluster=0
local_cluster=0
handover_pid=
commits_pid=
stop_all() {
  trap - INT TERM EXIT
  for pid in "$handover_pid" "$commits_pid"; do
    if [ -n "$pid" ]; then
      kill -- -"$pid" 2>/dev/null || true
    fi
  done
  if [ "$started_cluster" = 1 ]; then
    echo "[start] stopping the local control plane"
    yarn cluster:down || true
  fi
}
trap stop_all INT TERM EXIT

uses_own_cluster() {
  [ -f "$REPO_ROOT/app-config.local.yaml" ] &&
    grep -qE '^\s*(clusterLocatorMethods|clusters):' "$REPO_ROOT/app-config.local.yaml"
}

if [ "${CARTOGRAPHER_USE_LOCAL_CLUSTER:-auto}" = "0" ] || uses_own_cluster; then
  echo "[start] using the clusters configured in app-config.local.yaml (no local control plane)"
elif ! command -v go >/dev/null 2>&1; then
  echo "[start] Go is not installed, so the local control plane cannot be built;"
  echo "[start] starting the portal against the clusters in your configuration instead."
else
  echo "[start] starting the local control planes: build and run (CARTOGRAPHER_CLUSTERS=1: one; the first build takes several minutes)"
  # One already running (tests, another start.sh) is used and left running.
  yarn cluster:status >/dev/null 2>&1 || started_cluster=1
  yarn cluster:up
  configs+=(--config "$REPO_ROOT/.local-cluster/app-config.local-cluster.yaml")
  # Stands in for GitOps: Deliverables of workloads created in the portal
  # reach the run cluster within seconds.
  # Its own process group, so stopping it stops tsx under yarn too.
  (exec setsid yarn workspace @internal/local-cluster cli handover --watch 5) \
    >"$REPO_ROOT/.local-cluster/handover.log" 2>&1 &
  handover_pid=$!
  local_cluster=1
fi

if [ "$replicas" != 1 ]; then
  APP_PACKAGE="$app_package" bash "$REPO_ROOT/scripts/start-replicas.sh" "$replicas" "${configs[@]}"
  exit
fi
if [ "$local_cluster" = 1 ] && [ "${CARTOGRAPHER_DEMO_COMMITS:-1}" != 0 ]; then
  # A history for the Commits card: real commits to a sample workload once
  # the backend records them (not rows written into its database).
  (exec setsid yarn workspace @internal/local-cluster cli commits) \
    >"$REPO_ROOT/.local-cluster/commits.log" 2>&1 &
  commits_pid=$!
fi
echo "[start] portal: http://localhost:3000 (backend http://localhost:7007); Ctrl-C stops everything"
yarn backstage-cli repo start "$app_package" backend "${configs[@]}"
