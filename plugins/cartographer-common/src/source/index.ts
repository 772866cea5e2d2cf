/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
export { browsableRepoUrl, formatSource } from './formatSource';
export type { FormattableSource, SourceDisplay } from './formatSource';
