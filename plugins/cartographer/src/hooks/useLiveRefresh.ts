/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { useSignal } from '@backstage/plugin-signals-react';
import { useEffect, useRef } from 'react';

/** How often views poll when the signals plugin is not installed. */
export const POLL_INTERVAL_MS = 10_000;

/** Options of {@link useLiveRefresh}. */
export interface LiveRefreshOptions {
  /** The signal channel announcing changes to what is shown. */
  channel: string;
  /** Re-reads the data; called at most once per `throttleMs`. */
  refresh: () => void;
  /** Whether a read is in flight: a change seen meanwhile is replayed after it. */
  loading: boolean;
  /** Minimum time between two refreshes caused by signals. */
  throttleMs?: number;
  pollIntervalMs?: number;
  /** Set to false to stop listening (e.g. a closed drawer). */
  enabled?: boolean;
}

/**
 * Keeps a view current: refreshes when the backend publishes a signal on
 * `channel`, and polls instead when the signals plugin is not installed.
 * Returns whether updates arrive live (true) or by polling (false).
 */
export function useLiveRefresh(options: LiveRefreshOptions): boolean {
  const {
    channel,
    loading,
    throttleMs = 0,
    pollIntervalMs = POLL_INTERVAL_MS,
    enabled = true,
  } = options;
  const { lastSignal, isSignalsAvailable } = useSignal(channel);
  const refresh = useRef(options.refresh);
  refresh.current = options.refresh;
  const loadingRef = useRef(loading);
  loadingRef.current = loading;
  // A change that arrived while a read was in flight, or inside the throttle window.
  const pending = useRef(false);
  const lastRefreshAt = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const runPending = useRef(() => {});
  runPending.current = () => {
    if (!pending.current || loadingRef.current || timer.current) return;
    const wait = lastRefreshAt.current + throttleMs - Date.now();
    if (wait > 0) {
      timer.current = setTimeout(() => {
        timer.current = undefined;
        runPending.current();
      }, wait);
      return;
    }
    pending.current = false;
    lastRefreshAt.current = Date.now();
    refresh.current();
  };

  useEffect(() => {
    if (!enabled || !lastSignal) return;
    pending.current = true;
    runPending.current();
  }, [lastSignal, enabled]);

  // useAsyncRetry ignores a retry while loading; replay the change afterwards.
  useEffect(() => {
    if (!loading) runPending.current();
  }, [loading]);

  useEffect(() => () => clearTimeout(timer.current), []);

  useEffect(() => {
    if (!enabled || isSignalsAvailable) return undefined;
    const interval = setInterval(() => {
      // Nobody is looking at a hidden tab; the next visible tick catches up.
      if (typeof document !== 'undefined' && document.hidden) return;
      if (!loadingRef.current) refresh.current();
    }, pollIntervalMs);
    return () => clearInterval(interval);
  }, [enabled, isSignalsAvailable, pollIntervalMs]);

  return isSignalsAvailable;
}
