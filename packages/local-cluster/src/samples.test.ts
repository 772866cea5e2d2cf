/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  condition,
  OwnerObject,
  SAMPLE_EXPECTATIONS,
  waitForSettled,
} from './samples';
import {
  CONVERGENCE_TIMEOUT_MS,
  useLocalCluster,
} from './testing/useLocalCluster';

// The sample content of examples/cluster, reconciled by the real Cartographer.
describe('sample workloads on the local cluster', () => {
  const context = useLocalCluster();

  const settle = (
    ref: { kind: 'Workload' | 'Deliverable'; namespace: string; name: string },
    ready: 'True' | 'False',
  ) =>
    waitForSettled(context().admin, ref, {
      timeoutMs: CONVERGENCE_TIMEOUT_MS,
      until: owner => condition(owner, 'Ready')?.status === ready,
    });

  it.each(
    SAMPLE_EXPECTATIONS.map(e => [`${e.kind} ${e.namespace}/${e.name}`, e]),
  )(
    '%s reaches its designed outcome',
    async (_, expected) => {
      const owner = await settle(expected, expected.ready);
      const ready = condition(owner, 'Ready');
      expect(ready).toMatchObject({
        status: expected.ready,
        ...(expected.reason ? { reason: expected.reason } : {}),
      });
      const blueprint =
        owner.status?.supplyChainRef?.name ?? owner.status?.deliveryRef?.name;
      expect(blueprint).toBe(expected.blueprint);
    },
    CONVERGENCE_TIMEOUT_MS + 10_000,
  );

  it(
    'moves a healthy workload through every stage and owns what it stamped',
    async () => {
      const { admin, k8s } = context();
      const workload = await settle(
        { kind: 'Workload', namespace: 'dev', name: 'shop-frontend' },
        'True',
      );
      expect(workload.status?.supplyChainRef?.name).toBe('source-to-url');
      const resources = workload.status?.resources ?? [];
      expect(resources.map(r => r.name)).toEqual([
        'source-provider',
        'image-builder',
        'config-provider',
        'app-config',
        'config-writer',
        'deliverable',
      ]);

      const core = admin.makeApiClient(k8s.CoreV1Api);
      const stamped: Record<string, Record<string, string>> = {};
      for (const resource of resources) {
        expect(resource.conditions?.find(c => c.type === 'Ready')?.status).toBe(
          'True',
        );
        const ref = resource.stampedRef!;
        expect(ref.kind).toBe('ConfigMap');
        const configMap = await core.readNamespacedConfigMap({
          name: ref.name!,
          namespace: ref.namespace ?? 'dev',
        });
        expect(configMap.metadata?.ownerReferences).toEqual([
          expect.objectContaining({
            apiVersion: 'carto.run/v1alpha1',
            kind: 'Workload',
            name: 'shop-frontend',
            uid: workload.metadata?.uid,
            controller: true,
          }),
        ]);
        expect(configMap.metadata?.labels?.['carto.run/resource-name']).toBe(
          resource.name,
        );
        stamped[resource.name] = configMap.data ?? {};
      }

      // Each stage consumed the output of the one before it.
      expect(stamped['source-provider'].url).toBe(
        'https://github.com/sample-org/shop-frontend/archive/refs/heads/main.tar.gz',
      );
      expect(stamped['image-builder'].source).toBe(
        stamped['source-provider'].url,
      );
      expect(stamped['config-provider'].podTemplate).toContain(
        `image: ${stamped['image-builder'].image}`,
      );
      expect(stamped['app-config'].manifest).toContain(
        'app.kubernetes.io/name: shop-frontend',
      );
      expect(stamped['config-writer'].manifest).toBe(
        stamped['app-config'].manifest,
      );
    },
    CONVERGENCE_TIMEOUT_MS + 10_000,
  );

  it(
    'reports the failing image-builder stage with its message',
    async () => {
      const workload: OwnerObject = await settle(
        { kind: 'Workload', namespace: 'payments', name: 'fraud-detector' },
        'False',
      );
      expect(condition(workload, 'ResourcesHealthy')).toMatchObject({
        status: 'False',
        reason: 'HealthyConditionRule',
      });
      expect(condition(workload, 'Ready')?.message).toContain(
        'buildpack detection failed: no go.mod found in /workspace/service',
      );
      const imageBuilder = workload.status?.resources?.find(
        r => r.name === 'image-builder',
      );
      expect(
        imageBuilder?.conditions?.find(c => c.type === 'Healthy'),
      ).toMatchObject({ status: 'False', reason: 'MatchedField' });
      // Earlier stages are fine: the failure is in the middle of the chain.
      const sourceProvider = workload.status?.resources?.find(
        r => r.name === 'source-provider',
      );
      expect(
        sourceProvider?.conditions?.find(c => c.type === 'Ready')?.status,
      ).toBe('True');
    },
    CONVERGENCE_TIMEOUT_MS + 10_000,
  );

  it(
    'reports SupplyChainNotFound and MultipleSupplyChainMatches',
    async () => {
      const unmatched = await settle(
        { kind: 'Workload', namespace: 'dev', name: 'report-worker' },
        'False',
      );
      expect(condition(unmatched, 'SupplyChainReady')).toMatchObject({
        status: 'False',
        reason: 'SupplyChainNotFound',
      });
      expect(condition(unmatched, 'SupplyChainReady')?.message).toContain(
        'no supply chain found where full selector is satisfied by labels',
      );

      const ambiguous = await settle(
        { kind: 'Workload', namespace: 'dev', name: 'search-ui' },
        'False',
      );
      expect(condition(ambiguous, 'SupplyChainReady')).toMatchObject({
        status: 'False',
        reason: 'MultipleSupplyChainMatches',
      });
    },
    CONVERGENCE_TIMEOUT_MS + 10_000,
  );
});
