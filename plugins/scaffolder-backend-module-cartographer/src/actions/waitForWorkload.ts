/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { LoggerService } from '@backstage/backend-plugin-api';
import { isError, NotFoundError } from '@backstage/errors';
import { WorkloadDetailResponse } from '@internal/plugin-cartographer-common';
import {
  CartographerBackendApi,
  CartographerRequestOptions,
  CartographerWorkloadKey,
} from '@internal/plugin-cartographer-node';

/** Options of {@link waitForWorkload}. */
export interface WaitForWorkloadOptions {
  client: CartographerBackendApi;
  workload: CartographerWorkloadKey;
  /** `selected`: a supply chain took the workload; `ready`: its Ready condition is True. */
  until: 'selected' | 'ready';
  timeoutMs: number;
  intervalMs?: number;
  request: CartographerRequestOptions;
  logger: LoggerService;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new Error('the task was cancelled'));
      return;
    }
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new Error('the task was cancelled'));
      },
      { once: true },
    );
  });
}

function reached(
  detail: WorkloadDetailResponse,
  until: WaitForWorkloadOptions['until'],
): boolean {
  if (until === 'selected') {
    return !!detail.workload.supplyChain;
  }
  return detail.conditions.some(c => c.type === 'Ready' && c.status === 'True');
}

/**
 * Polls the backend's workload detail until the workload is selected or
 * Ready, logging each stage as it changes state so the task log shows the
 * supply chain progressing. Times out with the backend's diagnosis.
 */
export async function waitForWorkload(
  options: WaitForWorkloadOptions,
): Promise<WorkloadDetailResponse> {
  const { client, workload, until, request, logger } = options;
  const intervalMs = options.intervalMs ?? 2000;
  const deadline = Date.now() + options.timeoutMs;
  const stageStates = new Map<string, string>();
  const where = `${workload.namespace}/${workload.name} on cluster ${workload.cluster}`;
  let last: WorkloadDetailResponse | undefined;
  logger.info(
    `Waiting up to ${Math.round(options.timeoutMs / 1000)}s for workload ${where} to be ${until}`,
  );

  for (;;) {
    try {
      last = await client.getWorkload(workload, request);
    } catch (error) {
      // The backend's watch cache may not have seen a brand-new workload yet.
      if (!(isError(error) && error.name === NotFoundError.name)) throw error;
    }
    if (last) {
      for (const node of last.graph?.nodes ?? []) {
        if (stageStates.get(node.name) === node.state) continue;
        stageStates.set(node.name, node.state);
        if (node.state === 'ready') {
          logger.info(`Stage ${node.name} is Ready`);
        } else if (node.state === 'failed') {
          const ready = node.conditions.find(c => c.status === 'False');
          logger.warn(
            `Stage ${node.name} is failing${ready?.message ? `: ${ready.message}` : ''}`,
          );
        }
      }
      if (reached(last, until)) {
        logger.info(
          until === 'selected'
            ? `Workload ${where} was taken by supply chain ${last.workload.supplyChain}`
            : `Workload ${where} is Ready`,
        );
        return last;
      }
    }
    if (Date.now() >= deadline) {
      throw new Error(
        `Workload ${where} was not ${until} after ${Math.round(options.timeoutMs / 1000)}s ` +
          `(it was created and stays in the cluster): ${last?.diagnosis.summary ?? 'the backend has not seen it yet'}`,
      );
    }
    await sleep(intervalMs, request.signal);
  }
}
