/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */

const UNITS: Array<[string, number]> = [
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['m', 60_000],
  ['s', 1000],
];

/**
 * A duration in its largest unit and the next ("3m 20s", "2d 4h"), "0s" below a
 * second, "–" when unknown: how the timeline and metrics cards show them.
 * @public
 */
export function formatDuration(ms: number | undefined): string {
  if (ms === undefined || Number.isNaN(ms)) return '–';
  const total = Math.max(0, Math.round(ms / 1000) * 1000);
  const first = UNITS.findIndex(([, size]) => total >= size);
  if (first < 0) return '0s';
  return UNITS.slice(first, first + 2)
    .map(([unit, size], index) => {
      const above = index ? UNITS[first][1] : Infinity;
      const count = Math.floor((total % above) / size);
      return count ? `${count}${unit}` : '';
    })
    .filter(Boolean)
    .join(' ');
}
