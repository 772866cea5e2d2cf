/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { KubernetesObject } from '@internal/plugin-cartographer-common';
import type {
  CoreV1Event,
  KubeConfig,
  KubernetesObjectApi,
  V1CustomResourceDefinition,
} from '@kubernetes/client-node';
import { loadClientNode } from './clientNode';
import { toClusterError } from './kubernetesErrors';

/** What identifies one object of any kind. */
export interface ObjectRef {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
}

/** How a write is sent: who manages the fields, and whether only as a dry run. */
export interface WriteOptions {
  fieldManager: string;
  dryRun?: boolean;
}

type WatchEvent = KubernetesObject & { code?: number };

/**
 * The one way to talk to one cluster's API server: every read, watch and
 * write goes through here, is counted in {@link ClusterClient.requests}
 * (discovery requests too, by the HTTP layer itself) and fails with an
 * error mapped once by {@link toClusterError}.
 */
export class ClusterClient {
  private count = 0;
  private objectApi?: KubernetesObjectApi;

  constructor(
    private readonly cluster: string,
    private readonly kubeConfig: KubeConfig,
  ) {}

  /** Requests sent to the API server so far. */
  get requests(): number {
    return this.count;
  }

  /** A client-node API whose every HTTP request is counted. */
  private api<T>(ApiType: new (configuration: any) => T): T {
    const k8s = loadClientNode();
    const server = this.kubeConfig.getCurrentCluster()?.server;
    if (!server) throw new Error(`cluster ${this.cluster} has no server URL`);
    return new ApiType(
      k8s.createConfiguration({
        baseServer: new k8s.ServerConfiguration(server, {}),
        authMethods: { default: this.kubeConfig },
        promiseMiddleware: [
          {
            pre: async context => {
              this.count++;
              return context;
            },
            post: async response => response,
          },
        ],
      }),
    );
  }

  /** One object API for the cluster: it caches discovery per apiVersion. */
  private objects(): KubernetesObjectApi {
    this.objectApi ??= this.api(loadClientNode().KubernetesObjectApi);
    return this.objectApi;
  }

  private async call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw toClusterError(error, `${what} on cluster ${this.cluster}`);
    }
  }

  /** Lists one custom resource in every namespace, with the list's resourceVersion. */
  listCustomObjects(resource: {
    group: string;
    version: string;
    plural: string;
    /** A page of at most this many, continued by `_continue`. */
    limit?: number;
    _continue?: string;
  }): Promise<{
    items?: KubernetesObject[];
    metadata?: { resourceVersion?: string; continue?: string };
  }> {
    return this.call(
      `cannot list ${resource.plural}.${resource.group}`,
      () =>
        this.api(loadClientNode().CustomObjectsApi).listClusterCustomObject(
          resource,
        ) as Promise<{
          items?: KubernetesObject[];
          metadata?: { resourceVersion?: string; continue?: string };
        }>,
    );
  }

  /**
   * Watches a path; `onDone` gets the raw failure, whose status (410 Gone)
   * or name (timeout) decides whether to resume or relist.
   */
  async watch(
    path: string,
    params: { resourceVersion?: string; allowWatchBookmarks?: boolean },
    onEvent: (type: string, object: WatchEvent) => void,
    onDone: (error: unknown) => void,
  ): Promise<AbortController> {
    const k8s = loadClientNode();
    // The watch streams over its own fetch, outside the counting middleware.
    this.count++;
    return new k8s.Watch(this.kubeConfig).watch(path, params, onEvent, onDone);
  }

  /** Reads one object of any kind. */
  async read(ref: ObjectRef): Promise<KubernetesObject> {
    return asSent<KubernetesObject>(
      await this.call(`cannot read ${ref.kind} ${ref.name}`, () =>
        this.objects().read({
          apiVersion: ref.apiVersion,
          kind: ref.kind,
          metadata: { name: ref.name, namespace: ref.namespace },
        }),
      ),
    );
  }

  /** Lists objects of any kind in a namespace (ignored for cluster-scoped kinds). */
  async list(
    kind: { apiVersion: string; kind: string },
    namespace: string | undefined,
    labelSelector?: string,
  ): Promise<KubernetesObject[]> {
    const list = await this.call(
      `cannot list ${kind.kind} (${kind.apiVersion}) in namespace ${namespace}`,
      () =>
        this.objects().list(
          kind.apiVersion,
          kind.kind,
          namespace,
          undefined,
          undefined,
          undefined,
          undefined,
          labelSelector,
        ),
    );
    return list.items.map(item => ({
      ...asSent<KubernetesObject>(item),
      apiVersion: item.apiVersion ?? kind.apiVersion,
      kind: item.kind ?? kind.kind,
    }));
  }

  /** Server-side apply, taking the fields over from other managers (force). */
  async apply(
    body: KubernetesObject,
    options: WriteOptions,
  ): Promise<KubernetesObject> {
    const k8s = loadClientNode();
    const applied = await this.call(
      `cannot apply ${body.kind} ${describeName(body)}`,
      () =>
        this.objects().patch(
          body as any,
          undefined,
          options.dryRun ? 'All' : undefined,
          options.fieldManager,
          true,
          k8s.PatchStrategy.ServerSideApply,
        ) as Promise<KubernetesObject>,
    );
    return asSent<KubernetesObject>(applied);
  }

  /** Creates an object; a 409 means it exists already. */
  async create(
    body: KubernetesObject,
    options: WriteOptions,
  ): Promise<KubernetesObject> {
    const created = await this.call(
      `cannot create ${body.kind} ${describeName(body)}`,
      () =>
        this.objects().create(
          body as any,
          undefined,
          options.dryRun ? 'All' : undefined,
          options.fieldManager,
        ) as Promise<KubernetesObject>,
    );
    return asSent<KubernetesObject>(created);
  }

  /** The events about one object. */
  async events(namespace: string, name: string): Promise<CoreV1Event[]> {
    const list = await this.call(
      `cannot read events in namespace ${namespace}`,
      () =>
        this.api(loadClientNode().CoreV1Api).listNamespacedEvent({
          namespace,
          fieldSelector: `involvedObject.name=${name}`,
        }),
    );
    return list.items;
  }

  /** A CustomResourceDefinition by name (`plural.group`). */
  crd(name: string): Promise<V1CustomResourceDefinition> {
    return this.call(`cannot read CRD ${name}`, () =>
      this.api(
        loadClientNode().ApiextensionsV1Api,
      ).readCustomResourceDefinition({ name }),
    );
  }
}

function describeName(object: KubernetesObject) {
  const { namespace, name } = object.metadata ?? {};
  return namespace ? `${namespace}/${name}` : `${name}`;
}

/**
 * An object as the API server sent it: client-node turns timestamps into
 * `Date`s, which the contract (and every client) reads as strings.
 */
function asSent<T>(object: unknown): T {
  return JSON.parse(JSON.stringify(object));
}
