/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  ClusterSupplyChain,
  Diagnosis,
  rowSortKey,
  sortedRemove,
  sortedUpsert,
  Workload,
  workloadMatchLabels,
  WorkloadSummary,
} from '@internal/plugin-cartographer-common';
import { CacheChange } from './KindCache';

/** A workload's row and diagnosis, as reads derive them from its object. */
export interface WorkloadRowMemo {
  /** The chain the row was summarized with; another one makes it invalid. */
  chain?: ClusterSupplyChain;
  row: Omit<WorkloadSummary, 'entityRefs'>;
  diagnosis: Diagnosis;
  /** What `q` searches, once asked for. */
  searchText?: string;
  /** The row with its entities, for the resolver version it was made with. */
  withEntities?: WorkloadSummary;
  entitiesVersion?: number;
}

/** A cached workload as the index files it. */
export interface IndexedWorkload {
  readonly sortKey: string;
  readonly cluster: string;
  readonly namespace: string;
  readonly name: string;
  readonly labels: Record<string, string>;
  /** The supply chain Cartographer selected, by name. */
  readonly chainName?: string;
  readonly workload: Workload;
  /**
   * What reads derived from this object. Every change makes a new entry,
   * so it is computed once per change, however many reads follow.
   */
  memo?: WorkloadRowMemo;
}

/**
 * The workloads carrying one label value. Most values (an app's name) have
 * one workload: it is kept as is, not in a set of its own.
 */
type Bucket = IndexedWorkload | Set<IndexedWorkload>;

/**
 * The workloads of one cluster in row order and by label, kept current on
 * every cache change, so that a read walks what it asks for instead of
 * sorting the cluster's workloads or matching every one of them.
 */
export class WorkloadIndex {
  private readonly sorted: IndexedWorkload[] = [];
  private readonly byKey = new Map<string, IndexedWorkload>();
  /** label key -> label value -> workloads; the strings are the objects' own. */
  private readonly byLabel = new Map<string, Map<string, Bucket>>();

  constructor(private readonly cluster: string) {}

  /** An index of these workloads, as after their initial list. */
  static of(cluster: string, workloads: Workload[]): WorkloadIndex {
    const index = new WorkloadIndex(cluster);
    workloads.forEach(object => index.apply({ type: 'added', object }));
    return index;
  }

  apply(change: CacheChange): void {
    const namespace = change.object.metadata?.namespace ?? '';
    const name = change.object.metadata?.name ?? '';
    const sortKey = rowSortKey(this.cluster, namespace, name);
    const old = this.byKey.get(sortKey);
    if (old) this.file(old, false);
    if (change.type === 'deleted') {
      this.byKey.delete(sortKey);
      sortedRemove(this.sorted, sortKey);
      return;
    }
    const entry: IndexedWorkload = {
      sortKey: old?.sortKey ?? sortKey,
      cluster: this.cluster,
      namespace,
      name,
      labels: change.object.metadata?.labels ?? {},
      chainName: (change.object as Workload).status?.supplyChainRef?.name,
      workload: change.object as Workload,
    };
    this.byKey.set(entry.sortKey, entry);
    sortedUpsert(this.sorted, entry);
    this.file(entry, true);
  }

  get size(): number {
    return this.sorted.length;
  }

  get(namespace: string, name: string): IndexedWorkload | undefined {
    return this.byKey.get(rowSortKey(this.cluster, namespace, name));
  }

  /** Every workload, in row order. */
  all(): readonly IndexedWorkload[] {
    return this.sorted;
  }

  /** The workloads carrying a label (their name label included), in no order. */
  labelled(key: string, value: string): IndexedWorkload[] {
    const bucket = this.byLabel.get(key)?.get(value);
    if (!bucket) return [];
    return bucket instanceof Set ? [...bucket] : [bucket];
  }

  /** Files an entry under each of its match labels, or takes it out. */
  private file(entry: IndexedWorkload, add: boolean) {
    for (const [key, value] of Object.entries(workloadMatchLabels(entry))) {
      let values = this.byLabel.get(key);
      if (!values) {
        if (!add) continue;
        this.byLabel.set(key, (values = new Map()));
      }
      const bucket = values.get(value);
      if (add) {
        if (!bucket) values.set(value, entry);
        else if (bucket instanceof Set) bucket.add(entry);
        else values.set(value, new Set([bucket, entry]));
      } else if (bucket === entry) {
        values.delete(value);
      } else if (bucket instanceof Set) {
        bucket.delete(entry);
        if (bucket.size === 1) values.set(value, bucket.values().next().value!);
      }
      if (values.size === 0) this.byLabel.delete(key);
    }
  }
}
