/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { SelectorTerm, SupplyChainSummary, WorkloadSummary } from '../api';
import { workloadResourceRef } from '../permissions';

/**
 * The search document type of workloads.
 * @public
 */
export const CARTOGRAPHER_WORKLOAD_DOCUMENT_TYPE = 'cartographer-workload';

/**
 * The search document type of supply chains and deliveries.
 * @public
 */
export const CARTOGRAPHER_SUPPLY_CHAIN_DOCUMENT_TYPE =
  'cartographer-supply-chain';

/**
 * A workload as the search index holds it. The shape fits
 * `IndexableDocument` of `@backstage/plugin-search-common`; it is declared
 * here so the frontend result item and the collator share one definition.
 * @public
 */
export interface CartographerWorkloadDocument {
  title: string;
  text: string;
  location: string;
  /** Lets the search backend filter results by `cartographer.workload.read`. */
  authorization: { resourceRef: string };
  cluster: string;
  namespace: string;
  name: string;
  state: WorkloadSummary['state'];
  reason?: string;
  supplyChain?: string;
  workloadType?: string;
  partOf?: string;
  gitUrl?: string;
  gitRef?: string;
  image?: string;
  owner?: string;
  /** The catalog entity the workload belongs to, when one was found. */
  entityRef?: string;
}

/**
 * A supply chain or delivery as the search index holds it.
 * @public
 */
export interface CartographerSupplyChainDocument {
  title: string;
  text: string;
  location: string;
  cluster: string;
  kind: SupplyChainSummary['kind'];
  name: string;
  description?: string;
  /** The selector as one line, e.g. `apps.tanzu.vmware.com/workload-type in (web)`. */
  selectors: string;
  /** Stage names with their templates, e.g. `image-builder (ClusterImageTemplate kpack-template)`. */
  templates: string[];
  approved: boolean;
  approval: string;
  ready: SupplyChainSummary['ready']['status'];
}

/** The git ref a developer would name: tag, else branch, else commit. */
function gitRef(summary: WorkloadSummary): string | undefined {
  const git = summary.source.git;
  return git?.tag ?? git?.branch ?? git?.commit;
}

function sentence(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * The readable text of a workload: what a developer would type to find it
 * (supply chain, repository, image, state, the failure's reason and message).
 * @public
 */
export function workloadSearchText(summary: WorkloadSummary): string {
  const git = summary.source.git;
  const source = git?.url
    ? `${git.url}${gitRef(summary) ? ` (${gitRef(summary)})` : ''}`
    : (summary.source.sourceImage ?? summary.source.image);
  const state = summary.reason
    ? `${summary.state} (${summary.reason})`
    : summary.state;
  return [
    `Workload ${summary.name} in namespace ${summary.namespace} on cluster ${summary.cluster}.`,
    summary.supplyChain
      ? `Supply chain: ${summary.supplyChain}.`
      : 'No supply chain selected.',
    source ? `Source: ${source}.` : undefined,
    summary.source.image && summary.source.image !== source
      ? `Image: ${summary.source.image}.`
      : undefined,
    `State: ${state}.`,
    sentence(summary.summary),
    summary.message && summary.message !== summary.summary
      ? sentence(summary.message)
      : undefined,
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * Builds the search document of one workload.
 * @param summary - the workload row from `GET /workloads`
 * @param options - where the result links to, its owner and entity
 * @public
 */
export function workloadSearchDocument(
  summary: WorkloadSummary,
  options: { location: string; owner?: string; entityRef?: string },
): CartographerWorkloadDocument {
  const document: CartographerWorkloadDocument = {
    title: summary.name,
    text: workloadSearchText(summary),
    location: options.location,
    authorization: {
      resourceRef: workloadResourceRef(
        summary.cluster,
        summary.namespace,
        summary.name,
      ),
    },
    cluster: summary.cluster,
    namespace: summary.namespace,
    name: summary.name,
    state: summary.state,
    reason: summary.reason,
    supplyChain: summary.supplyChain,
    workloadType: summary.workloadType,
    partOf: summary.partOf,
    gitUrl: summary.source.git?.url,
    gitRef: gitRef(summary),
    image: summary.source.image ?? summary.source.sourceImage,
    owner: options.owner,
    entityRef: options.entityRef,
  };
  return withoutUndefined(document);
}

/**
 * A selector as one readable line, e.g.
 * `apps.tanzu.vmware.com/workload-type in (web), apps.tanzu.vmware.com/has-tests exists`.
 * @public
 */
export function selectorText(terms: SelectorTerm[]): string {
  return terms
    .map(term => {
      const key = term.kind === 'field' ? `field ${term.key}` : term.key;
      const op = term.operator.toLowerCase();
      if (op === 'exists' || op === 'doesnotexist') {
        return `${key} ${op === 'exists' ? 'exists' : 'does not exist'}`;
      }
      const values = term.values ?? [];
      if (op === 'in' && values.length === 1) {
        return `${key}=${values[0]}`;
      }
      return `${key} ${op === 'notin' ? 'not in' : op} (${values.join(', ')})`;
    })
    .join(', ');
}

/**
 * Builds the search document of a supply chain or delivery.
 * @public
 */
export function supplyChainSearchDocument(
  summary: SupplyChainSummary,
  options: { location: string },
): CartographerSupplyChainDocument {
  const templates = summary.graph.nodes.map(node => {
    const template =
      node.templateName ?? (node.options ? node.options.join(' | ') : '');
    return `${node.name} (${node.templateKind}${template ? ` ${template}` : ''})`;
  });
  const selectors = selectorText(summary.selector);
  const noun = summary.kind === 'ClusterDelivery' ? 'Delivery' : 'Supply chain';
  const document: CartographerSupplyChainDocument = {
    title: summary.name,
    text: [
      `${noun} ${summary.name} on cluster ${summary.cluster}.`,
      sentence(summary.description),
      selectors ? `Selects workloads with ${selectors}.` : undefined,
      templates.length ? `Stages: ${templates.join(', ')}.` : undefined,
      summary.approved
        ? `Approved: ${summary.approval}.`
        : `Not approved: ${summary.approval}.`,
      `Ready: ${summary.ready.status}${summary.ready.reason ? ` (${summary.ready.reason})` : ''}.`,
    ]
      .filter(Boolean)
      .join(' '),
    location: options.location,
    cluster: summary.cluster,
    kind: summary.kind,
    name: summary.name,
    description: summary.description,
    selectors,
    templates,
    approved: summary.approved,
    approval: summary.approval,
    ready: summary.ready.status,
  };
  return withoutUndefined(document);
}

/**
 * The document without its undefined fields: search engines index every key,
 * and undefined values only add noise.
 */
export function withoutUndefined<T extends object>(document: T): T {
  return Object.fromEntries(
    Object.entries(document).filter(([, v]) => v !== undefined),
  ) as T;
}
