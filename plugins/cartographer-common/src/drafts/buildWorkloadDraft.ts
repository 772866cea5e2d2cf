/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { InputError } from '@backstage/errors';
import { WorkloadDraftRequest } from '../api';
import {
  JsonValue,
  LABELS,
  Workload,
  WORKLOAD_ENTITY_ANNOTATIONS,
  WorkloadSpec,
} from '../types';

/**
 * The workload-describing inputs both actions share. They mirror the flags
 * of `tanzu apps workload apply` so that a CLI user recognises them.
 * @public
 */
export interface WorkloadInput {
  cluster?: string;
  namespace: string;
  name: string;
  type?: string;
  partOf?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  owner?: string;
  system?: string;
  lifecycle?: string;
  description?: string;
  supplyChain?: string;
  git?: { url?: string; branch?: string; tag?: string; commit?: string };
  sourceImage?: string;
  image?: string;
  subPath?: string;
  params?: Record<string, unknown>;
  env?: Record<string, string>;
  buildEnv?: Record<string, string>;
  serviceAccount?: string;
  serviceClaims?: Array<{
    name: string;
    ref: { apiVersion: string; kind: string; name: string };
  }>;
  resources?: {
    requests?: Record<string, string>;
    limits?: Record<string, string>;
  };
  ifExists?: 'fail' | 'update';
}

function setDerived(
  target: Record<string, string>,
  key: string,
  value: string | undefined,
  input: string,
) {
  if (value === undefined || value === '') return;
  if (target[key] !== undefined && target[key] !== value) {
    throw new InputError(
      `${input} "${value}" contradicts "${key}: ${target[key]}"; set it in one place`,
    );
  }
  target[key] = value;
}

function envList(env: Record<string, string> | undefined) {
  const entries = Object.entries(env ?? {});
  return entries.length
    ? entries.map(([name, value]) => ({ name, value }))
    : undefined;
}

function nonEmpty<T extends object>(value: T): T | undefined {
  return Object.values(value).some(v => v !== undefined) ? value : undefined;
}

function buildSpec(input: WorkloadInput): WorkloadSpec {
  // Templates fill unused inputs with empty strings, so an empty git URL
  // means "no git source", not an invalid one.
  const git = input.git?.url ? { ...input.git, url: input.git.url } : undefined;
  const { sourceImage, subPath } = input;
  // Conflicting sources are passed on as given: the backend's validation
  // names the conflict, so no rule is duplicated here.
  const source = nonEmpty({
    git: git && {
      url: git.url,
      ref: nonEmpty({
        branch: git.branch || undefined,
        tag: git.tag || undefined,
        commit: git.commit || undefined,
      }),
    },
    image: sourceImage || undefined,
    subPath: subPath || undefined,
  });
  const params = Object.entries(input.params ?? {}).map(([name, value]) => ({
    name,
    value: value as JsonValue,
  }));
  const buildEnv = envList(input.buildEnv);
  const resources = input.resources && nonEmpty(input.resources);
  return JSON.parse(
    JSON.stringify({
      source,
      image: input.image || undefined,
      params: params.length ? params : undefined,
      env: envList(input.env),
      build: buildEnv && { env: buildEnv },
      serviceAccountName: input.serviceAccount || undefined,
      serviceClaims: input.serviceClaims?.length
        ? input.serviceClaims
        : undefined,
      resources,
    }),
  );
}

/**
 * Turns action inputs into the request the Cartographer backend checks and
 * applies. The one mapping both actions use, so a rendered workload.yaml
 * and a created Workload are always the same object.
 * @public
 */
export function buildWorkloadDraft(input: WorkloadInput): WorkloadDraftRequest {
  const labels: Record<string, string> = { ...input.labels };
  setDerived(labels, LABELS.workloadType, input.type, 'type');
  setDerived(labels, LABELS.partOf, input.partOf, 'partOf');

  const annotations: Record<string, string> = { ...input.annotations };
  setDerived(
    annotations,
    WORKLOAD_ENTITY_ANNOTATIONS.owner,
    input.owner,
    'owner',
  );
  setDerived(
    annotations,
    WORKLOAD_ENTITY_ANNOTATIONS.system,
    input.system,
    'system',
  );
  setDerived(
    annotations,
    WORKLOAD_ENTITY_ANNOTATIONS.lifecycle,
    input.lifecycle,
    'lifecycle',
  );
  setDerived(
    annotations,
    WORKLOAD_ENTITY_ANNOTATIONS.description,
    input.description,
    'description',
  );

  const draft: Workload = {
    apiVersion: 'carto.run/v1alpha1',
    kind: 'Workload',
    metadata: {
      name: input.name,
      namespace: input.namespace,
      labels,
      ...(Object.keys(annotations).length ? { annotations } : {}),
    },
    spec: buildSpec(input),
  };
  return {
    ...(input.cluster ? { cluster: input.cluster } : {}),
    draft,
    ...(input.supplyChain ? { supplyChain: input.supplyChain } : {}),
    ifExists: input.ifExists ?? 'fail',
  };
}
