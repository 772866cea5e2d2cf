/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Blueprint } from '../types/carto';

/** Templates whose objects hand an output on; a ClusterTemplate has none. */
const OUTPUT_KINDS = [
  'ClusterSourceTemplate',
  'ClusterImageTemplate',
  'ClusterConfigTemplate',
  'ClusterDeploymentTemplate',
];

/**
 * The stages of a chain a revision can be followed through, in chain order:
 * those whose template produces an output. The last one publishes the
 * config (a ClusterTemplate after it only writes what it was given).
 * @public
 */
export function historyStages(chain: Blueprint | undefined): string[] {
  return (chain?.spec.resources ?? [])
    .filter(r => OUTPUT_KINDS.includes(r.templateRef.kind))
    .map(r => r.name);
}
