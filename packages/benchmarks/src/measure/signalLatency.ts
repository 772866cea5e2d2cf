/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import type { KubeConfig } from '@kubernetes/client-node';
import { workloadSignalChannel } from '@internal/plugin-cartographer-common';
import { BackendProcess } from '../backend/BackendProcess';
import {
  patchStatus,
  readWorkload,
  workloadName,
  workloadNamespace,
} from '../load/workloads';
import { summarize, Summary } from '../stats';

/**
 * Time from a status write at the API server to the backend publishing the
 * workload's signal: patch Ready of one workload with the admin client,
 * wait for the signal on that workload's channel. Includes the watch event,
 * the cache update and the publisher's 100 ms debounce; the signals
 * plugin's own hop to the browser (events bus + WebSocket) is not included.
 */
export async function signalLatency(
  backend: BackendProcess,
  admin: KubeConfig,
  options: { changes: number; apps: number; namespaces: number },
): Promise<Summary & { missed: number }> {
  const times: number[] = [];
  let missed = 0;
  for (let k = 0; k < options.changes; k++) {
    const i = Math.floor((k * options.apps) / options.changes);
    const name = workloadName(i);
    const namespace = workloadNamespace(i, options.namespaces);
    const channel = workloadSignalChannel('local', namespace, name);
    let stopListening = () => {};
    const received = new Promise<number>(resolve => {
      stopListening = backend.onSignal(signal => {
        if (signal.channel === channel) resolve(signal.at);
      });
    });
    // Flip Ready and keep the other conditions (merge patch replaces arrays).
    const current = await readWorkload(admin, namespace, name);
    const conditions = (current.status?.conditions ?? []).filter(
      c => c.type !== 'Ready',
    );
    conditions.push({
      type: 'Ready',
      status: k % 2 === 0 ? 'False' : 'True',
      reason: k % 2 === 0 ? 'HealthyConditionRule' : 'Ready',
      message: `benchmark change ${k}`,
      lastTransitionTime: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    });
    const started = Date.now();
    await patchStatus(admin, namespace, name, { conditions });
    const at = await Promise.race([
      received,
      new Promise<undefined>(resolve =>
        setTimeout(() => resolve(undefined), 10_000),
      ),
    ]);
    stopListening();
    if (at === undefined) missed++;
    else times.push(at - started);
    // Apart from the next change, so the debounce does not merge them.
    await new Promise(resolve => setTimeout(resolve, 250));
  }
  return { ...summarize(times), missed };
}
