/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  DefaultApiClient,
  GetRunnables,
  GetSupplyChains,
  GetWorkloads,
  TypedResponse,
  WorkloadDraftRequest as GeneratedDraftRequest,
} from '../schema/openapi/generated';
import {
  ClustersResponse,
  CreateWorkloadResponse,
  HistoryResponse,
  MetricsResponse,
  MetricsWindowName,
  PreviewResponse,
  RunHistory,
  RunnableDetailResponse,
  RunnablesResponse,
  StageDetailResponse,
  SupplyChainApprovalResponse,
  SupplyChainDetailResponse,
  SupplyChainsResponse,
  WorkloadDetailResponse,
  WorkloadDraftRequest,
  WorkloadsMetricsResponse,
  WorkloadsResponse,
} from '../api';
import { responseErrorOf } from './errors';

/**
 * A workload's (or Runnable's) identity: names repeat across clusters and
 * namespaces, so the three together are the key.
 * @public
 */
export interface CartographerObjectKey {
  cluster: string;
  namespace: string;
  name: string;
}

/** Filters of `GET /workloads`; all optional and ANDed. @public */
export type CartographerWorkloadsFilter = GetWorkloads['query'];
/** Filters of `GET /runnables`; all optional and ANDed. @public */
export type CartographerRunnablesFilter = GetRunnables['query'];
/** Filters of `GET /supply-chains`. @public */
export type CartographerSupplyChainsFilter = GetSupplyChains['query'];

/**
 * Per-call options: a bearer token (backend modules; in the browser the
 * injected fetch attaches the user's) and a signal that aborts the call.
 * @public
 */
export interface CartographerCallOptions {
  token?: string;
  signal?: AbortSignal;
}

/** @public */
export interface CartographerApiClientOptions {
  discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
  /** The browser's fetchApi, or the global fetch in Node. */
  fetchApi?: { fetch: typeof fetch };
  /** Turns a failed response into the error callers see. */
  errorFromResponse?: (response: Response, baseUrl: string) => Promise<Error>;
}

/**
 * Drops empty filters: a form's cleared text box means "no filter", which
 * the spec (minLength 1) would refuse.
 */
/**
 * The draft as the generated client types it. A draft without metadata is
 * sent all the same: the backend refuses it with a 400 that names the field.
 */
function draftBody(request: WorkloadDraftRequest) {
  return request as GeneratedDraftRequest;
}

function filters<T extends object>(query: T = {} as T): T {
  return Object.fromEntries(
    Object.entries(query).filter(([, v]) => v !== undefined && v !== ''),
  ) as T;
}

/**
 * The Cartographer REST API on top of the client generated from the spec,
 * for the browser and for backend modules alike: the fetch function is
 * injected, bodies are parsed, and a failure becomes one error.
 * @public
 */
export class CartographerApiClient {
  private readonly options: CartographerApiClientOptions;
  private readonly generated: DefaultApiClient;

  constructor(options: CartographerApiClientOptions) {
    this.options = options;
    this.generated = new DefaultApiClient(options);
  }

  getClusters(options?: CartographerCallOptions): Promise<ClustersResponse> {
    return this.call(options, api => api.getClusters({}, options));
  }

  getSupplyChains(
    query?: CartographerSupplyChainsFilter,
    options?: CartographerCallOptions,
  ): Promise<SupplyChainsResponse> {
    return this.call(options, api =>
      api.getSupplyChains({ query: filters(query) }, options),
    );
  }

  getSupplyChain(
    cluster: string,
    name: string,
    options?: CartographerCallOptions,
  ): Promise<SupplyChainDetailResponse> {
    return this.call(options, api =>
      api.getSupplyChain({ path: { cluster, name } }, options),
    );
  }

  setSupplyChainApproval(
    cluster: string,
    name: string,
    approved: boolean,
    options?: CartographerCallOptions,
  ): Promise<SupplyChainApprovalResponse> {
    return this.call(options, api =>
      api.setSupplyChainApproval(
        { path: { cluster, name }, body: { approved } },
        options,
      ),
    );
  }

  getWorkloads(
    query?: CartographerWorkloadsFilter,
    options?: CartographerCallOptions,
  ): Promise<WorkloadsResponse> {
    return this.call(options, api =>
      api.getWorkloads({ query: filters(query) }, options),
    );
  }

  getWorkload(
    workload: CartographerObjectKey,
    options?: CartographerCallOptions,
  ): Promise<WorkloadDetailResponse> {
    return this.call(options, api =>
      api.getWorkload({ path: workload }, options),
    );
  }

  getStage(
    workload: CartographerObjectKey,
    stage: string,
    options?: CartographerCallOptions,
  ): Promise<StageDetailResponse> {
    return this.call(options, api =>
      api.getStage({ path: { ...workload, stage } }, options),
    );
  }

  getWorkloadHistory(
    workload: CartographerObjectKey,
    options?: CartographerCallOptions,
  ): Promise<HistoryResponse> {
    return this.call(options, api =>
      api.getWorkloadHistory({ path: workload }, options),
    );
  }

  getWorkloadMetrics(
    workload: CartographerObjectKey,
    window: MetricsWindowName,
    options?: CartographerCallOptions,
  ): Promise<MetricsResponse> {
    return this.call(options, api =>
      api.getWorkloadMetrics({ path: workload, query: { window } }, options),
    );
  }

  getMetrics(
    query: {
      entityRef?: string;
      system?: string;
      owner?: string;
      /** `<cluster>/<namespace>/<name>` */
      workload?: string;
      window: MetricsWindowName;
    },
    options?: CartographerCallOptions,
  ): Promise<MetricsResponse> {
    return this.call(options, api => api.getMetrics({ query }, options));
  }

  /** Metrics per workload (`<cluster>/<namespace>/<name>`, at most 100). */
  getWorkloadsMetrics(
    workloads: string[],
    window: MetricsWindowName,
    options?: CartographerCallOptions,
  ): Promise<WorkloadsMetricsResponse> {
    return this.call(options, api =>
      api.getWorkloadsMetrics(
        { query: { workload: workloads, window } },
        options,
      ),
    );
  }

  previewWorkload(
    request: WorkloadDraftRequest,
    options?: CartographerCallOptions,
  ): Promise<PreviewResponse> {
    return this.call(options, api =>
      api.previewWorkload({ body: draftBody(request) }, options),
    );
  }

  createWorkload(
    request: WorkloadDraftRequest,
    dryRun: boolean,
    options?: CartographerCallOptions,
  ): Promise<CreateWorkloadResponse> {
    return this.call(options, api =>
      api.createWorkload(
        {
          body: draftBody(request),
          query: { dryRun: dryRun ? 'true' : 'false' },
        },
        options,
      ),
    );
  }

  getRunnables(
    query?: CartographerRunnablesFilter,
    options?: CartographerCallOptions,
  ): Promise<RunnablesResponse> {
    return this.call(options, api =>
      api.getRunnables({ query: filters(query) }, options),
    );
  }

  getRunnable(
    runnable: CartographerObjectKey,
    options?: CartographerCallOptions,
  ): Promise<RunnableDetailResponse> {
    return this.call(options, api =>
      api.getRunnable({ path: runnable }, options),
    );
  }

  getRunnableRuns(
    runnable: CartographerObjectKey,
    offset: number,
    options?: CartographerCallOptions,
  ): Promise<RunHistory> {
    return this.call(options, api =>
      api.getRunnableRuns({ path: runnable, query: { offset } }, options),
    );
  }

  /** Runs one generated call and returns its parsed body, or throws. */
  private async call<T>(
    options: CartographerCallOptions | undefined,
    send: (api: DefaultApiClient) => Promise<TypedResponse<T>>,
  ): Promise<T> {
    const response = await send(this.withSignal(options?.signal));
    if (response.ok) {
      return response.json();
    }
    const baseUrl = await this.options.discoveryApi.getBaseUrl('cartographer');
    const errorFromResponse = this.options.errorFromResponse ?? responseErrorOf;
    throw await errorFromResponse(response as Response, baseUrl);
  }

  /** The generated client has no signal option: pass it through fetch. */
  private withSignal(signal: AbortSignal | undefined): DefaultApiClient {
    if (!signal) return this.generated;
    const fetchImpl = this.options.fetchApi?.fetch ?? fetch;
    return new DefaultApiClient({
      discoveryApi: this.options.discoveryApi,
      fetchApi: {
        fetch: (input, init) => fetchImpl(input, { ...init, signal }),
      },
    });
  }
}
