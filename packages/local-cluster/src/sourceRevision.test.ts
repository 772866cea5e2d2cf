/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { OwnerObject, readOwner, waitForSettled } from './samples';
import {
  CONVERGENCE_TIMEOUT_MS,
  useLocalCluster,
} from './testing/useLocalCluster';

const CARTO = { group: 'carto.run', version: 'v1alpha1' } as const;
// A sample on source-to-url that no other test changes: payments/ledger.
const LEDGER = {
  kind: 'Workload',
  namespace: 'payments',
  name: 'ledger',
} as const;

function sourceRevision(owner: OwnerObject): string | undefined {
  const source = owner.status?.resources?.find(
    r => r.name === 'source-provider',
  ) as { outputs?: Array<{ name: string; preview?: string }> } | undefined;
  return source?.outputs?.find(o => o.name === 'revision')?.preview?.trim();
}

// The sample git-source template resolves a named commit the way Flux's
// GitRepository does, so each commit is a new revision down the chain.
describe('git-source revision on the local cluster', () => {
  const context = useLocalCluster();

  const customObjects = () => {
    const { admin, k8s } = context();
    return admin.makeApiClient(k8s.CustomObjectsApi);
  };
  const patchCommit = (op: 'add' | 'remove', commit?: string) =>
    customObjects().patchNamespacedCustomObject({
      ...CARTO,
      plural: 'workloads',
      namespace: LEDGER.namespace,
      name: LEDGER.name,
      body: [
        op === 'add'
          ? { op, path: '/spec/source/git/ref/commit', value: commit }
          : { op, path: '/spec/source/git/ref/commit' },
      ],
    });
  const imageBuilderInput = async () => {
    const { admin, k8s } = context();
    const configMap = await admin
      .makeApiClient(k8s.CoreV1Api)
      .readNamespacedConfigMap({
        name: `${LEDGER.name}-image`,
        namespace: LEDGER.namespace,
      });
    return configMap.data?.revision;
  };
  /** The source output once it is `revision`, and the next stage's input. */
  const revisionBecomes = async (revision: string) => {
    const owner = await waitForSettled(context().admin, LEDGER, {
      timeoutMs: CONVERGENCE_TIMEOUT_MS,
      until: o => sourceRevision(o) === revision,
    });
    return [sourceRevision(owner), await imageBuilderInput()];
  };

  afterAll(async () => {
    // Other tests read the samples as examples/cluster declares them.
    const owner = await readOwner(context().admin, LEDGER).catch(
      () => undefined,
    );
    const ref = (owner?.spec?.source as { git?: { ref?: object } })?.git?.ref;
    if (ref && 'commit' in ref) await patchCommit('remove');
  });

  it(
    'reports <branch>@sha1:<sha> for a named commit, follows each new commit to the next stage, and <branch>/HEAD without one',
    async () => {
      const first = '1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b';
      const second = '0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e';
      // Each pair: the source stage's output, then the input Cartographer
      // stamped into the next stage (image-builder) from it.
      expect(await revisionBecomes('main/HEAD')).toEqual([
        'main/HEAD',
        'main/HEAD',
      ]);
      await patchCommit('add', first);
      expect(await revisionBecomes(`main@sha1:${first}`)).toEqual([
        `main@sha1:${first}`,
        `main@sha1:${first}`,
      ]);
      await patchCommit('add', second);
      expect(await revisionBecomes(`main@sha1:${second}`)).toEqual([
        `main@sha1:${second}`,
        `main@sha1:${second}`,
      ]);
      await patchCommit('remove');
      expect(await revisionBecomes('main/HEAD')).toEqual([
        'main/HEAD',
        'main/HEAD',
      ]);
    },
    4 * CONVERGENCE_TIMEOUT_MS,
  );
});
