#!/usr/bin/env bash
# Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0
#
# Builds the local control plane from Go modules into <repo>/.local-cluster/bin:
#   kube-apiserver, kube-controller-manager  (k8s.io/kubernetes, module ../go)
#   etcd                                      (go.etcd.io/etcd/server/v3, module ../go)
#   cartographer                              (Cartographer v0.8.11, module ../cartographer)
#   ytt                                       (carvel.dev/ytt, module ../ytt: Cartographer runs it
#                                              to render `ytt:` templates)
# and records where the Cartographer module (with its CRDs) was downloaded.
# Nothing is rebuilt while the binaries are newer than the go.mod/go.sum files
# and this script. Set LOCAL_CLUSTER_FORCE_BUILD=1 to rebuild anyway.

set -euo pipefail

PACKAGE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPO_ROOT="$(cd "$PACKAGE_DIR/../.." && pwd)"
BIN_DIR="${LOCAL_CLUSTER_BIN_DIR:-$REPO_ROOT/.local-cluster/bin}"
KUBE_MODULE_DIR="$PACKAGE_DIR/go"
CARTOGRAPHER_MODULE_DIR="$PACKAGE_DIR/cartographer"
YTT_MODULE_DIR="$PACKAGE_DIR/ytt"
STAMP="$BIN_DIR/.build-stamp"
BUILD_INFO="$BIN_DIR/build-info.json"
BINARIES=(etcd kube-apiserver kube-controller-manager cartographer ytt)
INPUTS=(
  "$KUBE_MODULE_DIR/go.mod" "$KUBE_MODULE_DIR/go.sum"
  "$CARTOGRAPHER_MODULE_DIR/go.mod" "$CARTOGRAPHER_MODULE_DIR/go.sum"
  "$YTT_MODULE_DIR/go.mod" "$YTT_MODULE_DIR/go.sum"
  "${BASH_SOURCE[0]}"
)

log() { echo "[local-cluster build] $*" >&2; }

if ! command -v go >/dev/null 2>&1; then
  log "error: the 'go' command was not found on PATH."
  log "Install Go 1.26 or newer (https://go.dev/doc/install) and run this again;"
  log "the local control plane is compiled from Go modules on first use."
  exit 1
fi

mkdir -p "$BIN_DIR"

# Only one build at a time: tests and `cluster:up` may call this concurrently.
exec 9>"$BIN_DIR/.build.lock"
flock 9

is_up_to_date() {
  [ "${LOCAL_CLUSTER_FORCE_BUILD:-0}" = "1" ] && return 1
  [ -f "$STAMP" ] && [ -f "$BUILD_INFO" ] || return 1
  local binary input
  for binary in "${BINARIES[@]}"; do
    [ -x "$BIN_DIR/$binary" ] || return 1
  done
  for input in "${INPUTS[@]}"; do
    [ "$STAMP" -nt "$input" ] || return 1
  done
  # The CRDs are read from the module cache, which may have been cleaned.
  local crd_dir
  crd_dir="$(sed -n 's/.*"crdDir": *"\([^"]*\)".*/\1/p' "$BUILD_INFO")"
  [ -n "$crd_dir" ] && [ -d "$crd_dir" ] || return 1
}

if is_up_to_date; then
  log "binaries in $BIN_DIR are up to date"
  exit 0
fi

module_version() { # <go.mod> <module path>
  awk -v m="$2" '$1 == m && $2 ~ /^v/ { print $2; exit } $1 == "require" && $2 == m { print $3; exit }' "$1"
}

KUBE_VERSION="$(module_version "$KUBE_MODULE_DIR/go.mod" k8s.io/kubernetes)"
ETCD_VERSION="$(module_version "$KUBE_MODULE_DIR/go.mod" go.etcd.io/etcd/server/v3)"
CARTOGRAPHER_VERSION="$(module_version "$CARTOGRAPHER_MODULE_DIR/go.mod" github.com/vmware-tanzu/cartographer)"
YTT_VERSION="$(module_version "$YTT_MODULE_DIR/go.mod" carvel.dev/ytt)"
KUBE_MINOR="$(echo "$KUBE_VERSION" | cut -d. -f2)"

# Modest parallelism: the machines have two cores shared with other work.
PARALLELISM="${LOCAL_CLUSTER_GO_PARALLELISM:-2}"
# go.sum is complete and committed, so the build never edits it and needs no
# checksum-database lookups (the Go proxy's sumdb does not know every module
# Cartographer 0.8.11 depends on).
export GOFLAGS="-mod=readonly -buildvcs=false"
export CGO_ENABLED=0

timed() { # <label> <command...>
  local label="$1" started=$SECONDS
  shift
  log "building $label ..."
  "$@"
  log "built $label in $((SECONDS - started))s"
}

build_started=$SECONDS
KUBE_LDFLAGS="-s -w \
 -X k8s.io/component-base/version.gitVersion=$KUBE_VERSION \
 -X k8s.io/component-base/version.gitMajor=1 \
 -X k8s.io/component-base/version.gitMinor=$KUBE_MINOR \
 -X k8s.io/component-base/version.gitTreeState=clean \
 -X k8s.io/component-base/version.buildDate=1970-01-01T00:00:00Z"

build_kube() {
  (cd "$KUBE_MODULE_DIR" && go build -p "$PARALLELISM" -trimpath -ldflags "$KUBE_LDFLAGS" \
    -o "$BIN_DIR/" k8s.io/kubernetes/cmd/kube-apiserver k8s.io/kubernetes/cmd/kube-controller-manager)
}
build_etcd() {
  # etcd's main package is the module root of go.etcd.io/etcd/server/v3.
  (cd "$KUBE_MODULE_DIR" && go build -p "$PARALLELISM" -trimpath -ldflags "-s -w" \
    -o "$BIN_DIR/etcd" go.etcd.io/etcd/server/v3)
}
build_cartographer() {
  # `go install` inside our pinning module: Cartographer's own dependency graph.
  (cd "$CARTOGRAPHER_MODULE_DIR" && GOBIN="$BIN_DIR" go install -p "$PARALLELISM" -trimpath \
    -ldflags "-s -w" github.com/vmware-tanzu/cartographer/cmd/cartographer)
}
build_ytt() {
  # Its own module, like Cartographer's: ytt's graph must not move the others.
  (cd "$YTT_MODULE_DIR" && GOBIN="$BIN_DIR" go install -p "$PARALLELISM" -trimpath \
    -ldflags "-s -w -X carvel.dev/ytt/pkg/version.Version=${YTT_VERSION#v}" carvel.dev/ytt/cmd/ytt)
}

timed "kube-apiserver and kube-controller-manager $KUBE_VERSION" build_kube
timed "etcd $ETCD_VERSION" build_etcd
timed "cartographer $CARTOGRAPHER_VERSION" build_cartographer
timed "ytt $YTT_VERSION" build_ytt

CRD_MODULE_DIR="$(cd "$CARTOGRAPHER_MODULE_DIR" && go mod download -json github.com/vmware-tanzu/cartographer |
  sed -n 's/^[[:space:]]*"Dir": *"\([^"]*\)".*/\1/p')"
CRD_DIR="$CRD_MODULE_DIR/config/crd/bases"
if [ ! -d "$CRD_DIR" ]; then
  log "error: Cartographer CRDs not found at $CRD_DIR"
  exit 1
fi

cat >"$BUILD_INFO" <<EOF
{
  "kubernetesVersion": "$KUBE_VERSION",
  "etcdVersion": "$ETCD_VERSION",
  "cartographerVersion": "$CARTOGRAPHER_VERSION",
  "yttVersion": "$YTT_VERSION",
  "crdDir": "$CRD_DIR"
}
EOF
touch "$STAMP"
log "all binaries built in $((SECONDS - build_started))s into $BIN_DIR"
