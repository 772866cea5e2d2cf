/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  cartographerArgs,
  cartographerEnv,
  CARTOGRAPHER_READY_LOG_PATTERN,
} from './cartographer';
import { etcdArgs } from './etcd';
import { kubeApiserverArgs } from './kubeApiserver';
import { kubeControllerManagerArgs } from './kubeControllerManager';

describe('component flags', () => {
  it('keeps every listener on loopback', () => {
    const apiserver = kubeApiserverArgs({
      dataDir: '/d',
      securePort: 1,
      etcdClientPort: 2,
      serviceAccountKeyFile: '/d/sa.key',
      tokenAuthFile: '/d/tokens.csv',
    });
    expect(apiserver).toEqual(
      expect.arrayContaining([
        '--bind-address=127.0.0.1',
        '--etcd-servers=http://127.0.0.1:2',
        '--authorization-mode=RBAC',
      ]),
    );
    expect(etcdArgs({ dataDir: '/d', clientPort: 2, peerPort: 3 })).toEqual(
      expect.arrayContaining([
        '--listen-client-urls=http://127.0.0.1:2',
        '--listen-peer-urls=http://127.0.0.1:3',
        '--unsafe-no-fsync',
      ]),
    );
  });

  it('runs only the controllers the cluster needs', () => {
    const args = kubeControllerManagerArgs({
      dataDir: '/d',
      securePort: 4,
      kubeconfigPath: '/d/kcm.kubeconfig',
      serviceAccountKeyFile: '/d/sa.key',
      rootCaFile: '/d/pki/apiserver.crt',
    });
    expect(args).toContain(
      '--controllers=garbage-collector-controller,namespace-controller,serviceaccount-controller,serviceaccount-token-controller,clusterrole-aggregation-controller',
    );
    expect(args).toContain('--bind-address=127.0.0.1');
  });

  it('starts Cartographer without webhooks (no --cert-dir)', () => {
    const args = cartographerArgs({ kubeconfigPath: '/d/c.kubeconfig' });
    expect(args.some(a => a.startsWith('--cert-dir'))).toBe(false);
    expect(
      CARTOGRAPHER_READY_LOG_PATTERN.test(
        '1.79e+09\tINFO\tStarting workers\t{"controller": "workload", "worker count": 2}',
      ),
    ).toBe(true);
  });

  it('puts the built ytt first on the controller PATH, as its image has it', () => {
    const env = cartographerEnv('/repo/.local-cluster/bin/ytt', {
      PATH: '/usr/bin',
      KO_DATA_PATH: '/var/run/ko',
    });
    expect(env.PATH).toBe('/repo/.local-cluster/bin:/usr/bin');
    // With KO_DATA_PATH set, Cartographer would look for ytt there instead.
    expect(env.KO_DATA_PATH).toBeUndefined();
  });
});
