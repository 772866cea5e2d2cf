/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Workload } from '@internal/plugin-cartographer-common';
import yaml from 'yaml';

/**
 * The workload as a developer would keep it in git: identity, labels,
 * annotations and spec, without status or server-managed metadata.
 */
export function workloadYaml(workload: Workload): string {
  const { name, namespace, labels, annotations } = workload.metadata ?? {};
  const clean = {
    apiVersion: workload.apiVersion ?? 'carto.run/v1alpha1',
    kind: workload.kind ?? 'Workload',
    metadata: JSON.parse(
      JSON.stringify({ name, namespace, labels, annotations }),
    ),
    spec: workload.spec ?? {},
  };
  return yaml.stringify(clean);
}
