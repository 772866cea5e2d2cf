/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
export { stampedObjectHealth } from './stampedObjectHealth';
export type { StampedObjectHealth } from './stampedObjectHealth';
export { stampedHistory } from './stampedHistory';
export type { StampedRevision } from './stampedHistory';
