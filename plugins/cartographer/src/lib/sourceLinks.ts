/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */

// The repository-host rules live in the common library, shared with the
// backend's commit history.
export {
  browsableRepoUrl,
  commitOfRevision,
  commitUrl,
  refUrl,
} from '@internal/plugin-cartographer-common';
