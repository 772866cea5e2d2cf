/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import type { KubeConfig } from '@kubernetes/client-node';
import { loadClientNode } from './clientNode';
import { applyManifests, readManifestDir } from './manifests';
import { waitFor } from './waitFor';

/**
 * Applies Cartographer's CRDs straight from the downloaded Go module (never
 * copied into this repository) and waits until each is Established, i.e.
 * served by the API server.
 */
export async function installCartographerCrds(
  kubeConfig: KubeConfig,
  crdDir: string,
): Promise<string[]> {
  const k8s = await loadClientNode();
  const crds = await readManifestDir(crdDir);
  await applyManifests(kubeConfig, crds);
  const api = kubeConfig.makeApiClient(k8s.ApiextensionsV1Api);
  const names = crds.map(crd => crd.metadata!.name!);
  for (const name of names) {
    await waitFor(
      async () => {
        const crd = await api.readCustomResourceDefinition({ name });
        const established = crd.status?.conditions?.find(
          c => c.type === 'Established',
        );
        return established?.status === 'True' ? true : undefined;
      },
      { timeoutMs: 30_000, description: `CRD ${name} to be Established` },
    );
  }
  return names;
}
