/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { HealthRule, KubernetesObject } from '../types';
import {
  StampedObjectHealth,
  stampedObjectHealth,
} from './stampedObjectHealth';

/**
 * One object an immutable or tekton-lifecycle template stamped for a stage.
 * @public
 */
export interface StampedRevision {
  name: string;
  createdAt?: string;
  health: StampedObjectHealth;
  /** The object the stage's status points at: the controller reads its health. */
  current: boolean;
  /** The newest healthy object: the controller reads the stage's outputs from it. */
  outputsFrom: boolean;
}

/**
 * Orders the objects a stage's template stamped, newest first, with each
 * one's health under the template's rule. Cartographer keeps a new object
 * per input; health comes from the one in `stampedRef`, outputs from the
 * newest healthy one (`GetLatestSuccessfulObjFromExaminedObject`).
 * @public
 */
export function stampedHistory(
  objects: KubernetesObject[],
  currentName: string | undefined,
  rule: HealthRule | undefined,
): StampedRevision[] {
  const revisions = objects
    .map(object => ({
      name: object.metadata?.name ?? '',
      createdAt: object.metadata?.creationTimestamp,
      health: stampedObjectHealth(rule, object),
      current: object.metadata?.name === currentName,
      outputsFrom: false,
    }))
    .sort(
      (a, b) =>
        (b.createdAt ?? '').localeCompare(a.createdAt ?? '') ||
        b.name.localeCompare(a.name),
    );
  const newestHealthy = revisions.find(r => r.health.status === 'True');
  if (newestHealthy) newestHealthy.outputsFrom = true;
  return revisions;
}
