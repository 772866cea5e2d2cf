/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { GraphNode, StageState } from '@internal/plugin-cartographer-common';

/** What to write next to a state icon, and why. */
export interface StateDescription {
  state: StageState;
  /** Short text shown with the icon: never colour alone. */
  label: string;
  /** The condition reason behind a non-ready state. */
  reason?: string;
  /** A sentence for tooltips and the drawer. */
  explanation: string;
}

/** Text for an overall (workload, deliverable) state. */
export const STATE_LABELS: Record<StageState, string> = {
  ready: 'Ready',
  failed: 'Failed',
  pending: 'In progress',
  unknown: 'Unknown',
};

const BLOCKING_CONDITIONS = ['Ready', 'Healthy', 'ResourceSubmitted'];

/**
 * Describes a stage's state in words. A stage with no conditions is not
 * "Unknown" (TAP's answer for ConfigMaps): either Cartographer has not
 * reached it yet, or it stamped the object without reporting health.
 */
export function describeStage(node: GraphNode): StateDescription {
  const blocking = BLOCKING_CONDITIONS.map(type =>
    node.conditions.find(c => c.type === type && c.status !== 'True'),
  ).find(Boolean);
  switch (node.state) {
    case 'ready':
      return {
        state: 'ready',
        label: 'Ready',
        explanation:
          'The stamped object is healthy and its outputs are available.',
      };
    case 'failed':
      return {
        state: 'failed',
        label: 'Failed',
        reason: blocking?.reason,
        explanation:
          blocking?.message ||
          `${blocking?.type ?? 'A condition'} is False${blocking?.reason ? ` (${blocking.reason})` : ''}.`,
      };
    case 'pending':
      return {
        state: 'pending',
        label: 'In progress',
        reason: blocking?.reason,
        explanation:
          blocking?.message ||
          'Cartographer is waiting for the stamped object to report its outputs.',
      };
    default:
      if (node.stampedRef) {
        return {
          state: 'unknown',
          label: 'Stamped',
          explanation:
            'Cartographer stamped this object but reports no conditions for it (Cartographer before v0.5 does not).',
        };
      }
      return {
        state: 'unknown',
        label: 'Not started',
        explanation:
          'Cartographer has not reached this stage: an earlier stage has not produced its outputs yet.',
      };
  }
}
