/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  SignalPayload,
  signalsServiceRef,
} from '@backstage/plugin-signals-node';

/** What the child process reports to the benchmark for every signal. */
export interface SignalRecord {
  type: 'signal';
  /** Epoch ms when the backend handed the signal to the signals service. */
  at: number;
  channel: string;
  message: unknown;
}

/**
 * A signals service that forwards every published signal to the parent
 * process, the benchmark's subscribed client.
 */
export const recordingSignalsFactory = createServiceFactory({
  service: signalsServiceRef,
  deps: {},
  factory: () => ({
    async publish(signal: SignalPayload) {
      const record: SignalRecord = {
        type: 'signal',
        at: Date.now(),
        channel: signal.channel,
        message: signal.message,
      };
      process.send?.(record);
    },
  }),
});
