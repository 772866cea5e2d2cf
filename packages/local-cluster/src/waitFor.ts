/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { setTimeout as sleep } from 'node:timers/promises';

export interface WaitOptions {
  timeoutMs: number;
  intervalMs?: number;
  /** Named in the timeout error: "timed out after 60s waiting for <description>". */
  description: string;
  /** Stops waiting early, e.g. when the process being waited on has exited. */
  abortIf?: () => string | undefined;
}

/**
 * Polls `probe` until it returns a value other than undefined. The last probe
 * error is kept for the timeout message, which is what one needs to debug it.
 */
export async function waitFor<T>(
  probe: () => Promise<T | undefined>,
  options: WaitOptions,
): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  let lastProblem = '';
  for (;;) {
    const abortReason = options.abortIf?.();
    if (abortReason) {
      throw new Error(
        `gave up waiting for ${options.description}: ${abortReason}`,
      );
    }
    try {
      const value = await probe();
      if (value !== undefined) {
        return value;
      }
    } catch (error) {
      lastProblem = String((error as Error)?.message ?? error);
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${Math.round(options.timeoutMs / 1000)}s waiting for ${
          options.description
        }${lastProblem ? ` (last error: ${lastProblem})` : ''}`,
      );
    }
    await sleep(options.intervalMs ?? 250);
  }
}
