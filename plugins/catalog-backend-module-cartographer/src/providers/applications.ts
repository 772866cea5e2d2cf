/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  ComponentEntityV1alpha1,
  makeValidator,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  ENTITY_ANNOTATIONS,
  LABELS,
  WorkloadSummary,
} from '@internal/plugin-cartographer-common';
import { WORKLOAD_ENTITY_ANNOTATIONS } from '@internal/plugin-cartographer-node';

/** Workloads that make up one application. */
export interface Application {
  /** `app.kubernetes.io/part-of`, else the workload name. */
  name: string;
  /** Whether the name came from the part-of label (so a selector finds them). */
  byPartOf: boolean;
  /** Sorted by cluster, namespace and name. */
  workloads: WorkloadSummary[];
}

/**
 * How applications become entities.
 * @public
 */
export interface EntityOptions {
  /** Owner when no workload names one. */
  owner: string;
  /** Lifecycle when no workload names one. */
  lifecycle: string;
  /** Catalog namespace of the entities. */
  namespace: string;
  /** Put before every entity name, e.g. `carto-`. */
  namePrefix: string;
}

const validator = makeValidator();

function workloadKey(w: WorkloadSummary): string {
  return `${w.cluster}/${w.namespace}/${w.name}`;
}

/**
 * Groups workloads into applications by `app.kubernetes.io/part-of`, the
 * label the stock Kubernetes plugin's selector uses; a workload without it
 * is an application of its own, named after the workload.
 */
export function groupApplications(workloads: WorkloadSummary[]): Application[] {
  const byName = new Map<string, Application>();
  for (const workload of workloads) {
    const partOf = workload.labels?.[LABELS.partOf] ?? workload.partOf;
    const name = partOf || workload.name;
    const app = byName.get(name) ?? {
      name,
      byPartOf: true,
      workloads: [],
    };
    app.byPartOf = app.byPartOf && !!partOf;
    app.workloads.push(workload);
    byName.set(name, app);
  }
  return [...byName.values()]
    .map(app => ({
      ...app,
      workloads: [...app.workloads].sort((a, b) =>
        workloadKey(a).localeCompare(workloadKey(b)),
      ),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The first value a workload of the application sets for an annotation. */
function fromWorkloads(app: Application, key: string): string | undefined {
  for (const workload of app.workloads) {
    const value = workload.annotations?.[key]?.trim();
    if (value) return value;
  }
  return undefined;
}

function single(values: string[]): string | undefined {
  const distinct = [...new Set(values)];
  return distinct.length === 1 ? distinct[0] : undefined;
}

/** The entity name of an application, or undefined when it is not a valid one. */
export function applicationEntityName(
  app: Pick<Application, 'name'>,
  options: Pick<EntityOptions, 'namePrefix'>,
): string | undefined {
  const name = `${options.namePrefix}${app.name}`;
  return validator.isValidEntityName(name) ? name : undefined;
}

/** The location the provider claims for an application's entity. */
export function applicationLocation(entityName: string): string {
  return `cartographer:applications/${entityName}`;
}

/**
 * The Component of an application. Its annotations let both the Supply
 * Chain tab and the stock Kubernetes tab find the workloads: the part-of
 * selector (or, for a lone workload, the label Cartographer puts on what it
 * stamps), and the namespace and cluster when the application has only one.
 * Returns undefined when the name cannot be an entity name.
 */
export function applicationEntity(
  app: Application,
  options: EntityOptions,
): ComponentEntityV1alpha1 | undefined {
  const name = applicationEntityName(app, options);
  if (!name) return undefined;
  const location = applicationLocation(name);
  const namespace = single(app.workloads.map(w => w.namespace));
  const cluster = single(app.workloads.map(w => w.cluster));
  const annotations: Record<string, string> = {
    [ANNOTATION_LOCATION]: location,
    [ANNOTATION_ORIGIN_LOCATION]: location,
    [ENTITY_ANNOTATIONS.labelSelector]: app.byPartOf
      ? `${LABELS.partOf}=${app.name}`
      : `${LABELS.workloadName}=${app.name}`,
  };
  if (namespace) annotations[ENTITY_ANNOTATIONS.namespace] = namespace;
  if (cluster) annotations[ENTITY_ANNOTATIONS.cluster] = cluster;
  const system = fromWorkloads(app, WORKLOAD_ENTITY_ANNOTATIONS.system);
  const workloadList = app.workloads
    .map(w => `${w.namespace}/${w.name} on ${w.cluster}`)
    .join(', ');
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: options.namespace,
      description:
        fromWorkloads(app, WORKLOAD_ENTITY_ANNOTATIONS.description) ??
        `Runs through Cartographer as ${workloadList}`,
      annotations,
      tags: ['cartographer'],
    },
    spec: {
      type: 'service',
      lifecycle:
        fromWorkloads(app, WORKLOAD_ENTITY_ANNOTATIONS.lifecycle) ??
        options.lifecycle,
      owner:
        fromWorkloads(app, WORKLOAD_ENTITY_ANNOTATIONS.owner) ?? options.owner,
      ...(system ? { system } : {}),
    },
  };
}

/** The entity ref an application would get, for conflict checks. */
export function applicationEntityRef(
  entityName: string,
  options: Pick<EntityOptions, 'namespace'>,
): string {
  return stringifyEntityRef({
    kind: 'Component',
    namespace: options.namespace,
    name: entityName,
  });
}
