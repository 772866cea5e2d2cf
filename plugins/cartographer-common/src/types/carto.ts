/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  Condition,
  EnvVar,
  JsonValue,
  KubernetesObject,
  LabelSelectorRequirement,
  ObjectReference,
  ResourceRequirements,
} from './kubernetes';

/** A Cartographer field selector requirement: `key` is a jsonpath into the owner. @public */
export interface FieldSelectorRequirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  values?: string[];
}

/** The three selector forms Cartographer ANDs together. @public */
export interface Selector {
  matchLabels?: Record<string, string>;
  matchExpressions?: LabelSelectorRequirement[];
  matchFields?: FieldSelectorRequirement[];
}

/** An owner (Workload or Deliverable) param; `value` is arbitrary JSON. @public */
export interface OwnerParam {
  name: string;
  value: JsonValue;
}

/** A blueprint param: exactly one of `value` (protected) or `default`. @public */
export interface BlueprintParam {
  name: string;
  value?: JsonValue;
  default?: JsonValue;
}

/** A template's own param default. @public */
export interface TemplateParam {
  name: string;
  default?: JsonValue;
}

/** @public */
export interface Source {
  git?: {
    url?: string;
    ref?: { branch?: string; tag?: string; commit?: string };
  };
  image?: string;
  subPath?: string;
}

/** @public */
export interface ServiceClaim {
  name: string;
  ref?: { apiVersion: string; kind: string; name: string };
}

/** @public */
export interface WorkloadSpec {
  params?: OwnerParam[];
  source?: Source;
  build?: { env?: EnvVar[] };
  env?: EnvVar[];
  image?: string;
  resources?: ResourceRequirements;
  serviceAccountName?: string;
  serviceClaims?: ServiceClaim[];
}

/** One output of a realized resource: preview is YAML cut at 1024 chars. @public */
export interface ResourceOutput {
  name: string;
  preview?: string;
  digest?: string;
  lastTransitionTime?: string;
}

/** A `status.resources[]` entry of a Workload or Deliverable. @public */
export interface RealizedResource {
  name: string;
  stampedRef?: ObjectReference & { resource?: string };
  templateRef?: { apiVersion?: string; kind?: string; name?: string };
  inputs?: Array<{ name: string }>;
  outputs?: ResourceOutput[];
  conditions?: Condition[];
}

/** Status shared by Workload and Deliverable. @public */
export interface OwnerStatus {
  observedGeneration?: number;
  conditions?: Condition[];
  resources?: RealizedResource[];
}

/** @public */
export interface Workload extends KubernetesObject {
  spec?: WorkloadSpec;
  status?: OwnerStatus & {
    supplyChainRef?: { kind?: string; name?: string; namespace?: string };
  };
}

/** @public */
export interface Deliverable extends KubernetesObject {
  spec?: {
    params?: OwnerParam[];
    source?: Source;
    serviceAccountName?: string;
  };
  status?: OwnerStatus & {
    deliveryRef?: { kind?: string; name?: string; namespace?: string };
  };
}

/** An owner object that a blueprint can select. @public */
export type Owner = Workload | Deliverable;

/** A template option of a supply-chain resource. @public */
export interface TemplateOption {
  name?: string;
  passThrough?: string;
  selector: Selector;
}

/** `{resource, name}` wiring of another resource's output as an input. @public */
export interface ResourceInputRef {
  resource: string;
  name: string;
}

/** A resource of a ClusterSupplyChain or ClusterDelivery. @public */
export interface BlueprintResource {
  name: string;
  templateRef: {
    kind: string;
    name?: string;
    options?: TemplateOption[];
  };
  params?: BlueprintParam[];
  sources?: ResourceInputRef[];
  images?: ResourceInputRef[];
  configs?: ResourceInputRef[];
  deployment?: { resource: string };
}

/** Spec shared by ClusterSupplyChain and ClusterDelivery. @public */
export interface BlueprintSpec {
  selector?: Record<string, string>;
  selectorMatchExpressions?: LabelSelectorRequirement[];
  selectorMatchFields?: FieldSelectorRequirement[];
  params?: BlueprintParam[];
  serviceAccountRef?: { name: string; namespace?: string };
  resources: BlueprintResource[];
}

/** @public */
export interface ClusterSupplyChain extends KubernetesObject {
  spec: BlueprintSpec;
  status?: { observedGeneration?: number; conditions?: Condition[] };
}

/** @public */
export interface ClusterDelivery extends KubernetesObject {
  spec: BlueprintSpec;
  status?: { observedGeneration?: number; conditions?: Condition[] };
}

/** A ClusterSupplyChain or ClusterDelivery. @public */
export type Blueprint = ClusterSupplyChain | ClusterDelivery;

/** A template health rule; exactly one form is set. @public */
export interface HealthRule {
  alwaysHealthy?: Record<string, never>;
  singleConditionType?: string;
  multiMatch?: {
    healthy: HealthRuleMatch;
    unhealthy: HealthRuleMatch;
  };
}

/** @public */
export interface HealthRuleMatch {
  matchConditions?: Array<{ type: string; status: string }>;
  matchFields?: Array<FieldSelectorRequirement & { messagePath?: string }>;
}

/** Spec shared by the five blueprint template kinds. @public */
export interface TemplateSpec {
  template?: { [key: string]: JsonValue };
  ytt?: string;
  params?: TemplateParam[];
  healthRule?: HealthRule;
  lifecycle?: 'mutable' | 'immutable' | 'tekton';
  retentionPolicy?: { maxFailedRuns: number; maxSuccessfulRuns: number };
}

/** @public */
export interface ClusterSourceTemplate extends KubernetesObject {
  spec: TemplateSpec & { urlPath: string; revisionPath: string };
}

/** @public */
export interface ClusterImageTemplate extends KubernetesObject {
  spec: TemplateSpec & { imagePath: string };
}

/** @public */
export interface ClusterConfigTemplate extends KubernetesObject {
  spec: TemplateSpec & { configPath: string };
}

/** @public */
export interface ClusterTemplate extends KubernetesObject {
  spec: TemplateSpec;
}

/** @public */
export interface ClusterDeploymentTemplate extends KubernetesObject {
  spec: TemplateSpec & {
    observedMatches?: Array<{ input: string; output: string }>;
    observedCompletion?: {
      succeeded: { key: string; value: string };
      failed?: { key: string; value: string };
    };
  };
}

/** @public */
export interface ClusterRunTemplate extends KubernetesObject {
  spec: {
    template: { [key: string]: JsonValue };
    outputs?: Record<string, string>;
  };
}

/** Any of the blueprint template kinds. @public */
export type BlueprintTemplate =
  | ClusterSourceTemplate
  | ClusterImageTemplate
  | ClusterConfigTemplate
  | ClusterTemplate
  | ClusterDeploymentTemplate;

/** @public */
export interface Runnable extends KubernetesObject {
  spec: {
    runTemplateRef: { kind?: string; name: string };
    selector?: {
      resource: { apiVersion: string; kind: string };
      matchingLabels?: Record<string, string>;
    };
    inputs?: { [key: string]: JsonValue };
    serviceAccountName?: string;
    retentionPolicy?: { maxFailedRuns: number; maxSuccessfulRuns: number };
  };
  status?: {
    observedGeneration?: number;
    conditions?: Condition[];
    outputs?: { [key: string]: JsonValue };
  };
}
