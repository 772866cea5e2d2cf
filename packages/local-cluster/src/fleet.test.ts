/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { fleetMembers } from './fleet';
import { readManifestDir } from './manifests';
import { localClusterPaths } from './paths';
import { samplesForRole } from './samples';

describe('fleetMembers', () => {
  const paths = localClusterPaths('/repo');

  it.each([
    [
      undefined,
      [
        'build:build:/repo/.local-cluster/state',
        'run:run:/repo/.local-cluster/state-run',
      ],
    ],
    [
      '2',
      [
        'build:build:/repo/.local-cluster/state',
        'run:run:/repo/.local-cluster/state-run',
      ],
    ],
    ['1', ['local:single:/repo/.local-cluster/state']],
  ])('CARTOGRAPHER_CLUSTERS=%s', (size, expected) => {
    expect(
      fleetMembers(paths, { CARTOGRAPHER_CLUSTERS: size }).map(
        m => `${m.name}:${m.role}:${m.stateDir}`,
      ),
    ).toEqual(expected);
  });

  it('refuses another size, naming the variable', () => {
    expect(() => fleetMembers(paths, { CARTOGRAPHER_CLUSTERS: '3' })).toThrow(
      'CARTOGRAPHER_CLUSTERS must be 1 or 2, not "3"',
    );
  });
});

describe('samplesForRole on examples/cluster', () => {
  const names = async (role: 'build' | 'run' | 'single') =>
    samplesForRole(
      await readManifestDir(localClusterPaths().samplesDir),
      role,
    ).map(m => `${m.kind}/${m.metadata?.name}`);

  it('puts the delivery on run and the chains and workloads on build', async () => {
    const build = await names('build');
    const run = await names('run');
    expect(run).toContain('ClusterDelivery/delivery-basic');
    expect(run).toContain('ClusterDeploymentTemplate/app-deploy');
    expect(run).toContain('ClusterSourceTemplate/delivery-source');
    expect(build).not.toContain('ClusterDelivery/delivery-basic');
    expect(build).not.toContain('ClusterSourceTemplate/delivery-source');
    expect(build).toContain('ClusterSupplyChain/source-to-url');
    expect(build).toContain('ClusterTemplate/external-deliverable');
    expect(build).toContain('Workload/shop-frontend');
    expect(run.filter(n => n.startsWith('Workload/'))).toEqual([]);
    expect(run.filter(n => n.startsWith('ClusterSupplyChain/'))).toEqual([]);
    // Both sides get the namespaces and the stamping identities.
    for (const shared of ['Namespace/dev', 'ServiceAccount/carto-workload']) {
      expect(build).toContain(shared);
      expect(run).toContain(shared);
    }
    // The workloads' Deliverables come from the hand-over; the one written
    // by hand is the retired workload's, on run only.
    expect(
      (await names('single')).filter(n => n.startsWith('Deliverable/')),
    ).toEqual(['Deliverable/legacy-billing']);
    expect(build.filter(n => n.startsWith('Deliverable/'))).toEqual([]);
    expect(new Set([...build, ...run])).toEqual(new Set(await names('single')));
  });
});
