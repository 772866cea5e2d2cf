/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
export { formatSource } from './formatSource';
export {
  browsableRepoUrl,
  commitOfRevision,
  commitUrl,
  refUrl,
} from './repoLinks';
export type { FormattableSource, SourceDisplay } from './formatSource';
