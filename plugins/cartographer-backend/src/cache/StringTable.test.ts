/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { StringTable } from './StringTable';

/** Two equal strings that are distinct in memory, as JSON.parse makes them. */
const parsed = () =>
  JSON.parse(
    '{"status":{"conditions":[{"type":"ResourcesSubmitted","lastTransitionTime":"2026-12-01T16:20:52Z"}],"observedGeneration":3,"ok":true}}',
  );

describe('StringTable', () => {
  it('keeps the value as it was, numbers and booleans included', () => {
    const table = new StringTable();
    expect(table.internAll(parsed())).toEqual(parsed());
  });

  it('shares the strings of two objects', () => {
    const table = new StringTable();
    const a = table.internAll(parsed());
    const b = table.internAll(parsed());
    // One table entry per distinct string: the second object added none.
    expect(table.size).toBe(2);
    expect(b.status.conditions[0].lastTransitionTime).toBe(
      a.status.conditions[0].lastTransitionTime,
    );
  });

  it('empties itself at its limit instead of growing for ever', () => {
    const table = new StringTable(3);
    ['a', 'b', 'c'].forEach(s => table.intern(s));
    expect(table.size).toBe(3);
    table.intern('d');
    expect(table.size).toBe(1);
    expect(table.intern('a')).toBe('a');
    expect(table.size).toBe(2);
  });
});
