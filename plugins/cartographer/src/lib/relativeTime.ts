/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */

/** "3m ago"-style age of a timestamp; undefined when there is none. */
export function relativeTime(
  iso: string | undefined,
  now = Date.now(),
): string | undefined {
  if (!iso) return undefined;
  const millis = Date.parse(iso);
  if (Number.isNaN(millis)) return undefined;
  const seconds = Math.max(0, Math.round((now - millis) / 1000));
  if (seconds < 60) return `${seconds}s ago`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m ago`;
  if (seconds < 86400) return `${Math.floor(seconds / 3600)}h ago`;
  return `${Math.floor(seconds / 86400)}d ago`;
}

/** "3d"-style age (no "ago"), for age columns. */
export function age(iso: string | undefined, now = Date.now()) {
  return relativeTime(iso, now)?.replace(' ago', '');
}
