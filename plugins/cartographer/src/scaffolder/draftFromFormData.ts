/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  buildWorkloadDraft,
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
  const params = Object.fromEntries(
    Object.entries(
      (formData[options.paramsField ?? 'params'] as Record<string, unknown>) ??
        {},
    ).filter(([, value]) => value !== undefined && value !== ''),
  );
  // The same mapping the scaffolder action applies, so the preview checks
  // exactly the Workload the template will create.
  const repoUrl = text(formData[options.repoUrlField ?? 'repoUrl']);
  return buildWorkloadDraft({
    cluster: chain.cluster,
    supplyChain: chain.name,
    namespace,
    name,
    labels: chain.labels,
    partOf: name,
    git: {
      url: repoUrl,
      branch: text(formData[options.gitRefField ?? 'gitRef']),
    },
    // A value left from switching the source kind in the form is ignored.
    image: repoUrl ? undefined : text(formData[options.imageField ?? 'image']),
    params,
  });
}
