//go:build tools

// Package tools pins the ytt command. Cartographer renders `ytt:` templates by
// running the ytt binary it finds on PATH; ytt has its own module so that its
// dependency graph moves neither Kubernetes nor Cartographer.
package tools

import _ "carvel.dev/ytt/cmd/ytt"
