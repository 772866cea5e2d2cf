/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  dnsLabelProblem,
  WorkloadDraftRequest,
} from '@internal/plugin-cartographer-common';
import { CartographerApi } from '../../api';
import { SupplyChainPickerValue, WorkloadNameUiOptions } from '../types';

/** Where the name must be free, from `ui:options` and the rest of the form. */
export function nameTarget(
  options: WorkloadNameUiOptions | undefined,
  formData: Record<string, unknown> | undefined,
): { namespace?: string; cluster?: string } {
  const namespaceValue =
    options?.namespace ?? formData?.[options?.namespaceField ?? 'namespace'];
  const chain = formData?.[options?.supplyChainField ?? 'supplyChain'] as
    SupplyChainPickerValue | undefined;
  return {
    namespace:
      typeof namespaceValue === 'string' && namespaceValue
        ? namespaceValue
        : undefined,
    cluster: chain?.cluster,
  };
}

/**
 * Why a workload name cannot be used, or undefined when it can: not a DNS
 * label, or a workload of that name already exists in the namespace (asked
 * of the backend's preview, which reads the cluster).
 */
export async function workloadNameProblem(
  api: CartographerApi,
  name: string | undefined,
  target: { namespace?: string; cluster?: string },
): Promise<string | undefined> {
  const problem = dnsLabelProblem(name ?? '');
  if (problem) {
    return `workload name ${problem}`;
  }
  if (!target.namespace) {
    return undefined;
  }
  // Only `exists` of the answer matters; the draft has no labels on purpose.
  const request: WorkloadDraftRequest = {
    ...(target.cluster ? { cluster: target.cluster } : {}),
    draft: {
      metadata: { name, namespace: target.namespace, labels: {} },
      spec: {},
    },
  };
  const preview = await api.previewWorkload(request);
  return preview.exists
    ? `a workload named ${name} already exists in namespace ${target.namespace} on cluster ${preview.cluster}`
    : undefined;
}
