/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  ClusterSyncState,
  KubernetesObject,
} from '@internal/plugin-cartographer-common';
import { ClusterClient } from '../clusters/ClusterClient';
import {
  ClusterError,
  describeError as describe,
  statusCodeOf,
} from '../clusters/kubernetesErrors';
import { StringTable } from './StringTable';

/** A change to one cached object. */
export interface CacheChange {
  type: 'added' | 'modified' | 'deleted';
  object: KubernetesObject;
  /**
   * Part of the first list: what was there before this backend looked, not
   * a change anyone is waiting to hear about.
   */
  initial?: boolean;
}

export interface KindCacheOptions {
  /** The cluster's client, which counts every request. */
  client: ClusterClient;
  group: string;
  version: string;
  plural: string;
  kind: string;
  onChange(change: CacheChange): void;
  onStateChange(): void;
  /** Shares equal strings between cached objects; one per cluster by default. */
  strings?: StringTable;
  /** Backoff after failures: 1 s doubling to 30 s by default. */
  backoffMs?(attempt: number): number;
  /** CRDs missing: look again this rarely. */
  notInstalledRetryMs?: number;
  /**
   * Resume watching from a resourceVersion known from an earlier run instead
   * of listing first; a 410 Gone falls back to a full list.
   */
  resumeFrom?: string;
}

/**
 * Drops what no view reads and that dominates an object's size: server-side
 * apply's managedFields (about half of a reconciled Workload) and the
 * client-side apply annotation; shares the strings of what is left.
 */
function slim(
  object: KubernetesObject,
  strings: StringTable,
): KubernetesObject {
  const metadata = object.metadata;
  if (!metadata) return object;
  delete (metadata as { managedFields?: unknown }).managedFields;
  if (metadata.annotations) {
    delete metadata.annotations[
      'kubectl.kubernetes.io/last-applied-configuration'
    ];
  }
  return strings.internAll(object);
}

/**
 * Whether an object is older than the cached copy. Kubernetes calls
 * resourceVersions opaque, but etcd's are increasing integers; anything
 * else counts as not older so the watch stays the authority.
 */
function isOlder(object: KubernetesObject, cached?: KubernetesObject) {
  const version = Number(object.metadata?.resourceVersion);
  const cachedVersion = Number(cached?.metadata?.resourceVersion);
  return (
    Number.isSafeInteger(version) &&
    Number.isSafeInteger(cachedVersion) &&
    version < cachedVersion
  );
}

/** Objects per page of a list. */
const LIST_PAGE = 500;

function keyOf(object: KubernetesObject) {
  return `${object.metadata?.namespace ?? ''}/${object.metadata?.name ?? ''}`;
}

/**
 * One kind on one cluster, kept current with list + watch: resumes from the
 * last resourceVersion, relists on 410 Gone, reconnects with backoff after
 * any other failure (client-node's own informer stops on those), and parks
 * quietly when the CRD is not installed.
 */
export class KindCache {
  private readonly objects = new Map<string, KubernetesObject>();
  private resourceVersion?: string;
  private abort?: AbortController;
  private timer?: NodeJS.Timeout;
  private stopped = true;
  private failures = 0;
  state: ClusterSyncState = 'syncing';
  lastError?: string;
  lastSyncedAt?: string;
  /** Whether a list ever succeeded, so data can be served as stale. */
  hasSynced = false;
  private readonly strings: StringTable;

  constructor(private readonly options: KindCacheOptions) {
    this.strings = options.strings ?? new StringTable();
  }

  get kind() {
    return this.options.kind;
  }

  list(): KubernetesObject[] {
    return [...this.objects.values()];
  }

  get size(): number {
    return this.objects.size;
  }

  get(
    namespace: string | undefined,
    name: string,
  ): KubernetesObject | undefined {
    return this.objects.get(`${namespace ?? ''}/${name}`);
  }

  /**
   * Takes an object this backend just wrote, so that the next read sees the
   * write at once instead of after the watch event.
   */
  remember(object: KubernetesObject) {
    this.apply('MODIFIED', object);
  }

  start() {
    this.stopped = false;
    if (this.options.resumeFrom) {
      this.resourceVersion = this.options.resumeFrom;
      void this.watch();
    } else {
      void this.relist();
    }
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    this.abort?.abort();
  }

  private get path() {
    const { group, version, plural } = this.options;
    return `/apis/${group}/${version}/${plural}`;
  }

  private setState(state: ClusterSyncState, error?: string) {
    this.state = state;
    this.lastError = error;
    this.options.onStateChange();
  }

  private schedule(fn: () => void, delayMs: number) {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(fn, delayMs);
    this.timer.unref?.();
  }

  private backoff() {
    this.failures++;
    return (
      this.options.backoffMs?.(this.failures) ??
      Math.min(30_000, 1000 * 2 ** (this.failures - 1))
    );
  }

  private async relist() {
    if (this.stopped) return;
    const { group, version, plural } = this.options;
    try {
      // In pages: one response of 10,000 workloads is a string of hundreds
      // of megabytes, parsed at once, and the heap keeps the room it took.
      const items: KubernetesObject[] = [];
      let page: Awaited<ReturnType<ClusterClient['listCustomObjects']>>;
      let _continue: string | undefined;
      do {
        page = await this.options.client.listCustomObjects({
          group,
          version,
          plural,
          limit: LIST_PAGE,
          _continue,
        });
        for (const item of page.items ?? []) items.push(item);
        _continue = page.metadata?.continue;
      } while (_continue && !this.stopped);
      if (this.stopped) return;
      this.replaceAll(items);
      // Every page of one list is of the same snapshot.
      this.resourceVersion = page.metadata?.resourceVersion;
      this.failures = 0;
      this.hasSynced = true;
      this.lastSyncedAt = new Date().toISOString();
      this.setState('ready');
      void this.watch();
    } catch (error) {
      const code = (error as ClusterError).kubernetesStatus;
      if (code === 404) {
        // The CRD is not installed here: a normal state for clusters without Cartographer.
        this.replaceAll([]);
        this.setState(
          'notInstalled',
          `the ${this.options.kind} CRD (${plural}.${group}) is not installed`,
        );
        this.schedule(
          () => this.relist(),
          this.options.notInstalledRetryMs ?? 60_000,
        );
        return;
      }
      const message =
        code === 403
          ? `${(error as Error).message}; grant it get, list and watch`
          : (error as Error).message;
      this.setState(this.hasSynced ? 'stale' : 'error', message);
      this.schedule(() => this.relist(), this.backoff());
    }
  }

  private async watch() {
    if (this.stopped) return;
    let gone = false;
    const onEvent = (
      type: string,
      object: KubernetesObject & { code?: number },
    ) => {
      if (type === 'ERROR') {
        gone = object?.code === 410;
        return;
      }
      const rv = object?.metadata?.resourceVersion;
      if (type === 'BOOKMARK') {
        this.resourceVersion = rv ?? this.resourceVersion;
        return;
      }
      this.failures = 0;
      this.resourceVersion = rv ?? this.resourceVersion;
      this.apply(type, object);
    };
    const onDone = (error: unknown) => {
      if (this.stopped) return;
      if (gone || statusCodeOf(error) === 410) {
        // Our resourceVersion was compacted away: start over from a fresh list.
        this.resourceVersion = undefined;
        void this.relist();
        return;
      }
      const timedOut = (error as Error)?.name === 'TimeoutError' || !error;
      if (timedOut) {
        // Quiet watches end after the client's inactivity timeout; resume.
        this.schedule(() => this.watch(), 0);
        return;
      }
      this.setState(
        'stale',
        `watch of ${this.options.plural} failed: ${describe(error)}`,
      );
      this.schedule(() => this.relist(), this.backoff());
    };
    try {
      this.abort = await this.options.client.watch(
        this.path,
        { resourceVersion: this.resourceVersion, allowWatchBookmarks: true },
        onEvent,
        onDone,
      );
    } catch (error) {
      onDone(error);
    }
  }

  private apply(type: string, object: KubernetesObject) {
    const key = keyOf(object);
    if (type === 'DELETED') {
      if (this.objects.delete(key)) {
        this.options.onChange({ type: 'deleted', object });
      }
      return;
    }
    const existed = this.objects.has(key);
    // A remembered write can be newer than a watch event still in flight.
    if (isOlder(object, this.objects.get(key))) return;
    this.objects.set(key, slim(object, this.strings));
    this.options.onChange({ type: existed ? 'modified' : 'added', object });
  }

  /** Swaps in a full list, reporting what changed since the last one. */
  private replaceAll(items: KubernetesObject[]) {
    const initial = !this.hasSynced;
    const fresh = new Map(items.map(o => [keyOf(o), slim(o, this.strings)]));
    for (const [key, old] of this.objects) {
      if (!fresh.has(key)) {
        this.objects.delete(key);
        this.options.onChange({ type: 'deleted', object: old });
      }
    }
    for (const [key, object] of fresh) {
      const old = this.objects.get(key);
      this.objects.set(key, object);
      if (!old) {
        this.options.onChange({ type: 'added', object, initial });
      } else if (
        old.metadata?.resourceVersion !== object.metadata?.resourceVersion
      ) {
        this.options.onChange({ type: 'modified', object });
      }
    }
  }
}
