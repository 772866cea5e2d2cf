//go:build tools

// Package tools pins the upstream commands this module builds: kube-apiserver
// and etcd come from the Go module proxy, never from committed source.
package tools

import (
	_ "go.etcd.io/etcd/server/v3"
	_ "k8s.io/kubernetes/cmd/kube-apiserver"
	_ "k8s.io/kubernetes/cmd/kube-controller-manager"
)
