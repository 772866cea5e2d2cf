/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { condition, waitForSettled } from './samples';
import { waitFor } from './waitFor';
import {
  createTestNamespace,
  deleteTestNamespace,
} from './testing/testNamespace';
import { createWorkload, deleteWorkload } from './testing/workloads';
import {
  CONVERGENCE_TIMEOUT_MS,
  useLocalCluster,
} from './testing/useLocalCluster';

// kube-controller-manager's garbage collector and namespace controller run
// in the local cluster: owner references and namespace deletion really work.
describe('garbage collection on the local cluster', () => {
  const context = useLocalCluster();

  it(
    'removes the stamped objects of a deleted workload, then the namespace',
    async () => {
      const { admin, k8s } = context();
      const namespace = await createTestNamespace(admin, 'gc');
      const core = admin.makeApiClient(k8s.CoreV1Api);
      const stampedConfigMaps = async () =>
        (
          await core.listNamespacedConfigMap({
            namespace,
            labelSelector: 'carto.run/workload-name=gc-app',
          })
        ).items;

      await createWorkload(admin, {
        name: 'gc-app',
        namespace,
        labels: { 'apps.tanzu.vmware.com/workload-type': 'web' },
      });
      await waitForSettled(
        admin,
        { kind: 'Workload', namespace, name: 'gc-app' },
        {
          timeoutMs: CONVERGENCE_TIMEOUT_MS,
          until: w => condition(w, 'Ready')?.status === 'True',
        },
      );
      // One ConfigMap per stage of source-to-url, the Deliverable's included.
      expect(await stampedConfigMaps()).toHaveLength(6);

      await deleteWorkload(admin, { name: 'gc-app', namespace });
      await waitFor(
        async () =>
          (await stampedConfigMaps()).length === 0 ? true : undefined,
        {
          timeoutMs: 60_000,
          description: 'the stamped ConfigMaps to be collected',
        },
      );

      await deleteTestNamespace(admin, namespace);
      await waitFor(
        async () =>
          (await core.readNamespace({ name: namespace }).then(
            () => false,
            e => e?.code === 404,
          ))
            ? true
            : undefined,
        {
          timeoutMs: 60_000,
          description: `namespace ${namespace} to be deleted`,
        },
      );
    },
    CONVERGENCE_TIMEOUT_MS + 130_000,
  );
});
