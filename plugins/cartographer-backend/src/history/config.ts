/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds } from '@backstage/types';

/** How `cartographer.history` is set; see config.d.ts. */
export interface HistoryOptions {
  /** Records older than this are deleted by the retention task. */
  retentionMs: number;
}

export const historyDefaults: HistoryOptions = {
  retentionMs: 90 * 86_400_000,
};

/** Reads `cartographer.history`; an invalid duration names its key. */
export function readHistoryOptions(config: Config): HistoryOptions {
  const section = config.getOptionalConfig('cartographer.history');
  if (!section?.has('retention')) return historyDefaults;
  return {
    retentionMs: durationToMilliseconds(
      readDurationFromConfig(section, { key: 'retention' }),
    ),
  };
}
