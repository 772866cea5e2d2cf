/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  AuthService,
  coreServices,
  createBackendPlugin,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  CatalogService,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { cartographerClientServiceRef } from '@internal/plugin-cartographer-node';
import type { CartographerWorkloadCollatorFactory } from '@internal/plugin-search-backend-module-cartographer';

export interface CollationResult {
  /** Collator start to last document, through the backend's HTTP API. */
  collateMs: number;
  documents: number;
  /** The documents as JSON: what a search engine receives. */
  documentBytes: number;
  /** Building the in-memory (Lunr) index from those documents. */
  indexMs: number;
  /** The serialized Lunr index, the default engine's in-memory index. */
  indexBytes: number;
}

type Deps = {
  client: ConstructorParameters<
    typeof CartographerWorkloadCollatorFactory
  >[0]['client'];
  auth: AuthService;
  catalog: CatalogService;
  logger: LoggerService;
};
let captured: Deps | undefined;

/**
 * A plugin that only captures what the search module's collator needs,
 * so the benchmark can run one collation on demand instead of on the
 * search plugin's schedule.
 */
export const collationProbePlugin = createBackendPlugin({
  pluginId: 'bench',
  register(env) {
    env.registerInit({
      deps: {
        client: cartographerClientServiceRef,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
        logger: coreServices.logger,
      },
      async init(deps) {
        captured = deps;
      },
    });
  },
});

/**
 * One collation of every workload, then an in-memory index of the result.
 * The search code is imported only now, so it does not count in the
 * backend's memory after sync.
 */
export async function runCollation(): Promise<CollationResult> {
  if (!captured) throw new Error('collation probe not initialized');
  const { CartographerWorkloadCollatorFactory } =
    await import('@internal/plugin-search-backend-module-cartographer');
  const { LunrSearchEngine } =
    await import('@backstage/plugin-search-backend-node');
  const factory = new CartographerWorkloadCollatorFactory(captured);
  const documents: object[] = [];
  const started = performance.now();
  for await (const document of await factory.getCollator()) {
    documents.push(document);
  }
  const collateMs = performance.now() - started;
  const documentBytes = documents.reduce<number>(
    (sum, d) => sum + Buffer.byteLength(JSON.stringify(d)),
    0,
  );

  const engine = new LunrSearchEngine({ logger: captured.logger });
  const indexStarted = performance.now();
  const indexer = (await engine.getIndexer(factory.type)) as Writable;
  await pipeline(Readable.from(documents), indexer);
  const indexMs = performance.now() - indexStarted;
  // The engine keeps its indices in a protected field.
  const index = (
    engine as unknown as { lunrIndices: Record<string, { toJSON(): object }> }
  ).lunrIndices[factory.type];
  const indexBytes = index
    ? Buffer.byteLength(JSON.stringify(index.toJSON()))
    : 0;
  return {
    collateMs,
    documents: documents.length,
    documentBytes,
    indexMs,
    indexBytes,
  };
}
