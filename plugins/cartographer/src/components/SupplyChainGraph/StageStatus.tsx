/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  StatusError,
  StatusOK,
  StatusPending,
  StatusWarning,
} from '@backstage/core-components';
import { StageState } from '@internal/plugin-cartographer-common';

const LABELS: Record<StageState, string> = {
  ready: 'Ready',
  failed: 'Failed',
  pending: 'In progress',
  unknown: 'Unknown',
};

/** A state as icon, colour AND text: never colour alone. */
export function StageStatus({ state }: { state: StageState }) {
  const label = LABELS[state];
  switch (state) {
    case 'ready':
      return <StatusOK>{label}</StatusOK>;
    case 'failed':
      return <StatusError>{label}</StatusError>;
    case 'pending':
      return <StatusPending>{label}</StatusPending>;
    default:
      return <StatusWarning>{label}</StatusWarning>;
  }
}
