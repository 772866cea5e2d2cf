/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { useEffect, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useLiveRefresh } from './useLiveRefresh';

/**
 * The state of data that keeps itself current.
 *
 * `loading` is only true before the first answer for the current key: a
 * refresh keeps showing the previous data instead of flashing a spinner, and
 * a failed refresh keeps it too, reporting the failure in `refreshError`.
 */
export interface LiveAsyncState<T> {
  value?: T;
  loading: boolean;
  /** The first load failed: there is nothing to show. */
  error?: Error;
  /** A refresh failed: `value` is the last good answer, from `updatedAt`. */
  refreshError?: Error;
  /** When `value` was fetched (ms since epoch). */
  updatedAt?: number;
  /** Whether updates arrive by signal (true) or by polling (false). */
  live: boolean;
  retry: () => void;
}

/** Options of {@link useLiveAsync}. */
export interface LiveAsyncOptions {
  /** Identifies what is loaded; data loaded for another key is never shown. */
  key: string;
  /** The signal channel announcing changes. */
  channel: string;
  throttleMs?: number;
  enabled?: boolean;
}

type Outcome<T> =
  | { key: string; value: T; at: number; error?: undefined }
  | { key: string; error: Error; value?: undefined; at?: undefined };

/**
 * `useAsyncRetry` plus live updates (see {@link useLiveRefresh}) and
 * last-good-value semantics, shared by the data hooks.
 */
export function useLiveAsync<T>(
  load: () => Promise<T>,
  options: LiveAsyncOptions,
): LiveAsyncState<T> {
  const { key, channel, throttleMs, enabled = true } = options;
  // Outcomes carry their key: react-use keeps the previous outcome while the
  // next load runs, and it must not show under a different key.
  const state = useAsyncRetry(async (): Promise<Outcome<T>> => {
    if (!enabled) return { key, error: new Error('not requested') };
    try {
      return { key, value: await load(), at: Date.now() };
    } catch (error) {
      return { key, error: error as Error };
    }
    // `load` closes over the inputs `key` is built from.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, enabled]);
  const outcome = state.value?.key === key ? state.value : undefined;

  const [lastGood, setLastGood] = useState<Outcome<T> | undefined>(undefined);
  useEffect(() => {
    if (outcome && !outcome.error) setLastGood(outcome);
  }, [outcome]);

  const live = useLiveRefresh({
    channel,
    refresh: state.retry,
    loading: state.loading,
    throttleMs,
    enabled,
  });

  const previous = lastGood?.key === key ? lastGood : undefined;
  const good = outcome && !outcome.error ? outcome : previous;
  const failed =
    enabled && !state.loading && outcome?.error ? outcome.error : undefined;
  return {
    value: good?.value,
    loading: enabled && !good && !failed,
    error: good ? undefined : failed,
    refreshError: good ? failed : undefined,
    updatedAt: good?.at,
    live,
    retry: state.retry,
  };
}
