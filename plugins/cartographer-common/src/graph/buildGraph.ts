/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  Blueprint,
  BlueprintResource,
  Condition,
  ObjectReference,
  Owner,
  RealizedResource,
} from '../types';

/**
 * A stage's state, derived from its resource conditions.
 * @public
 */
export type StageState = 'ready' | 'failed' | 'pending' | 'unknown';

/** @public */
export interface GraphOutput {
  name: string;
  preview?: string;
  digest?: string;
  /** The first 12 hex characters of the digest, for labels. */
  shortDigest?: string;
  lastTransitionTime?: string;
}

/** @public */
export interface GraphCondition {
  type: string;
  status: Condition['status'];
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
}

/**
 * One stage of a supply chain or delivery.
 * @public
 */
export interface GraphNode {
  name: string;
  templateKind: string;
  /** The fixed template, when the resource names one. */
  templateName?: string;
  /** The option names when the resource chooses among templates. */
  options?: string[];
  /** The option Cartographer chose, read from the owner's status. */
  chosenOption?: string;
  /** Set when the resource forwarded an input instead of stamping. */
  passThrough?: string;
  state: StageState;
  stampedRef?: ObjectReference & { resource?: string };
  outputs: GraphOutput[];
  conditions: GraphCondition[];
  /** The latest transition among the stage's conditions. */
  lastTransitionTime?: string;
}

/**
 * An input wiring: `to` consumes `from`'s output under `alias`.
 * @public
 */
export interface GraphEdge {
  from: string;
  to: string;
  inputKind: 'source' | 'image' | 'config' | 'deployment' | 'unknown';
  alias?: string;
  /** The producing stage's output that travels along the edge. */
  output?: GraphOutput;
}

/**
 * The graph of a chain, overlaid with an owner's status when given.
 * @public
 */
export interface SupplyChainGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Status entries for resources no longer in the chain. */
  orphaned: string[];
}

function conditionStatus(conditions: Condition[], type: string) {
  return conditions.find(c => c.type === type)?.status;
}

/**
 * A stage is ready when its Ready condition is True; failed when Ready,
 * Healthy or ResourceSubmitted is False; pending while any is Unknown; and
 * unknown when there is no status at all.
 * @public
 */
export function stageState(resource: RealizedResource | undefined): StageState {
  const conditions = resource?.conditions ?? [];
  if (conditions.length === 0) {
    return 'unknown';
  }
  if (conditionStatus(conditions, 'Ready') === 'True') {
    return 'ready';
  }
  if (
    ['Ready', 'Healthy', 'ResourceSubmitted'].some(
      t => conditionStatus(conditions, t) === 'False',
    )
  ) {
    return 'failed';
  }
  return 'pending';
}

function toOutput(
  output: NonNullable<RealizedResource['outputs']>[number],
): GraphOutput {
  const hex = output.digest?.replace(/^sha256:/, '');
  return {
    name: output.name,
    preview: output.preview,
    digest: output.digest,
    shortDigest: hex ? hex.slice(0, 12) : undefined,
    lastTransitionTime: output.lastTransitionTime,
  };
}

function latest(times: Array<string | undefined>): string | undefined {
  return times
    .filter((t): t is string => !!t)
    .sort()
    .at(-1);
}

function toNode(
  resource: BlueprintResource,
  status: RealizedResource | undefined,
): GraphNode {
  const { templateRef } = resource;
  const conditions = (status?.conditions ?? []).map(c => ({
    type: c.type,
    status: c.status,
    reason: c.reason,
    message: c.message,
    lastTransitionTime: c.lastTransitionTime,
  }));
  const submitted = status?.conditions?.find(
    c => c.type === 'ResourceSubmitted',
  );
  const options = templateRef.options?.map(
    o => o.name ?? `passThrough:${o.passThrough}`,
  );
  // A pass-through resource has no templateRef in status; find which input it forwarded.
  const passThrough =
    submitted?.reason === 'PassThrough'
      ? (templateRef.options?.find(o => o.passThrough)?.passThrough ?? 'input')
      : undefined;
  return {
    name: resource.name,
    templateKind: status?.templateRef?.kind ?? templateRef.kind,
    templateName: templateRef.name,
    options,
    chosenOption: templateRef.options
      ? (status?.templateRef?.name ??
        (passThrough ? `passThrough:${passThrough}` : undefined))
      : undefined,
    passThrough,
    state: stageState(status),
    stampedRef: status?.stampedRef,
    outputs: (status?.outputs ?? []).map(toOutput),
    conditions,
    lastTransitionTime: latest(conditions.map(c => c.lastTransitionTime)),
  };
}

const OUTPUT_FOR_INPUT: Record<GraphEdge['inputKind'], string[]> = {
  source: ['url', 'revision'],
  image: ['image'],
  config: ['config'],
  deployment: ['url', 'revision'],
  unknown: [],
};

/**
 * Builds the stage graph of a supply chain or delivery: nodes in
 * `spec.resources` order (never status order, which differs between
 * Cartographer versions) and edges from the declared inputs, plus any extra
 * inputs the owner's status reports.
 * @public
 */
export function buildSupplyChainGraph(
  blueprint: Blueprint,
  owner?: Owner,
): SupplyChainGraph {
  const statusByName = new Map(
    (owner?.status?.resources ?? []).map(r => [r.name, r]),
  );
  const resources = blueprint.spec.resources ?? [];
  const nodes = resources.map(r => toNode(r, statusByName.get(r.name)));
  const nodeByName = new Map(nodes.map(n => [n.name, n]));

  const edges: GraphEdge[] = [];
  const addEdge = (
    from: string,
    to: string,
    inputKind: GraphEdge['inputKind'],
    alias?: string,
  ) => {
    if (edges.some(e => e.from === from && e.to === to)) {
      return;
    }
    const producer = nodeByName.get(from);
    const wanted = OUTPUT_FOR_INPUT[inputKind];
    const output =
      producer?.outputs.find(
        o => wanted.includes(o.name) && o.name !== 'url',
      ) ??
      producer?.outputs.find(o => wanted.includes(o.name)) ??
      (inputKind === 'unknown' ? producer?.outputs[0] : undefined);
    edges.push({ from, to, inputKind, alias, output });
  };
  for (const resource of resources) {
    for (const s of resource.sources ?? [])
      addEdge(s.resource, resource.name, 'source', s.name);
    for (const i of resource.images ?? [])
      addEdge(i.resource, resource.name, 'image', i.name);
    for (const c of resource.configs ?? [])
      addEdge(c.resource, resource.name, 'config', c.name);
    if (resource.deployment)
      addEdge(
        resource.deployment.resource,
        resource.name,
        'deployment',
        'deployment',
      );
  }
  for (const status of owner?.status?.resources ?? []) {
    for (const input of status.inputs ?? []) {
      if (nodeByName.has(input.name) && nodeByName.has(status.name)) {
        addEdge(input.name, status.name, 'unknown');
      }
    }
  }
  const known = new Set(resources.map(r => r.name));
  const orphaned = (owner?.status?.resources ?? [])
    .map(r => r.name)
    .filter(n => !known.has(n));
  return { nodes, edges, orphaned };
}
