/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Blueprint, BlueprintTemplate, JsonValue } from '../types';

/**
 * A param a blueprint or its templates declare, and who decides its value.
 * @public
 */
export interface BlueprintParamInfo {
  name: string;
  /** True when a `value:` in the chain wins over anything the owner sets. */
  protected: boolean;
  /** The value that applies when the owner sets nothing. */
  default?: JsonValue;
  /** Where that value comes from. */
  source: 'template' | 'chain' | 'resource';
  /** The resources whose templates or blueprint entries declare the param. */
  resources: string[];
}

/**
 * Lists every param of a chain with Cartographer's precedence (template
 * default, then chain params, then per-resource params; an owner param loses
 * to a `value:` in the winning layer). A param is settable by a developer
 * exactly when it is not protected.
 * @public
 */
export function blueprintParams(
  blueprint: Blueprint,
  templates: BlueprintTemplate[] = [],
): BlueprintParamInfo[] {
  const byName = new Map<string, BlueprintParamInfo>();
  const note = (
    name: string,
    resource: string | undefined,
    layer: BlueprintParamInfo['source'],
    value: JsonValue | undefined,
    isProtected: boolean,
  ) => {
    const entry = byName.get(name) ?? {
      name,
      protected: false,
      source: layer,
      resources: [],
    };
    if (resource && !entry.resources.includes(resource)) {
      entry.resources.push(resource);
    }
    if (value !== undefined) {
      entry.default = value;
      entry.source = layer;
      entry.protected = isProtected;
    }
    byName.set(name, entry);
  };

  for (const resource of blueprint.spec.resources) {
    const template = templates.find(
      t =>
        t.kind === resource.templateRef.kind &&
        t.metadata?.name === resource.templateRef.name,
    );
    for (const p of template?.spec.params ?? []) {
      note(p.name, resource.name, 'template', p.default, false);
    }
  }
  for (const p of blueprint.spec.params ?? []) {
    note(
      p.name,
      undefined,
      'chain',
      p.value ?? p.default,
      p.value !== undefined,
    );
  }
  // Per-resource params beat chain params for that resource.
  for (const resource of blueprint.spec.resources) {
    for (const p of resource.params ?? []) {
      note(
        p.name,
        resource.name,
        'resource',
        p.value ?? p.default,
        p.value !== undefined,
      );
    }
  }
  return [...byName.values()];
}

/**
 * Names of params the developer cannot set because the chain protects them.
 * @public
 */
export function protectedParamNames(blueprint: Blueprint): string[] {
  const names = new Set<string>();
  for (const p of blueprint.spec.params ?? []) {
    if (p.value !== undefined) names.add(p.name);
  }
  for (const resource of blueprint.spec.resources) {
    for (const p of resource.params ?? []) {
      if (p.value !== undefined) names.add(p.name);
    }
  }
  return [...names];
}
