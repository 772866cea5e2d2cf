/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { relativeTime } from '../../lib/relativeTime';

/** "5m ago", with the exact time on hover and for assistive technology. */
export function RelativeTime({
  time,
  prefix,
}: {
  time?: string;
  prefix?: string;
}) {
  const text = relativeTime(time);
  if (!time || !text) return null;
  const exact = new Date(time).toLocaleString();
  return (
    <time dateTime={time} title={exact}>
      {prefix ? `${prefix} ` : ''}
      {text}
    </time>
  );
}
