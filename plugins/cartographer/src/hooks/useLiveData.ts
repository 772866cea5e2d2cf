/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { useSignal } from '@backstage/plugin-signals-react';
import { WORKLOADS_SIGNAL_CHANNEL } from '@internal/plugin-cartographer-common';
import { DependencyList, useEffect, useRef, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';

const POLL_MS = 10_000;

/**
 * Loads data and keeps it current: refetches in place (no spinner) when the
 * backend signals a workload change, or polls when signals are not installed.
 */
export function useLiveData<T>(load: () => Promise<T>, deps: DependencyList) {
  const state = useAsyncRetry(load, deps);
  const [last, setLast] = useState<T | undefined>(undefined);
  const { lastSignal, isSignalsAvailable } = useSignal(
    WORKLOADS_SIGNAL_CHANNEL,
  );
  const retry = useRef(state.retry);
  retry.current = state.retry;

  useEffect(() => {
    if (state.value !== undefined) setLast(state.value);
  }, [state.value]);

  useEffect(() => {
    if (lastSignal) retry.current();
  }, [lastSignal]);

  useEffect(() => {
    if (isSignalsAvailable) return undefined;
    const timer = setInterval(() => retry.current(), POLL_MS);
    return () => clearInterval(timer);
  }, [isSignalsAvailable]);

  return {
    value: state.value ?? last,
    loading: state.loading && last === undefined,
    error: state.error,
    retry: state.retry,
  };
}
