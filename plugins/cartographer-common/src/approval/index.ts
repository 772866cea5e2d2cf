/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
export {
  APPROVAL_ANNOTATIONS,
  approvalApplyBody,
  approvalChangeRefusal,
  decideApproval,
  isAllowListed,
} from './approval';
export type {
  ApprovalChange,
  ApprovalDecision,
  ApprovalMechanism,
  ApprovalSettings,
} from './approval';
