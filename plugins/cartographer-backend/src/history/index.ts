/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
export { AuthorizedHistory } from './AuthorizedHistory';
export { readHistoryOptions } from './config';
export { HistoryReader } from './HistoryReader';
export { HistoryRecorder } from './HistoryRecorder';
export { HistoryStore } from './HistoryStore';
export { registerHistoryAction } from './registerHistoryAction';
