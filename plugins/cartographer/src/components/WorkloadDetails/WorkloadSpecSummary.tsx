/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { WorkloadSpec } from '@internal/plugin-cartographer-common';
import { DetailColumn, DetailTable } from '../DetailTable';

/** One setting of the spec: what it is, its name, its value. */
interface SpecFact {
  kind: string;
  name: string;
  value: string;
}

function text(value: unknown) {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const FROM_REFERENCE = '(from reference)';

/** The settings of a spec that shape what its chain does, one row each. */
export function specFacts(spec?: WorkloadSpec): SpecFact[] {
  if (!spec) return [];
  const env = (kind: string, list?: Array<{ name: string; value?: string }>) =>
    (list ?? []).map(e => ({
      kind,
      name: e.name,
      value: e.value ?? FROM_REFERENCE,
    }));
  const quantities = (kind: string, map?: Record<string, unknown>) =>
    Object.entries(map ?? {}).map(([name, v]) => ({
      kind,
      name,
      value: text(v),
    }));
  return [
    ...(spec.params ?? []).map(p => ({
      kind: 'Param',
      name: p.name,
      value: text(p.value),
    })),
    ...(spec.serviceAccountName
      ? [{ kind: 'Service account', name: '—', value: spec.serviceAccountName }]
      : []),
    ...env('Env', spec.env),
    ...env('Build env', spec.build?.env),
    ...quantities('Request', spec.resources?.requests),
    ...quantities('Limit', spec.resources?.limits),
    ...(spec.serviceClaims ?? []).map(c => ({
      kind: 'Service claim',
      name: c.name,
      value: c.ref ? `${c.ref.kind}/${c.ref.name}` : '—',
    })),
  ];
}

// Names are identifiers (kept whole, exactly as written); values are prose
// such as a build message, which may wrap between words.
const COLUMNS: DetailColumn<SpecFact>[] = [
  { title: 'Setting', render: f => f.kind },
  { title: 'Name', mono: true, render: f => f.name },
  { title: 'Value', fit: 'text', mono: true, render: f => f.value },
];

/** The parts of a workload's spec that shape what its chain does. */
export function WorkloadSpecSummary({ spec }: { spec?: WorkloadSpec }) {
  return (
    <DetailTable
      label="Workload settings"
      columns={COLUMNS}
      rows={specFacts(spec)}
      rowKey={f => `${f.kind}/${f.name}`}
      empty="No params, env, resources or service claims set."
    />
  );
}
