/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import fs from 'node:fs/promises';
import path from 'node:path';
import yaml from 'yaml';
import type { KubeConfig, KubernetesObject } from '@kubernetes/client-node';
import { loadClientNode } from './clientNode';

/** The field manager recorded in managedFields for everything we apply. */
export const FIELD_MANAGER = 'local-cluster';

/** An object as written in a YAML manifest (wire-format keys). */
export type Manifest = KubernetesObject & Record<string, unknown>;

export function parseManifests(text: string): Manifest[] {
  return yaml
    .parseAllDocuments(text)
    .map(doc => doc.toJS() as Manifest | null)
    .filter((obj): obj is Manifest => !!obj?.kind);
}

/** Every `*.yaml` file of a directory, in file-name order. */
export async function readManifestDir(dir: string): Promise<Manifest[]> {
  const files = (await fs.readdir(dir))
    .filter(f => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort();
  const objects: Manifest[] = [];
  for (const file of files) {
    objects.push(
      ...parseManifests(await fs.readFile(path.join(dir, file), 'utf8')),
    );
  }
  return objects;
}

/**
 * Server-side apply, in order. Applying again is a no-op, which makes seeding
 * idempotent; `force` takes over fields another manager last set.
 */
export async function applyManifests(
  kubeConfig: KubeConfig,
  manifests: Manifest[],
): Promise<KubernetesObject[]> {
  const k8s = await loadClientNode();
  const client = k8s.KubernetesObjectApi.makeApiClient(kubeConfig);
  const applied: KubernetesObject[] = [];
  for (const manifest of manifests) {
    // client-node serialises built-in kinds from its camelCase models; a raw
    // object would silently lose wire keys whose model name differs, such as
    // `x-kubernetes-preserve-unknown-fields` in a CRD schema. loadYaml turns
    // the wire format into the model (JSON is YAML).
    const model = k8s.loadYaml<KubernetesObject>(JSON.stringify(manifest));
    try {
      applied.push(
        await client.patch(
          model,
          undefined,
          undefined,
          FIELD_MANAGER,
          true,
          k8s.PatchStrategy.ServerSideApply,
        ),
      );
    } catch (error) {
      throw new Error(
        `could not apply ${manifest.kind} ${manifest.metadata?.namespace ?? ''}/${
          manifest.metadata?.name
        }: ${(error as Error).message}`,
      );
    }
  }
  return applied;
}
