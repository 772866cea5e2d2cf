/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
// The actions registry hands its schema callbacks zod's v3 API.
import type { z as zod } from 'zod/v3';

/** The fields naming one workload, for the input schema of an action. */
export function workloadInputFields(z: typeof zod) {
  return {
    cluster: z.string().describe('Cluster name'),
    namespace: z.string().describe('Namespace of the workload'),
    name: z.string().describe('Workload name'),
  };
}
