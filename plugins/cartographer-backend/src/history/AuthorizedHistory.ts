/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  cartographerWorkloadReadPermission,
  HistoryResponse,
  MetricsResponse,
  MetricsWindowName,
  WorkloadSummary,
} from '@internal/plugin-cartographer-common';
import { WorkloadAuthorizer } from '../permissions/WorkloadAuthorizer';
import { CartographerService } from '../service/CartographerService';
import { WorkloadFilter } from '../service/workloadFilter';
import { HistoryReader, HistorySubject } from './HistoryReader';

type WorkloadRef = { cluster: string; namespace: string; name: string };

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
    private readonly reader: Pick<HistoryReader, 'timeline' | 'metrics'>,
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
   * The metrics of every workload the filters select (any of them, each
   * counted once) that the caller may read.
   */
  async metrics(
    filters: WorkloadFilter | WorkloadFilter[],
    window: MetricsWindowName,
    credentials: BackstageCredentials,
  ): Promise<MetricsResponse> {
    const selected = new Map<string, WorkloadSummary>();
    for (const filter of [filters].flat()) {
      for (const row of this.service.workloads(filter)) {
        selected.set(`${row.cluster}/${row.namespace}/${row.name}`, row);
      }
    }
    const visible = await this.authorizer.filter(
      cartographerWorkloadReadPermission,
      [...selected.values()],
      credentials,
    );
    const subjects: HistorySubject[] = [];
    for (const workload of visible) {
      subjects.push(await this.subject(workload, credentials));
    }
    return this.reader.metrics(subjects, window);
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
    const { workload } = this.service.rawWorkload(
      ref.cluster,
      ref.namespace,
      ref.name,
    );
    const deliverables = await this.authorizer.filter(
      cartographerWorkloadReadPermission,
      this.service.deliverablesOf(ref.cluster, workload),
      credentials,
    );
    return {
      cluster: ref.cluster,
      namespace: ref.namespace,
      name: ref.name,
      deliverables: deliverables.map(d => ({
        cluster: d.cluster,
        namespace: d.namespace,
        name: d.name,
      })),
    };
  }
}
