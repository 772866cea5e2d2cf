/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Diagnosis } from '../diagnosis';

/**
 * Severities the notifications plugin knows.
 * @public
 */
export type NotificationSeverityName = 'critical' | 'high' | 'normal' | 'low';

/**
 * What a Workload or Deliverable notification is about.
 * @public
 */
export interface WorkloadNotificationSubject {
  kind: 'Workload' | 'Deliverable';
  cluster: string;
  namespace: string;
  name: string;
  /** The catalog entity whose tab shows it. */
  entityRef: string;
}

/**
 * The payload fields of one notification (the notifications plugin's
 * `NotificationPayload` without its optional extras).
 * @public
 */
export interface WorkloadNotificationPayload {
  title: string;
  description: string;
  link: string;
  severity: NotificationSeverityName;
  topic: string;
  scope: string;
}

/**
 * The entity page's Supply Chain tab of an entity ref such as
 * `component:default/shop-frontend`.
 */
function tabLink(entityRef: string): string {
  const [kind, rest] = entityRef.split(':', 2);
  const [namespace, name] = rest.includes('/')
    ? rest.split('/', 2)
    : ['default', rest];
  return `/catalog/${encodeURIComponent(namespace)}/${encodeURIComponent(kind)}/${encodeURIComponent(name)}/supply-chain`;
}

/**
 * The notification telling an entity's owners that one of its workloads
 * failed or recovered. The scope is per workload, entity and transition, so
 * a repeated failure updates the one failure notification instead of piling
 * up, and the recovery is a notification of its own. The topic is the
 * entity, so a user mutes one application in the notification settings.
 * @public
 */
export function workloadNotification(
  subject: WorkloadNotificationSubject,
  transition: 'failed' | 'recovered',
  diagnosis: Pick<Diagnosis, 'summary' | 'stage' | 'reason'>,
  severity: NotificationSeverityName,
): WorkloadNotificationPayload {
  const noun = subject.kind === 'Workload' ? 'Workload' : 'Deliverable';
  const where = `${subject.cluster}/${subject.namespace}`;
  const title =
    transition === 'failed'
      ? `${noun} ${subject.name} failed${diagnosis.stage ? ` at stage ${diagnosis.stage}` : ''}`
      : `${noun} ${subject.name} recovered`;
  const description =
    transition === 'failed'
      ? `${diagnosis.summary}${diagnosis.reason ? ` (reason: ${diagnosis.reason})` : ''} On ${where}.`
      : `${diagnosis.summary} On ${where}.`;
  return {
    title,
    description,
    link: tabLink(subject.entityRef),
    severity,
    topic: subject.entityRef,
    scope: `cartographer:${subject.kind.toLowerCase()}:${subject.cluster}/${subject.namespace}/${subject.name}:${subject.entityRef}:${transition}`,
  };
}
