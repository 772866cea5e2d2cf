/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { condition, waitForSettled } from './samples';
import {
  CONVERGENCE_TIMEOUT_MS,
  useLocalCluster,
} from './testing/useLocalCluster';

// Cartographer renders `ytt:` templates with the ytt binary on its PATH; the
// local control plane builds it (packages/local-cluster/ytt).
describe('ytt templates on the local cluster', () => {
  const context = useLocalCluster();

  it(
    'stamps the ytt stages of source-to-url-ytt and reports them Ready',
    async () => {
      const { admin, k8s } = context();
      const workload = await waitForSettled(
        admin,
        { kind: 'Workload', namespace: 'dev', name: 'inventory-api' },
        {
          timeoutMs: CONVERGENCE_TIMEOUT_MS,
          until: owner => condition(owner, 'Ready')?.status === 'True',
        },
      );
      expect(workload.status?.supplyChainRef?.name).toBe('source-to-url-ytt');
      const stage = (name: string) =>
        workload.status?.resources?.find(r => r.name === name);
      for (const name of ['app-config', 'config-writer']) {
        expect(
          stage(name)?.conditions?.find(c => c.type === 'Ready'),
        ).toMatchObject({ status: 'True' });
      }

      const core = admin.makeApiClient(k8s.CoreV1Api);
      const read = (name: string) =>
        core.readNamespacedConfigMap({ name, namespace: 'dev' });
      const appConfig = await read(stage('app-config')!.stampedRef!.name!);
      const image = (await read(stage('image-builder')!.stampedRef!.name!)).data
        ?.image;
      // ytt's own output: a Deployment built around the previous stage's
      // pod template, with the Workload's labels merged in by the template.
      expect(appConfig.metadata?.name).toBe('inventory-api-ytt-config');
      expect(appConfig.metadata?.labels).toMatchObject({
        'app.kubernetes.io/component': 'config',
        'apps.tanzu.vmware.com/templating': 'ytt',
      });
      expect(appConfig.data?.['delivery.yml']).toContain('kind: Deployment');
      expect(appConfig.data?.['delivery.yml']).toContain(`image: ${image}`);
      // The writer received .data as a config object and wrote each file.
      const delivery = await read(stage('config-writer')!.stampedRef!.name!);
      expect(delivery.data).toMatchObject({
        path: 'config/dev/inventory-api',
        'delivery.yml': appConfig.data?.['delivery.yml'],
      });
    },
    CONVERGENCE_TIMEOUT_MS + 10_000,
  );
});
