/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import type {
  KubernetesListObject,
  KubernetesObject,
  Watch,
} from '@kubernetes/client-node';
import { waitFor } from './waitFor';
import {
  createTestNamespace,
  deleteTestNamespace,
} from './testing/testNamespace';
import { CARTO, createWorkload } from './testing/workloads';
import { useLocalCluster } from './testing/useLocalCluster';

// A watch resumed from a resourceVersion the API server no longer has gets
// 410 Gone; client-node's ListWatch must re-list and carry on.
describe('watching workloads', () => {
  const context = useLocalCluster();
  let namespace: string | undefined;

  afterAll(async () => {
    if (namespace) await deleteTestNamespace(context().admin, namespace);
  });

  it('relists after 410 Gone and keeps seeing new workloads', async () => {
    const { admin, k8s } = context();
    namespace = await createTestNamespace(admin, 'watch');
    const ns = namespace;
    await createWorkload(admin, { name: 'before-410', namespace: ns });

    const custom = admin.makeApiClient(k8s.CustomObjectsApi);
    let listCalls = 0;
    const list = async () => {
      listCalls += 1;
      const result = (await custom.listNamespacedCustomObject({
        ...CARTO,
        plural: 'workloads',
        namespace: ns,
      })) as KubernetesListObject<KubernetesObject>;
      if (listCalls === 1) {
        // Pretend the first list is ancient: resuming the watch from it is
        // what an informer does after a long disconnect.
        result.metadata = { ...result.metadata, resourceVersion: '1' };
      }
      return result;
    };

    // Delegates to the real Watch and records what the server answered.
    const realWatch = new k8s.Watch(admin);
    const requestedVersions: string[] = [];
    const goneAnswers: unknown[] = [];
    const recordingWatch = {
      watch: (
        path: string,
        query: Record<string, string>,
        onEvent: (type: string, obj: any, raw: any) => void,
        onDone: (err: any) => void,
      ) => {
        requestedVersions.push(query.resourceVersion);
        return realWatch.watch(
          path,
          query,
          (type, obj, raw) => {
            if (type === 'ERROR' && obj?.code === 410) goneAnswers.push(obj);
            onEvent(type, obj, raw);
          },
          err => {
            if (err?.statusCode === 410 || err?.code === 410)
              goneAnswers.push(err);
            onDone(err);
          },
        );
      },
    } as unknown as Watch;

    const informer = new k8s.ListWatch(
      `/apis/carto.run/v1alpha1/namespaces/${ns}/workloads`,
      recordingWatch,
      list,
      false,
      undefined,
      undefined,
      { delayFn: async () => {} },
    );
    const added: string[] = [];
    const errors: unknown[] = [];
    informer.on('add', obj => added.push(obj.metadata!.name!));
    informer.on('error', err => errors.push(err));
    try {
      await informer.start();
      await waitFor(async () => (listCalls >= 2 ? true : undefined), {
        timeoutMs: 30_000,
        description: 'the informer to relist after 410 Gone',
      });
      await createWorkload(admin, { name: 'after-410', namespace: ns });
      await waitFor(
        async () => (added.includes('after-410') ? true : undefined),
        { timeoutMs: 30_000, description: 'the new workload to be watched' },
      );
    } finally {
      await informer.stop();
    }
    expect(requestedVersions[0]).toBe('1');
    expect(goneAnswers.length).toBeGreaterThanOrEqual(1);
    expect(errors).toEqual([]);
    expect(added).toEqual(expect.arrayContaining(['before-410', 'after-410']));
    expect(
      informer
        .list(ns)
        .map(w => w.metadata?.name)
        .sort(),
    ).toEqual(['after-410', 'before-410']);
  }, 90_000);
});
