/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { InputError, NotFoundError } from '@backstage/errors';
import {
  BlueprintTemplate,
  buildSupplyChainGraph,
  ClusterDelivery,
  ClusterInfo,
  ClusterSupplyChain,
  Deliverable,
  DeliverableCandidate,
  DeliverableSummary,
  DeliverableView,
  deliverablesOfWorkload,
  diagnoseDeliverable,
  WorkloadCandidate,
  workloadsOfDeliverable,
  SupplyChainSummary,
  Workload,
  WorkloadDetailResponse,
  WorkloadSummary,
  selectSupplyChain,
  CartographerKind,
  Diagnosis,
} from '@internal/plugin-cartographer-common';
import { ClusterFleet } from '../cache/ClusterFleet';
import { ClusterCache } from '../cache/ClusterCache';
import { ApprovalPolicy } from './ApprovalPolicy';
import type { EntityScopes } from './EntityScopes';
import {
  emptyCounts,
  selectedChain,
  summarizeBlueprint,
  summarizeWorkload,
} from './summaries';
import {
  inFilterScope,
  matchesSummaryFilter,
  WorkloadFilter,
} from './workloadFilter';

type Summary = WorkloadSummary & { diagnosis: Diagnosis };

/** Which entities a workload belongs to; the version changes with the answer. */
export type EntityResolver = Pick<EntityScopes, 'entitiesOf' | 'version'>;

/** Without a catalog no workload belongs to an entity. */
const NO_ENTITIES: EntityResolver = { entitiesOf: () => [], version: 0 };

const TEMPLATE_KINDS: CartographerKind[] = [
  'ClusterSourceTemplate',
  'ClusterImageTemplate',
  'ClusterConfigTemplate',
  'ClusterTemplate',
  'ClusterDeploymentTemplate',
];

/**
 * Answers every read from the watch-backed caches: no request here reaches
 * a Kubernetes API server.
 */
export class CartographerService {
  /**
   * Summaries by cached object. The caches replace an object on every
   * change, so an entry is valid while its object and chain are the ones
   * cached; reads cost a lookup instead of a diagnosis per workload.
   */
  private readonly summaries = new WeakMap<
    Workload,
    {
      cluster: string;
      chain?: ClusterSupplyChain;
      entitiesVersion: number;
      summary: Summary;
    }
  >();

  constructor(
    private readonly fleet: ClusterFleet,
    private readonly approval: ApprovalPolicy,
    private readonly entities: EntityResolver = NO_ENTITIES,
  ) {}

  private summarize(
    cluster: string,
    workload: Workload,
    chain: ClusterSupplyChain | undefined,
    stale: boolean,
  ): Summary {
    let entry = this.summaries.get(workload);
    const entitiesVersion = this.entities.version;
    if (
      !entry ||
      entry.cluster !== cluster ||
      entry.chain !== chain ||
      entry.entitiesVersion !== entitiesVersion
    ) {
      const summary = summarizeWorkload(cluster, workload, chain, false);
      entry = {
        cluster,
        chain,
        entitiesVersion,
        summary: { ...summary, entityRefs: this.entities.entitiesOf(summary) },
      };
      this.summaries.set(workload, entry);
    }
    return stale ? { ...entry.summary, stale } : entry.summary;
  }

  clusters(): ClusterInfo[] {
    return this.fleet.all().map(c => c.info());
  }

  private templates(cluster: ClusterCache): BlueprintTemplate[] {
    return TEMPLATE_KINDS.flatMap(kind =>
      cluster.list<BlueprintTemplate>(kind),
    );
  }

  /**
   * Workload rows of every cluster (unauthorized), optionally narrowed to a
   * scope first so that only matching workloads are summarized.
   */
  allWorkloads(scope: WorkloadFilter = {}): Summary[] {
    return this.fleet.all().flatMap(cluster => {
      if (scope.cluster && cluster.name !== scope.cluster) return [];
      const chains = cluster.list<ClusterSupplyChain>('ClusterSupplyChain');
      const stale = cluster.stale;
      return cluster
        .list<Workload>('Workload')
        .filter(w =>
          inFilterScope(
            {
              cluster: cluster.name,
              namespace: w.metadata?.namespace ?? '',
              name: w.metadata?.name ?? '',
              labels: w.metadata?.labels ?? {},
            },
            scope,
          ),
        )
        .map(w =>
          this.summarize(cluster.name, w, selectedChain(w, chains), stale),
        );
    });
  }

  workloads(filter: WorkloadFilter): WorkloadSummary[] {
    if (filter.cluster) {
      this.fleet.cluster(filter.cluster);
    }
    return this.allWorkloads(filter)
      .filter(row => matchesSummaryFilter(row, filter))
      .map(({ diagnosis: _omit, ...row }) => row)
      .sort((a, b) =>
        `${a.cluster}/${a.namespace}/${a.name}`.localeCompare(
          `${b.cluster}/${b.namespace}/${b.name}`,
        ),
      );
  }

  supplyChains(clusterName?: string): SupplyChainSummary[] {
    const clusters = clusterName
      ? [this.fleet.cluster(clusterName)]
      : this.fleet.all();
    return clusters.flatMap(cluster => {
      const templates = this.templates(cluster);
      const chains = cluster.list<ClusterSupplyChain>('ClusterSupplyChain');
      const workloads = cluster.list<Workload>('Workload');
      const counts = new Map<string, ReturnType<typeof emptyCounts>>();
      for (const w of workloads) {
        const chain = selectedChain(w, chains);
        if (!chain) continue;
        const name = chain.metadata!.name!;
        const c = counts.get(name) ?? emptyCounts();
        c[this.summarize(cluster.name, w, chain, false).state]++;
        counts.set(name, c);
      }
      const deliveries = cluster.list<ClusterDelivery>('ClusterDelivery');
      return [...chains, ...deliveries].map(chain =>
        summarizeBlueprint(
          cluster.name,
          chain,
          templates,
          this.approval.decide(cluster.name, chain),
          counts.get(chain.metadata?.name ?? '') ?? emptyCounts(),
          cluster.stale,
        ),
      );
    });
  }

  supplyChain(
    clusterName: string,
    name: string,
  ): { supplyChain: SupplyChainSummary; workloads: WorkloadSummary[] } {
    const supplyChain =
      this.supplyChains(clusterName).find(
        c => c.name === name && c.kind === 'ClusterSupplyChain',
      ) ?? this.supplyChains(clusterName).find(c => c.name === name);
    if (!supplyChain) {
      throw new NotFoundError(
        `no supply chain or delivery "${name}" on cluster ${clusterName}`,
      );
    }
    return {
      supplyChain,
      workloads: this.workloads({ cluster: clusterName, supplyChain: name }),
    };
  }

  /** The raw cached workload, or a NotFoundError. */
  rawWorkload(
    clusterName: string,
    namespace: string,
    name: string,
  ): { cluster: ClusterCache; workload: Workload } {
    const cluster = this.fleet.cluster(clusterName);
    const workload = cluster.get<Workload>('Workload', namespace, name);
    if (!workload) {
      throw new NotFoundError(
        `workload ${namespace}/${name} not found on cluster ${clusterName}`,
      );
    }
    return { cluster, workload };
  }

  workload(
    clusterName: string,
    namespace: string,
    name: string,
  ): WorkloadDetailResponse {
    const { cluster, workload } = this.rawWorkload(
      clusterName,
      namespace,
      name,
    );
    const chains = cluster.list<ClusterSupplyChain>('ClusterSupplyChain');
    const chain = selectedChain(workload, chains);
    const { diagnosis, ...summary } = this.summarize(
      cluster.name,
      workload,
      chain,
      cluster.stale,
    );
    const selection = selectSupplyChain(workload, chains);
    return {
      workload: summary,
      spec: workload.spec,
      conditions: workload.status?.conditions ?? [],
      graph: chain ? buildSupplyChainGraph(chain, workload) : undefined,
      selection: {
        outcome: selection.outcome,
        message: selection.message,
        candidates: selection.candidates,
      },
      diagnosis,
      // The router narrows these to what the caller may read.
      deliverables: this.deliverablesOf(cluster.name, workload),
    };
  }

  /** Every cached Deliverable of the fleet, with its cluster, in fleet order. */
  private allDeliverables(): Array<{
    cluster: ClusterCache;
    deliverable: Deliverable;
    ref: DeliverableCandidate;
  }> {
    return this.fleet.all().flatMap(cluster =>
      cluster.list<Deliverable>('Deliverable').map(deliverable => ({
        cluster,
        deliverable,
        ref: {
          cluster: cluster.name,
          namespace: deliverable.metadata?.namespace ?? '',
          name: deliverable.metadata?.name ?? '',
          labels: deliverable.metadata?.labels,
        },
      })),
    );
  }

  private deliverableView(
    cluster: ClusterCache,
    deliverable: Deliverable,
  ): DeliverableView {
    const deliveryName = deliverable.status?.deliveryRef?.name;
    const delivery = cluster
      .list<ClusterDelivery>('ClusterDelivery')
      .find(d => d.metadata?.name === deliveryName);
    return {
      cluster: cluster.name,
      namespace: deliverable.metadata?.namespace ?? '',
      name: deliverable.metadata?.name ?? '',
      delivery: deliveryName,
      graph: delivery
        ? buildSupplyChainGraph(delivery, deliverable)
        : undefined,
      diagnosis: diagnoseDeliverable(deliverable, delivery),
      stale: cluster.stale,
    };
  }

  /**
   * The Deliverables of a workload on every cluster (unauthorized): the one
   * its chain stamped, those labelled for it, or of its name and namespace.
   */
  deliverablesOf(clusterName: string, workload: Workload): DeliverableView[] {
    const stamped = workload.status?.resources?.find(
      r => r.stampedRef?.kind === 'Deliverable',
    )?.stampedRef;
    const candidate: WorkloadCandidate = {
      cluster: clusterName,
      namespace: workload.metadata?.namespace ?? '',
      name: workload.metadata?.name ?? '',
      stampedDeliverable: stamped,
    };
    const all = this.allDeliverables();
    return deliverablesOfWorkload(
      candidate,
      all.map(d => d.ref),
    ).map(({ deliverable: ref, match }) => {
      const { cluster, deliverable } = all.find(d => d.ref === ref)!;
      return { ...this.deliverableView(cluster, deliverable), match };
    });
  }

  /**
   * The Deliverables a ClusterDelivery runs on its cluster (unauthorized),
   * each with its workload on any cluster, or none when that is gone.
   */
  deliverablesOfDelivery(
    clusterName: string,
    deliveryName: string,
  ): DeliverableSummary[] {
    const cluster = this.fleet.cluster(clusterName);
    const workloads: WorkloadCandidate[] = this.fleet.all().flatMap(c =>
      c.list<Workload>('Workload').map(w => ({
        cluster: c.name,
        namespace: w.metadata?.namespace ?? '',
        name: w.metadata?.name ?? '',
        stampedDeliverable: w.status?.resources?.find(
          r => r.stampedRef?.kind === 'Deliverable',
        )?.stampedRef,
      })),
    );
    return this.allDeliverables()
      .filter(
        d =>
          d.cluster === cluster &&
          d.deliverable.status?.deliveryRef?.name === deliveryName,
      )
      .map(({ deliverable, ref }) => {
        const [owner] = workloadsOfDeliverable(ref, workloads);
        return {
          ...this.deliverableView(cluster, deliverable),
          workload: owner && {
            cluster: owner.cluster,
            namespace: owner.namespace,
            name: owner.name,
          },
        };
      });
  }

  /** Decodes an opaque page cursor. */
  static offsetFromCursor(cursor?: string): number {
    if (!cursor) return 0;
    const offset = Number(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      !Number.isInteger(offset) ||
      offset < 0 ||
      CartographerService.cursorFromOffset(offset) !== cursor
    ) {
      throw new InputError('malformed cursor');
    }
    return offset;
  }

  static cursorFromOffset(offset: number): string {
    return Buffer.from(String(offset), 'utf8').toString('base64url');
  }
}
