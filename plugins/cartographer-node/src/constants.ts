/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */

/**
 * Workload metadata annotations that carry catalog facts about the
 * application a workload belongs to. The onboarding template's action sets
 * them and the catalog entity provider reads them. They are annotations,
 * not labels, because entity references (`group:default/team-web`) are not
 * valid label values.
 * @public
 */
export const WORKLOAD_ENTITY_ANNOTATIONS = {
  /** Owner entity ref of the application, e.g. `group:default/team-web`. */
  owner: 'backstage.io/owner',
  /** System entity ref the application is part of. */
  system: 'backstage.io/system',
  /** Catalog lifecycle, e.g. `experimental` or `production`. */
  lifecycle: 'backstage.io/lifecycle',
  /** One-line description of the application. */
  description: 'backstage.io/description',
} as const;
