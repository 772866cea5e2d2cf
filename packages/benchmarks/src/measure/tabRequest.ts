/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { appEntity } from '../backend/catalog';
import { BackendProcess } from '../backend/BackendProcess';

/**
 * The request an entity's tab makes, for application i:
 * ours `GET /workloads?entityRef=…` (answered from the cache), stock
 * `POST /services/<name>` with the entity (fans out to the cluster).
 * Resolves with the parsed body; throws on a non-2xx answer.
 */
export async function tabRequest(
  backend: BackendProcess,
  i: number,
): Promise<unknown> {
  const response =
    backend.target === 'cartographer'
      ? await backend.fetch(
          `/api/cartographer/workloads?entityRef=${encodeURIComponent(
            `component:default/app-${i}`,
          )}`,
        )
      : await backend.fetch(`/api/kubernetes/services/app-${i}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ entity: appEntity(i) }),
        });
  const body = await response.json();
  if (!response.ok) {
    throw new Error(
      `${backend.target} tab request for app-${i}: HTTP ${response.status} ${JSON.stringify(body).slice(0, 300)}`,
    );
  }
  return body;
}

/** How many workloads of app i a tab response shows (both must show 1). */
export function workloadsShown(backend: BackendProcess, body: unknown): number {
  if (backend.target === 'cartographer') {
    return (body as { totalItems: number }).totalItems;
  }
  const items = (
    body as {
      items: Array<{
        resources: Array<{ type: string; resources: unknown[] }>;
      }>;
    }
  ).items;
  return items
    .flatMap(cluster => cluster.resources)
    .filter(r => r.type === 'customresources')
    .reduce((sum, r) => sum + r.resources.length, 0);
}

/** Sees each answer of a measured run (outside the timed part). */
export type InspectAnswer = (app: number, body: unknown) => void;

/** Times one tab request, in ms. */
export async function timedTabRequest(
  backend: BackendProcess,
  i: number,
  inspect?: InspectAnswer,
): Promise<number> {
  const started = performance.now();
  const body = await tabRequest(backend, i);
  const elapsed = performance.now() - started;
  inspect?.(i, body);
  return elapsed;
}
