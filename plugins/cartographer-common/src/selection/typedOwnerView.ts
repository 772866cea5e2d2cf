/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { KubernetesObject } from '../types';

type Json = { [key: string]: unknown };

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Sets absent keys of an object that exists to the value a Go struct holds for them. */
function fill(target: unknown, defaults: Json) {
  if (!isObject(target)) return;
  for (const [key, value] of Object.entries(defaults)) {
    if (!(key in target)) target[key] = value;
  }
}

/**
 * Cartographer evaluates field selectors against its typed Go objects, not
 * against JSON, so an unset field does not always look missing:
 * - a pointer field whose parent exists is nil (`null` here): NotIn and
 *   DoesNotExist match it, In and Exists do not;
 * - a plain string field is "" (Exists and `In [""]` match);
 * - a value struct (Workload `spec.build`) is always present;
 * - only a path through a missing parent or a missing map key is "not found".
 * This returns a copy of the owner with those Go zero values filled in.
 */
export function typedOwnerView<T extends KubernetesObject>(owner: T): T {
  const view = structuredClone(owner) as T & { spec?: Json };
  const isWorkload = owner.kind !== 'Deliverable';
  view.metadata = view.metadata ?? {};
  fill(view.metadata, { name: '', namespace: '', generateName: '' });
  view.spec = view.spec ?? {};
  const spec = view.spec as Json;
  fill(spec, { source: null, serviceAccountName: '' });
  if (isWorkload) {
    fill(spec, { image: null, resources: null, build: {} });
  }
  const source = spec.source;
  fill(source, { git: null, image: null, subPath: null });
  const git = isObject(source) ? source.git : undefined;
  fill(git, { url: null, ref: null });
  fill(isObject(git) ? git.ref : undefined, {
    branch: null,
    tag: null,
    commit: null,
  });
  return view;
}
