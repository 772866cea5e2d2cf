//go:build tools

// Package tools pins the Cartographer controller command. It lives in its own
// module because Cartographer v0.8.11 needs Kubernetes 0.25 libraries; in the
// kube-apiserver module, minimum version selection would lift them to 0.37
// and the controller would no longer compile.
package tools

import _ "github.com/vmware-tanzu/cartographer/cmd/cartographer"
