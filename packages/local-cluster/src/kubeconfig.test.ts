/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { parseKubeconfig, renderKubeconfig } from './kubeconfig';
import { formatTokenFile, parseTokenFile } from './credentials';

describe('kubeconfig', () => {
  it('round-trips server, CA and one token per user, first user current', () => {
    const text = renderKubeconfig({
      server: 'https://127.0.0.1:6443',
      caFile: '/tmp/x/pki/apiserver.crt',
      users: [
        { name: 'admin', token: 'a' },
        { name: 'backstage', token: 'b' },
      ],
    });
    expect(text).toContain('current-context: admin');
    expect(parseKubeconfig(text)).toEqual({
      server: 'https://127.0.0.1:6443',
      caFile: '/tmp/x/pki/apiserver.crt',
      tokens: { admin: 'a', backstage: 'b' },
    });
  });
});

describe('token auth file', () => {
  const tokens = {
    admin: 't1',
    backstage: 't2',
    restricted: 't3',
    cartographer: 't4',
    controllerManager: 't5',
  };

  it('writes the kube-apiserver format with groups', () => {
    const text = formatTokenFile(tokens);
    expect(text).toContain('t1,admin,admin,"system:masters"\n');
    expect(text).toContain('t3,restricted,restricted,""\n');
    expect(text).toContain(
      't5,system:kube-controller-manager,system:kube-controller-manager,"system:masters"\n',
    );
  });

  it('reads back what it wrote and refuses an incomplete file', () => {
    expect(parseTokenFile(formatTokenFile(tokens))).toEqual(tokens);
    expect(parseTokenFile('t1,admin,admin,"system:masters"\n')).toBeUndefined();
  });
});
