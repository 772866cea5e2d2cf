/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
export {
  buildRunHistory,
  currentRunName,
  inputPaths,
  runInputs,
  runKindOf,
  runOutputs,
  runRevision,
  runsDiagnosis,
  runState,
  runTimes,
  RUN_PAGE_SIZE,
  RUNNABLE_NAME_LABEL,
} from './runHistory';
export type { RunHistoryInput, RunObject } from './runHistory';
export {
  explainRunnableSelection,
  isStandaloneRunnable,
  matchesRunnableFilter,
  summarizeRunnable,
} from './runnables';
export type { RunnableFilter } from './runnables';
