/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { RealizedResource } from '../types/carto';

const revisionOf = (r: RealizedResource) =>
  r.outputs?.find(o => o.name === 'revision')?.preview?.trim() || undefined;

/** When the stage's outputs last changed (they change together). */
const outputTime = (r: RealizedResource) =>
  (r.outputs ?? [])
    .map(o => o.lastTransitionTime)
    .filter((t): t is string => Boolean(t))
    .reduce<number | undefined>(
      (latest, t) => Math.max(latest ?? -Infinity, Date.parse(t)),
      undefined,
    );

/**
 * The source revision each stage's output was built from, when the chain's
 * inputs tell: a stage that hands a revision on itself (a source tester)
 * names it; otherwise its declared inputs (`status.resources[].inputs`,
 * which Cartographer fills from the chain's sources, images and configs)
 * are followed to the nearest stage upstream that hands one on. A revision
 * that changed after the stage's output did is not the one it was built
 * from, and a stage whose inputs lead to different revisions is ambiguous:
 * neither tells, and the timeline falls back to the newest revision seen
 * before the output. A stage without inputs (the source) has none.
 * @public
 */
export function inputRevisions(
  resources: RealizedResource[],
): Map<string, string> {
  const byName = new Map(resources.map(r => [r.name, r]));
  const told = new Map<string, string>();
  for (const stage of resources) {
    if (!stage.inputs?.length || !stage.outputs?.length) continue;
    const own = revisionOf(stage);
    if (own) {
      told.set(stage.name, own);
      continue;
    }
    const builtAt = outputTime(stage);
    const found = new Set<string | undefined>();
    const seen = new Set<string>([stage.name]);
    let frontier = stage.inputs.map(i => i.name);
    while (frontier.length) {
      const next: string[] = [];
      for (const name of frontier) {
        const upstream = byName.get(name);
        if (!upstream || seen.has(name)) continue;
        seen.add(name);
        const revision = revisionOf(upstream);
        if (!revision) {
          next.push(...(upstream.inputs ?? []).map(i => i.name));
          continue;
        }
        const changedAt = outputTime(upstream);
        const newer =
          builtAt !== undefined &&
          changedAt !== undefined &&
          changedAt > builtAt;
        found.add(newer ? undefined : revision);
      }
      if (found.size) break;
      frontier = next;
    }
    const [only] = found;
    if (found.size === 1 && only) told.set(stage.name, only);
  }
  return told;
}
