/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  cartographerWorkloadReadPermission,
  HistoryResponse,
  MetricsResponse,
  MetricsWindowName,
  WorkloadsMetricsResponse,
  WorkloadSummary,
} from '@internal/plugin-cartographer-common';
import { WorkloadAuthorizer } from '../permissions/WorkloadAuthorizer';
import { CartographerService } from '../service/CartographerService';
import { WorkloadFilter } from '../service/workloadFilter';
import { HistoryReader, HistorySubject } from './HistoryReader';

type WorkloadRef = { cluster: string; namespace: string; name: string };

/**
 * Which workloads aggregate metrics cover: those in every group of scopes
 * (each group a union, such as a system's member components), and only the
 * named workload when one is; nothing selected means every workload.
 */
export interface MetricsSelection {
  scopes: WorkloadFilter[][];
  workload?: WorkloadRef;
}

/**
 * History and metrics as a caller may read them: only workloads the read
 * permission allows, and of each only the Deliverables it allows, under the
 * same rules as the workloads routes.
 */
export class AuthorizedHistory {
  constructor(
    private readonly service: Pick<
      CartographerService,
      'rawWorkload' | 'workloads' | 'deliverablesOf'
    >,
    private readonly reader: Pick<
      HistoryReader,
      'timeline' | 'metrics' | 'metricsPerWorkload'
    >,
    private readonly authorizer: Pick<
      WorkloadAuthorizer,
      'assertRead' | 'filter'
    >,
  ) {}

  async timeline(
    ref: WorkloadRef,
    credentials: BackstageCredentials,
  ): Promise<HistoryResponse> {
    await this.assertRead(ref, credentials);
    return this.reader.timeline(await this.subject(ref, credentials));
  }

  async workloadMetrics(
    ref: WorkloadRef,
    window: MetricsWindowName,
    credentials: BackstageCredentials,
  ): Promise<MetricsResponse> {
    await this.assertRead(ref, credentials);
    return this.reader.metrics([await this.subject(ref, credentials)], window);
  }

  /**
   * The metrics of the workloads a selection covers that the caller may
   * read. Asking for one workload the caller may not read is a 404, as on
   * its own route.
   */
  async metrics(
    selection: MetricsSelection,
    window: MetricsWindowName,
    credentials: BackstageCredentials,
  ): Promise<MetricsResponse> {
    if (selection.workload) {
      const { cluster, namespace, name } = selection.workload;
      await this.assertRead(selection.workload, credentials);
      this.service.rawWorkload(cluster, namespace, name); // 404 if unknown
    }
    const visible = await this.authorizer.filter(
      cartographerWorkloadReadPermission,
      this.selected(selection),
      credentials,
    );
    return this.reader.metrics(
      await this.subjects(visible, credentials),
      window,
    );
  }

  /**
   * Each named workload's own metrics, for a page of the workloads index.
   * Unknown workloads and those the caller may not read are left out, so
   * one of them never blanks the others' cells.
   */
  async workloadsMetrics(
    refs: WorkloadRef[],
    window: MetricsWindowName,
    credentials: BackstageCredentials,
  ): Promise<WorkloadsMetricsResponse> {
    const known = refs.filter(ref => {
      try {
        this.service.rawWorkload(ref.cluster, ref.namespace, ref.name);
        return true;
      } catch {
        return false;
      }
    });
    const visible = await this.authorizer.filter(
      cartographerWorkloadReadPermission,
      known,
      credentials,
    );
    return this.reader.metricsPerWorkload(
      await this.subjects(visible, credentials),
      window,
    );
  }

  /** The rows in every group of scopes, and the one workload if named. */
  private selected({ scopes, workload }: MetricsSelection): WorkloadSummary[] {
    const keyOf = (w: WorkloadRef) => `${w.cluster}/${w.namespace}/${w.name}`;
    let rows = workload
      ? this.service
          .workloads({
            cluster: workload.cluster,
            namespace: workload.namespace,
          })
          .filter(row => row.name === workload.name)
      : undefined;
    for (const union of scopes) {
      const inUnion = new Map<string, WorkloadSummary>();
      for (const filter of union) {
        for (const row of this.service.workloads(filter)) {
          inUnion.set(keyOf(row), row);
        }
      }
      rows = rows
        ? rows.filter(row => inUnion.has(keyOf(row)))
        : [...inUnion.values()];
    }
    return rows ?? this.service.workloads({});
  }

  private assertRead(ref: WorkloadRef, credentials: BackstageCredentials) {
    return this.authorizer.assertRead(
      cartographerWorkloadReadPermission,
      ref,
      credentials,
    );
  }

  private async subject(
    ref: WorkloadRef,
    credentials: BackstageCredentials,
  ): Promise<HistorySubject> {
    return (await this.subjects([ref], credentials))[0];
  }

  /**
   * The workloads with the Deliverables of each the caller may read, from
   * one permission decision for all of them.
   */
  private async subjects(
    refs: WorkloadRef[],
    credentials: BackstageCredentials,
  ): Promise<HistorySubject[]> {
    const candidates = refs.map(ref => {
      const { workload } = this.service.rawWorkload(
        ref.cluster,
        ref.namespace,
        ref.name,
      );
      return this.service.deliverablesOf(ref.cluster, workload);
    });
    const readable = new Set(
      await this.authorizer.filter(
        cartographerWorkloadReadPermission,
        candidates.flat(),
        credentials,
      ),
    );
    return refs.map((ref, index) => ({
      cluster: ref.cluster,
      namespace: ref.namespace,
      name: ref.name,
      deliverables: candidates[index]
        .filter(d => readable.has(d))
        .map(d => ({
          cluster: d.cluster,
          namespace: d.namespace,
          name: d.name,
        })),
    }));
  }
}
