/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
export {
  confirmDelivery,
  decideNotification,
  releaseClaim,
} from './decideNotification';
export type {
  NotificationDecision,
  NotificationInput,
  NotificationRecord,
} from './decideNotification';
export { workloadNotification } from './workloadNotification';
export type {
  NotificationSeverityName,
  WorkloadNotificationPayload,
  WorkloadNotificationSubject,
} from './workloadNotification';
