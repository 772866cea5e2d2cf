#!/usr/bin/env bash
# The performance benchmark from a fresh clone: installs what is missing
# (Node.js, Yarn, dependencies), then runs `yarn bench` (which builds the
# local control plane on first use). Arguments go to the benchmark, e.g.
# ./scripts/bench.sh --sizes 100. Not part of scripts/test.sh.

set -uo pipefail
exec </dev/null
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"
ensure_dependencies || exit 1
exec yarn bench "$@"
