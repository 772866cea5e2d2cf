/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { NotFoundError } from '@backstage/errors';
import {
  buildSupplyChainGraph,
  ClusterSupplyChain,
  evaluateJsonPath,
  Runnable,
  StageDetailResponse,
  StageEvent,
  Workload,
} from '@internal/plugin-cartographer-common';
import { stringify } from 'yaml';
import { ClusterCache } from '../cache/ClusterCache';
import { RunReader } from '../runs/RunReader';
import { CartographerService } from './CartographerService';
import { ClusterError } from '../clusters/kubernetesErrors';
import { readStampedHistory } from './stampedHistory';
import { selectedChain } from './summaries';

const TTL_MS = 5_000;

/** Removes what must never reach a browser: Secret data and managed fields. */
function sanitize(object: any) {
  const copy = structuredClone(object ?? {});
  if (copy.kind === 'Secret') {
    for (const key of ['data', 'stringData']) {
      if (copy[key])
        copy[key] = Object.fromEntries(
          Object.keys(copy[key]).map(k => [k, '(hidden)']),
        );
    }
  }
  if (copy.metadata) delete copy.metadata.managedFields;
  return copy;
}

/**
 * Reads one stage's stamped object, its CRD printer columns and its events on
 * demand (the only reads not served by the watch caches), briefly cached.
 */
export class StageReader {
  private readonly cache = new Map<
    string,
    { at: number; value: Promise<StageDetailResponse> }
  >();

  constructor(
    private readonly service: CartographerService,
    private readonly runs = new RunReader(),
  ) {}

  async stage(
    clusterName: string,
    namespace: string,
    name: string,
    stage: string,
  ): Promise<StageDetailResponse> {
    const key = `${clusterName}/${namespace}/${name}/${stage}`;
    const hit = this.cache.get(key);
    if (hit && Date.now() - hit.at < TTL_MS) {
      return hit.value;
    }
    const value = this.read(clusterName, namespace, name, stage);
    this.cache.set(key, { at: Date.now(), value });
    value.catch(() => this.cache.delete(key));
    return value;
  }

  private async read(
    clusterName: string,
    namespace: string,
    name: string,
    stageName: string,
  ): Promise<StageDetailResponse> {
    const { cluster, workload } = this.service.rawWorkload(
      clusterName,
      namespace,
      name,
    );
    const chain = selectedChain(
      workload,
      cluster.list<ClusterSupplyChain>('ClusterSupplyChain'),
    );
    const node = chain
      ? buildSupplyChainGraph(chain, workload).nodes.find(
          n => n.name === stageName,
        )
      : undefined;
    if (!node) {
      throw new NotFoundError(
        `workload ${namespace}/${name} has no stage "${stageName}"`,
      );
    }
    const result: StageDetailResponse = {
      stage: node,
      printerColumns: [],
      events: [],
      warnings: [],
    };
    const ref = node.stampedRef;
    if (!ref?.kind || !ref.name) {
      return result;
    }
    const object = await this.readObject(cluster, ref, result.warnings);
    if (object) {
      result.yaml = stringify(sanitize(object));
      result.printerColumns = await this.printerColumns(
        cluster,
        ref.resource,
        object,
        result.warnings,
      );
    }
    result.events = await this.events(
      cluster,
      ref.namespace ?? namespace,
      ref.name,
      result.warnings,
    );
    if (ref.kind === 'Runnable') {
      const runnable =
        cluster.get<Runnable>(
          'Runnable',
          ref.namespace ?? namespace,
          ref.name,
        ) ?? (object as Runnable | undefined);
      if (runnable) result.runs = await this.runs.history(cluster, runnable);
    }
    result.history = await this.history(
      cluster,
      workload,
      stageName,
      ref,
      result.warnings,
    );
    return result;
  }

  private async history(
    cluster: ClusterCache,
    workload: Workload,
    stage: string,
    ref: NonNullable<StageDetailResponse['stage']['stampedRef']>,
    warnings: string[],
  ) {
    try {
      return await readStampedHistory(cluster, workload, stage, ref);
    } catch (error) {
      warnings.push((error as Error).message);
      return undefined;
    }
  }

  private async readObject(
    cluster: ClusterCache,
    ref: NonNullable<StageDetailResponse['stage']['stampedRef']>,
    warnings: string[],
  ) {
    try {
      return await cluster.client.read({
        apiVersion: ref.apiVersion!,
        kind: ref.kind!,
        name: ref.name!,
        namespace: ref.namespace,
      });
    } catch (error) {
      warnings.push((error as Error).message);
      return undefined;
    }
  }

  private async printerColumns(
    cluster: ClusterCache,
    resource: string | undefined,
    object: any,
    warnings: string[],
  ) {
    // Core kinds (resource without a group) have no CRD to read columns from.
    if (!resource || !resource.includes('.')) {
      return [];
    }
    try {
      const crd = await cluster.client.crd(resource);
      const version =
        crd.spec.versions.find(v =>
          object?.apiVersion?.endsWith(`/${v.name}`),
        ) ?? crd.spec.versions[0];
      return (version?.additionalPrinterColumns ?? []).map(column => {
        const values = evaluateJsonPath(
          object,
          column.jsonPath.replace(/^\./, ''),
        );
        return {
          name: column.name,
          value: values
            .map(v => (typeof v === 'string' ? v : JSON.stringify(v)))
            .join(', '),
        };
      });
    } catch (error) {
      // Built-in API groups (jobs.batch, deployments.apps) have no CRD.
      if ((error as ClusterError).kubernetesStatus === 404) return [];
      warnings.push((error as Error).message);
      return [];
    }
  }

  private async events(
    cluster: ClusterCache,
    namespace: string,
    name: string,
    warnings: string[],
  ): Promise<StageEvent[]> {
    try {
      const events = await cluster.client.events(namespace, name);
      return events
        .map(e => ({
          type: e.type,
          reason: e.reason,
          message: e.message,
          count: e.count,
          lastTimestamp: (
            e.lastTimestamp ??
            e.eventTime ??
            e.metadata?.creationTimestamp
          )?.toString(),
        }))
        .sort((a, b) =>
          (b.lastTimestamp ?? '').localeCompare(a.lastTimestamp ?? ''),
        );
    } catch (error) {
      warnings.push((error as Error).message);
      return [];
    }
  }
}
