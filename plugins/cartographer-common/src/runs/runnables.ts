/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import type { RunnableSelection, RunnableSummary } from '../api';
import { ClusterRunTemplate, KubernetesObject, Runnable } from '../types';

const OWNER_KINDS = ['Workload', 'Deliverable'];

/**
 * True when no Workload or Deliverable owns the Runnable (it was applied on
 * its own rather than stamped by a supply chain or delivery).
 * @public
 */
export function isStandaloneRunnable(runnable: Runnable): boolean {
  return !(runnable.metadata?.ownerReferences ?? []).some(
    ref =>
      ref.apiVersion?.startsWith('carto.run/') &&
      OWNER_KINDS.includes(ref.kind),
  );
}

const STATE = { True: 'ready', False: 'failed', Unknown: 'pending' } as const;

/**
 * One row of the Runnables page: Ready decides the state; the last run time
 * is when Cartographer last saw the newest run's Succeeded condition change.
 * @public
 */
export function summarizeRunnable(
  cluster: string,
  runnable: Runnable,
  stale: boolean,
): RunnableSummary {
  const conditions = runnable.status?.conditions ?? [];
  const ready = conditions.find(c => c.type === 'Ready');
  const stamped = conditions.find(c => c.type === 'StampedObjectCondition');
  const observed =
    runnable.status?.observedGeneration === undefined ||
    runnable.status.observedGeneration === runnable.metadata?.generation;
  return {
    cluster,
    namespace: runnable.metadata?.namespace ?? '',
    name: runnable.metadata?.name ?? '',
    labels: runnable.metadata?.labels ?? {},
    state: ready && observed ? STATE[ready.status] : 'unknown',
    reason: ready?.reason || undefined,
    message: ready?.message || undefined,
    runTemplate: runnable.spec.runTemplateRef?.name ?? '',
    lastRunAt:
      stamped && stamped.status !== 'Unknown'
        ? stamped.lastTransitionTime
        : undefined,
    createdAt: runnable.metadata?.creationTimestamp,
    stale,
  };
}

function missingLabels(
  object: KubernetesObject,
  matchingLabels: Record<string, string>,
): string[] {
  const labels = object.metadata?.labels ?? {};
  return Object.entries(matchingLabels)
    .filter(([key, value]) => labels[key] !== value)
    .map(([key, value]) => `${key}=${value}`);
}

/**
 * How Cartographer resolves a Runnable (`runnable/realizer.go`): the
 * ClusterRunTemplate is the one `spec.runTemplateRef` names (no selection by
 * labels); `spec.selector` must match exactly one object of its kind in the
 * Runnable's namespace (or cluster-wide for cluster-scoped kinds) by all of
 * `matchingLabels`; none or several is an error.
 * @param candidates - objects of the selector's kind, or undefined when they could not be read
 * @public
 */
export function explainRunnableSelection(
  runnable: Runnable,
  templates: ClusterRunTemplate[],
  candidates?: KubernetesObject[],
): RunnableSelection {
  const wanted = runnable.spec.runTemplateRef?.name;
  const found = templates.some(t => t.metadata?.name === wanted);
  const selection: RunnableSelection = {
    templates: templates
      .map(t => t.metadata?.name ?? '')
      .sort()
      .map(name => ({
        name,
        chosen: name === wanted,
        why:
          name === wanted
            ? 'named by spec.runTemplateRef'
            : 'not named by spec.runTemplateRef (Cartographer does not select run templates by labels)',
      })),
    template: found
      ? {
          outcome: 'found',
          message: `ClusterRunTemplate ${wanted} is named by spec.runTemplateRef.`,
        }
      : {
          outcome: 'missing',
          message: `ClusterRunTemplate ${wanted} does not exist; Cartographer reports RunTemplateReady=False (RunTemplateNotFound).`,
        },
  };
  const selector = runnable.spec.selector;
  if (!selector) return selection;
  const matchingLabels = selector.matchingLabels ?? {};
  const base = { resource: selector.resource, matchingLabels };
  if (!candidates) {
    selection.selector = {
      ...base,
      outcome: 'unreadable',
      message: `The ${selector.resource.kind} objects could not be read, so the selected object is unknown.`,
      candidates: [],
    };
    return selection;
  }
  const rows = candidates
    .map(c => ({
      name: c.metadata?.name ?? '',
      namespace: c.metadata?.namespace,
      missingLabels: missingLabels(c, matchingLabels),
    }))
    .map(r => ({ ...r, matches: r.missingLabels.length === 0 }))
    .sort(
      (a, b) =>
        Number(b.matches) - Number(a.matches) ||
        a.missingLabels.length - b.missingLabels.length ||
        a.name.localeCompare(b.name),
    );
  const matching = rows.filter(r => r.matches);
  const kind = selector.resource.kind;
  if (matching.length === 1) {
    selection.selector = {
      ...base,
      outcome: 'selected',
      selected: matching[0].name,
      message: `${kind} ${matching[0].name} is the only one carrying every matching label; the run template reads it as $(selected)$.`,
      candidates: rows,
    };
  } else if (matching.length === 0) {
    selection.selector = {
      ...base,
      outcome: 'none',
      message: `No ${kind} carries every matching label ("selector did not match any objects").`,
      candidates: rows,
    };
  } else {
    selection.selector = {
      ...base,
      outcome: 'multiple',
      message: `${matching.length} ${kind} objects carry every matching label (${matching
        .map(m => m.name)
        .join(
          ', ',
        )}); Cartographer needs exactly one ("selector matched multiple objects").`,
      candidates: rows,
    };
  }
  return selection;
}

/** Which standalone Runnables a request asks for. @public */
export interface RunnableFilter {
  cluster?: string;
  namespace?: string;
  runTemplate?: string;
  state?: string;
  /** Text in name, namespace, cluster, template, reason, message or labels. */
  q?: string;
}

/** Whether a Runnables row passes a filter. @public */
export function matchesRunnableFilter(
  row: RunnableSummary,
  filter: RunnableFilter,
): boolean {
  if (filter.cluster && row.cluster !== filter.cluster) return false;
  if (filter.namespace && row.namespace !== filter.namespace) return false;
  if (filter.runTemplate && row.runTemplate !== filter.runTemplate)
    return false;
  if (filter.state && row.state !== filter.state) return false;
  if (filter.q) {
    const needle = filter.q.toLowerCase();
    const haystack = [
      row.name,
      row.namespace,
      row.cluster,
      row.runTemplate,
      row.reason,
      row.message,
      ...Object.entries(row.labels).map(([k, v]) => `${k}=${v}`),
    ];
    if (!haystack.some(text => text?.toLowerCase().includes(needle)))
      return false;
  }
  return true;
}
