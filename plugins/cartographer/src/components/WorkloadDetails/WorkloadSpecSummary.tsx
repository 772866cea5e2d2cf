/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { StructuredMetadataTable } from '@backstage/core-components';
import { WorkloadSpec } from '@internal/plugin-cartographer-common';
import { Typography } from '@material-ui/core';

function text(value: unknown) {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The parts of a workload's spec that shape what its chain does. */
export function WorkloadSpecSummary({ spec }: { spec?: WorkloadSpec }) {
  const metadata: Record<string, unknown> = {};
  if (spec?.params?.length) {
    metadata.Params = Object.fromEntries(
      spec.params.map(p => [p.name, text(p.value)]),
    );
  }
  if (spec?.serviceAccountName)
    metadata['Service account'] = spec.serviceAccountName;
  if (spec?.env?.length) {
    metadata.Env = spec.env.map(
      e => `${e.name}=${e.value ?? '(from reference)'}`,
    );
  }
  if (spec?.build?.env?.length) {
    metadata['Build env'] = spec.build.env.map(
      e => `${e.name}=${e.value ?? '(from reference)'}`,
    );
  }
  if (spec?.resources?.requests) metadata.Requests = spec.resources.requests;
  if (spec?.resources?.limits) metadata.Limits = spec.resources.limits;
  if (spec?.serviceClaims?.length) {
    metadata['Service claims'] = spec.serviceClaims.map(
      c => `${c.name}${c.ref ? ` → ${c.ref.kind}/${c.ref.name}` : ''}`,
    );
  }
  if (Object.keys(metadata).length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No params, env, resources or service claims set.
      </Typography>
    );
  }
  // Param names are identifiers: show them exactly, not title-cased.
  return (
    <StructuredMetadataTable
      metadata={metadata}
      options={{ titleFormat: name => name }}
    />
  );
}
