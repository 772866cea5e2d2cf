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
  compareRowKeys,
  mergeSorted,
  pageOfMatches,
  selectorIndexTerm,
} from '@internal/plugin-cartographer-common';
import { ClusterFleet } from '../cache/ClusterFleet';
import { ClusterCache } from '../cache/ClusterCache';
import { CacheChange } from '../cache/KindCache';
import { IndexedWorkload, WorkloadRowMemo } from '../cache/WorkloadIndex';
import { WorkloadResource } from '../permissions/rules';
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
  searchTextOf,
  WorkloadFilter,
} from './workloadFilter';

/** A workload in a filter's scope, with its memo and its cluster's staleness. */
interface ScopedRow {
  memo: WorkloadRowMemo;
  stale: boolean;
}

/** Which entities a workload belongs to; the version changes with the answer. */
export type EntityResolver = Pick<EntityScopes, 'entitiesOf' | 'version'>;

/** The cached chain a workload's status names, if any. */
function chainOf(
  cluster: ClusterCache,
  entry: IndexedWorkload,
): ClusterSupplyChain | undefined {
  return entry.chainName
    ? cluster.get<ClusterSupplyChain>(
        'ClusterSupplyChain',
        undefined,
        entry.chainName,
      )
    : undefined;
}

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
  constructor(
    private readonly fleet: ClusterFleet,
    private readonly approval: ApprovalPolicy,
    private readonly entities: EntityResolver = NO_ENTITIES,
  ) {
    fleet.onChange((cluster, kind, change) => {
      if (change.type !== 'deleted')
        this.summarizeChanged(cluster, kind, change);
    });
  }

  /**
   * Summarizes a workload when it changes, and a chain's workloads when the
   * chain does, so that no read pays for summarizing the fleet: a `state=`
   * filter reads every row, and the first one after a start made them all.
   */
  private summarizeChanged(
    clusterName: string,
    kind: CartographerKind,
    change: CacheChange,
  ) {
    const cluster = this.fleet.all().find(c => c.name === clusterName);
    if (!cluster) return;
    const name = change.object.metadata?.name ?? '';
    if (kind === 'Workload') {
      const entry = cluster.workloads.get(
        change.object.metadata?.namespace ?? '',
        name,
      );
      if (entry) this.memoOf(entry, chainOf(cluster, entry));
    } else if (kind === 'ClusterSupplyChain') {
      const chain = cluster.get<ClusterSupplyChain>(kind, undefined, name);
      for (const entry of cluster.workloads.all()) {
        if (entry.chainName === name) this.memoOf(entry, chain);
      }
    }
  }

  /**
   * A workload's row, summarized and diagnosed once per cached object (the
   * index replaces its entry on every change) and chain, not per read.
   */
  private memoOf(
    entry: IndexedWorkload,
    chain: ClusterSupplyChain | undefined,
  ): WorkloadRowMemo {
    if (!entry.memo || entry.memo.chain !== chain) {
      const { diagnosis, ...row } = summarizeWorkload(
        entry.cluster,
        entry.workload,
        chain,
        false,
      );
      entry.memo = { chain, row, diagnosis };
    }
    return entry.memo;
  }

  /** The row as the API answers it: with its entities, marked if stale. */
  private answer({ memo, stale }: ScopedRow): WorkloadSummary {
    const version = this.entities.version;
    if (!memo.withEntities || memo.entitiesVersion !== version) {
      memo.withEntities = {
        ...memo.row,
        entityRefs: this.entities.entitiesOf(memo.row),
      };
      memo.entitiesVersion = version;
    }
    return stale ? { ...memo.withEntities, stale } : memo.withEntities;
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
   * The workloads of a filter's clusters and entity scope, in row order:
   * an entity's are looked up by label, not found among every workload.
   */
  private candidates(filter: WorkloadFilter): readonly IndexedWorkload[] {
    const clusters = filter.cluster
      ? [this.fleet.cluster(filter.cluster)]
      : this.fleet.all();
    const term = filter.entity && selectorIndexTerm(filter.entity.labels);
    return mergeSorted(
      clusters.map(cluster =>
        term
          ? cluster.workloads
              .labelled(term.key, term.value)
              .sort((a, b) => compareRowKeys(a.sortKey, b.sortKey))
          : cluster.workloads.all(),
      ),
    );
  }

  /**
   * Reads cached workloads' rows with what one read knows of the clusters
   * (their chains, whether they are stale).
   */
  private rowReader() {
    const clusters = new Map(
      this.fleet.all().map(cluster => [
        cluster.name,
        {
          stale: cluster.stale,
          chains: new Map(
            cluster
              .list<ClusterSupplyChain>('ClusterSupplyChain')
              .map(c => [c.metadata?.name ?? '', c]),
          ),
        },
      ]),
    );
    const memo = (entry: IndexedWorkload) =>
      this.memoOf(
        entry,
        entry.chainName
          ? clusters.get(entry.cluster)?.chains.get(entry.chainName)
          : undefined,
      );
    const row = (entry: IndexedWorkload): ScopedRow => ({
      memo: memo(entry),
      stale: clusters.get(entry.cluster)?.stale ?? false,
    });
    return { memo, row };
  }

  /**
   * Whether a cached workload matches a filter and may be seen: the cheap
   * checks on the cached object (scope, then `visible`) come first, and a
   * workload is summarized only when the filter reads its row.
   */
  private matcher(
    filter: WorkloadFilter,
    visible: (resource: WorkloadResource) => boolean,
    memoOf: (entry: IndexedWorkload) => WorkloadRowMemo,
  ): (entry: IndexedWorkload) => boolean {
    const readsRow = !!(filter.supplyChain || filter.state || filter.q);
    return entry => {
      if (!inFilterScope(entry, filter) || !visible(entry)) return false;
      if (!readsRow) return true;
      const memo = memoOf(entry);
      if (filter.q && memo.searchText === undefined) {
        memo.searchText = searchTextOf(memo.row);
      }
      return matchesSummaryFilter(memo.row, filter, memo.searchText);
    };
  }

  /** Every workload row matching a filter (unauthorized), in row order. */
  workloads(filter: WorkloadFilter): WorkloadSummary[] {
    const read = this.rowReader();
    return this.candidates(filter)
      .filter(this.matcher(filter, () => true, read.memo))
      .map(entry => this.answer(read.row(entry)));
  }

  /**
   * One page of the rows matching a filter that the caller may see, and
   * how many there are: rows outside the page are never finished.
   */
  workloadsPage(
    filter: WorkloadFilter,
    visible: (resource: WorkloadResource) => boolean,
    page: { offset: number; limit: number },
  ): { items: WorkloadSummary[]; totalItems: number } {
    const read = this.rowReader();
    const { items, totalItems } = pageOfMatches(
      this.candidates(filter),
      this.matcher(filter, visible, read.memo),
      page.offset,
      page.limit,
    );
    return {
      items: items.map(entry => this.answer(read.row(entry))),
      totalItems,
    };
  }

  supplyChains(clusterName?: string): SupplyChainSummary[] {
    const clusters = clusterName
      ? [this.fleet.cluster(clusterName)]
      : this.fleet.all();
    return clusters.flatMap(cluster => {
      const templates = this.templates(cluster);
      const chains = cluster.list<ClusterSupplyChain>('ClusterSupplyChain');
      const counts = new Map<string, ReturnType<typeof emptyCounts>>();
      for (const entry of cluster.workloads.all()) {
        const chain = selectedChain(entry.workload, chains);
        if (!chain) continue;
        const name = chain.metadata!.name!;
        const c = counts.get(name) ?? emptyCounts();
        c[this.memoOf(entry, chain).row.state]++;
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
  ): { cluster: ClusterCache; workload: Workload; entry: IndexedWorkload } {
    const cluster = this.fleet.cluster(clusterName);
    const entry = cluster.workloads.get(namespace, name);
    if (!entry) {
      throw new NotFoundError(
        `workload ${namespace}/${name} not found on cluster ${clusterName}`,
      );
    }
    return { cluster, workload: entry.workload, entry };
  }

  workload(
    clusterName: string,
    namespace: string,
    name: string,
  ): WorkloadDetailResponse {
    const { cluster, workload, entry } = this.rawWorkload(
      clusterName,
      namespace,
      name,
    );
    const chains = cluster.list<ClusterSupplyChain>('ClusterSupplyChain');
    const chain = selectedChain(workload, chains);
    const memo = this.memoOf(entry, chain);
    const summary = this.answer({ memo, stale: cluster.stale });
    const diagnosis = memo.diagnosis;
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
