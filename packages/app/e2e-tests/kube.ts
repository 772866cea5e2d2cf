/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
/*
 * The build cluster's API as its admin, for browser tests that change a
 * Workload the way a developer's kubectl would.
 */
import { CustomObjectsApi, KubeConfig } from '@kubernetes/client-node';
import { join } from 'node:path';

const kubeconfig = join(__dirname, '../../../.local-cluster/state/kubeconfig');

export function adminApi(): CustomObjectsApi {
  const config = new KubeConfig();
  config.loadFromFile(kubeconfig);
  config.setCurrentContext('admin');
  return config.makeApiClient(CustomObjectsApi);
}
