/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { TestApiProvider } from '@backstage/frontend-test-utils';
import { signalApiRef } from '@backstage/plugin-signals-react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { ReactNode } from 'react';
import { POLL_INTERVAL_MS } from './useLiveRefresh';
import { useLiveAsync } from './useLiveAsync';

/** A signal API whose tests publish by hand. */
function fakeSignals() {
  const listeners = new Map<string, Array<(message: object) => void>>();
  return {
    api: {
      subscribe: jest.fn(
        (channel: string, onMessage: (message: object) => void) => {
          listeners.set(channel, [
            ...(listeners.get(channel) ?? []),
            onMessage,
          ]);
          return {
            unsubscribe: () =>
              listeners.set(
                channel,
                (listeners.get(channel) ?? []).filter(l => l !== onMessage),
              ),
          };
        },
      ),
    },
    publish: (channel: string, message: object) =>
      act(() => (listeners.get(channel) ?? []).forEach(l => l(message))),
  };
}

describe('useLiveAsync', () => {
  afterEach(() => jest.useRealTimers());

  it('refetches in place when the channel signals, without a loading state', async () => {
    const signals = fakeSignals();
    let version = 0;
    const load = jest.fn(async () => ++version);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <TestApiProvider apis={[[signalApiRef, signals.api]]}>
        {children}
      </TestApiProvider>
    );
    const { result } = renderHook(
      () =>
        useLiveAsync(load, {
          key: 'w',
          channel: 'cartographer:workload:dev/apps/w',
        }),
      { wrapper },
    );
    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(result.current.value).toBe(1));
    expect(result.current.live).toBe(true);

    const seen: Array<boolean> = [];
    signals.publish('cartographer:workload:dev/apps/w', { change: 'modified' });
    seen.push(result.current.loading);
    await waitFor(() => expect(result.current.value).toBe(2));
    seen.push(result.current.loading);
    expect(seen).toEqual([false, false]);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('keeps the last good value when a refresh fails, and reports it', async () => {
    const signals = fakeSignals();
    const load = jest
      .fn()
      .mockResolvedValueOnce('first')
      .mockRejectedValueOnce(new Error('connection reset'));
    const wrapper = ({ children }: { children: ReactNode }) => (
      <TestApiProvider apis={[[signalApiRef, signals.api]]}>
        {children}
      </TestApiProvider>
    );
    const { result } = renderHook(
      () => useLiveAsync(load, { key: 'k', channel: 'c' }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.value).toBe('first'));
    signals.publish('c', {});
    await waitFor(() =>
      expect(result.current.refreshError?.message).toBe('connection reset'),
    );
    expect(result.current.value).toBe('first');
    expect(result.current.error).toBeUndefined();
  });

  it('never shows the value of another key', async () => {
    let resolveSecond: (v: string) => void = () => {};
    const load = jest
      .fn()
      .mockResolvedValueOnce('stage A')
      .mockImplementationOnce(() => new Promise(r => (resolveSecond = r)));
    const { result, rerender } = renderHook(
      ({ key }) => useLiveAsync(load, { key, channel: 'c' }),
      { initialProps: { key: 'a' } },
    );
    await waitFor(() => expect(result.current.value).toBe('stage A'));
    rerender({ key: 'b' });
    expect(result.current.value).toBeUndefined();
    expect(result.current.loading).toBe(true);
    await act(async () => resolveSecond('stage B'));
    expect(result.current.value).toBe('stage B');
  });

  it('polls when the signals plugin is not installed', async () => {
    jest.useFakeTimers();
    let version = 0;
    const load = jest.fn(async () => ++version);
    const { result } = renderHook(() =>
      useLiveAsync(load, { key: 'k', channel: 'c' }),
    );
    await act(async () => {});
    expect(result.current.value).toBe(1);
    expect(result.current.live).toBe(false);
    await act(async () => {
      jest.advanceTimersByTime(POLL_INTERVAL_MS);
    });
    expect(result.current.value).toBe(2);
    expect(result.current.loading).toBe(false);
  });
});
