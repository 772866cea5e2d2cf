/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */

/**
 * Scaffolder actions that onboard apps onto operator-approved Cartographer
 * supply chains. They call the Cartographer backend as the user running
 * the template, so every onboarding rule is enforced in one place.
 *
 * @packageDocumentation
 */
export { scaffolderModuleCartographer as default } from './module';
export { createWorkloadCreateAction } from './actions/workloadCreate';
export type { WorkloadCreateActionOptions } from './actions/workloadCreate';
export { createWorkloadRenderAction } from './actions/workloadRender';
export type { WorkloadRenderActionOptions } from './actions/workloadRender';
