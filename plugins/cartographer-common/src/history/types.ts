/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */

/** The owner of a supply-chain or delivery history. @public */
export interface HistoryOwnerKey {
  cluster: string;
  kind: 'Workload' | 'Deliverable';
  namespace: string;
  name: string;
}

/** What a stage hands on: a source, an image or a config. @public */
export interface StageOutputValue {
  revision?: string;
  url?: string;
  digest?: string;
  configHash?: string;
}

/** A stage output seen for the first time. @public */
export interface StageOutputRecord {
  owner: HistoryOwnerKey;
  stage: string;
  output: StageOutputValue;
  /** ISO time the output first appeared (Cartographer's, else the observer's). */
  firstSeen: string;
  /** The source revision the output was built from, when the chain tells. */
  inputRevision?: string;
  /** Found on catching up after the recorder was down, not as it happened. */
  observedLate: boolean;
}

/** A Ready condition's status. @public */
export type ReadyStatus = 'True' | 'False' | 'Unknown';

/** A change of the Ready condition of an owner or one of its stages. @public */
export interface ReadyTransitionRecord {
  owner: HistoryOwnerKey;
  /** Undefined for the owner's own Ready condition. */
  stage?: string;
  /** Undefined when no earlier status was known. */
  from?: ReadyStatus;
  to: ReadyStatus;
  reason?: string;
  message?: string;
  at: string;
  observedLate: boolean;
}

/** A Ready condition as read from a status. @public */
export interface ReadySnapshot {
  status: ReadyStatus;
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
}

/** One stage as read from a status. @public */
export interface StageSnapshot {
  stage: string;
  output?: StageOutputValue;
  /** When Cartographer says the output last changed. */
  outputTime?: string;
  inputRevision?: string;
  ready?: ReadySnapshot;
}

/** What an observer read of an owner's status at one moment. @public */
export interface OwnerSnapshot {
  owner: HistoryOwnerKey;
  observedAt: string;
  ready?: ReadySnapshot;
  stages: StageSnapshot[];
}

/** The records a recorder writes for one observation. @public */
export interface HistoryRecords {
  outputs: StageOutputRecord[];
  transitions: ReadyTransitionRecord[];
}
