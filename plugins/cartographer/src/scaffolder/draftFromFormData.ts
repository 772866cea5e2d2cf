/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  LABELS,
  WorkloadDraftRequest,
} from '@internal/plugin-cartographer-common';
import { SupplyChainPickerValue, WorkloadPreviewUiOptions } from './types';

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/**
 * The part of the workload that decides selection and the onboarding rules
 * (name, namespace, labels, source, params), from the form as the
 * onboarding templates lay it out. Undefined until name, namespace and a
 * supply chain are filled in.
 */
export function draftFromFormData(
  formData: Record<string, unknown>,
  options: WorkloadPreviewUiOptions = {},
): WorkloadDraftRequest | undefined {
  const name = text(formData[options.nameField ?? 'name']);
  const namespace = text(formData[options.namespaceField ?? 'namespace']);
  const chain = formData[options.supplyChainField ?? 'supplyChain'] as
    SupplyChainPickerValue | undefined;
  if (!name || !namespace || !chain?.name) {
    return undefined;
  }
  const repoUrl = text(formData[options.repoUrlField ?? 'repoUrl']);
  const branch = text(formData[options.gitRefField ?? 'gitRef']);
  const image = text(formData[options.imageField ?? 'image']);
  const params = Object.entries(
    (formData[options.paramsField ?? 'params'] as Record<string, unknown>) ??
      {},
  )
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([paramName, value]) => ({ name: paramName, value: value as string }));
  return {
    cluster: chain.cluster,
    supplyChain: chain.name,
    draft: {
      apiVersion: 'carto.run/v1alpha1',
      kind: 'Workload',
      metadata: {
        name,
        namespace,
        labels: { ...chain.labels, [LABELS.partOf]: name },
      },
      spec: {
        ...(repoUrl
          ? { source: { git: { url: repoUrl, ref: { branch } } } }
          : {}),
        ...(!repoUrl && image ? { image } : {}),
        ...(params.length ? { params } : {}),
      },
    },
  };
}
