/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */

/** The shape shared by a chain's selector terms and evaluated terms. */
export interface TermLike {
  /** Absent for plain label requirements. */
  kind?: 'label' | 'expression' | 'field';
  key: string;
  operator: string;
  values?: string[];
}

/**
 * A selector term as people write it: `type = web`, `tier in (a, b)`,
 * `team exists`, `field spec.image does not exist`.
 */
export function formatTerm(term: TermLike): string {
  const subject = term.kind === 'field' ? `field ${term.key}` : term.key;
  const values = term.values ?? [];
  switch (term.operator) {
    case 'In':
      return values.length === 1
        ? `${subject} = ${values[0]}`
        : `${subject} in (${values.join(', ')})`;
    case 'NotIn':
      return values.length === 1
        ? `${subject} ≠ ${values[0]}`
        : `${subject} not in (${values.join(', ')})`;
    case 'Exists':
      return `${subject} exists`;
    case 'DoesNotExist':
      return `${subject} does not exist`;
    default:
      return `${subject} ${term.operator} ${values.join(', ')}`.trim();
  }
}
