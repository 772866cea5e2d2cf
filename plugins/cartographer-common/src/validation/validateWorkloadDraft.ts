/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { ClusterSupplyChain, EnvVar, Workload } from '../types';
import {
  dnsLabelProblem,
  envVarNameProblem,
  labelValueProblem,
  qualifiedNameProblem,
} from './names';
import { parseQuantity } from './quantity';
import { protectedParamNames } from './settableParams';

/**
 * What kind of problem a {@link ValidationError} is: `protectedParam` when
 * the draft sets a param its supply chain fixes, `invalid` otherwise.
 * @public
 */
export type ValidationErrorCode = 'invalid' | 'protectedParam';

/**
 * One problem with a workload draft: a field path, a code and a human message.
 * @public
 */
export interface ValidationError {
  path: string;
  code: ValidationErrorCode;
  message: string;
}

/** A problem before it is coded: most checks find only invalid fields. */
type Problem = Omit<ValidationError, 'code'> & { code?: ValidationErrorCode };

function validateKeyValues(
  entries: Record<string, unknown> | undefined,
  path: string,
  checkValue: boolean,
): Problem[] {
  const errors: Problem[] = [];
  for (const [key, value] of Object.entries(entries ?? {})) {
    const keyProblem = qualifiedNameProblem(key);
    if (keyProblem) {
      errors.push({
        path: `${path}["${key}"]`,
        message: `key "${key}" ${keyProblem}`,
      });
    }
    if (typeof value !== 'string') {
      errors.push({
        path: `${path}["${key}"]`,
        message: `value of "${key}" must be a string`,
      });
    } else if (checkValue) {
      const valueProblem = labelValueProblem(value);
      if (valueProblem) {
        errors.push({
          path: `${path}["${key}"]`,
          message: `value "${value}" of "${key}" ${valueProblem}`,
        });
      }
    }
  }
  return errors;
}

function validateEnv(env: EnvVar[] | undefined, path: string): Problem[] {
  const errors: Problem[] = [];
  const seen = new Set<string>();
  (env ?? []).forEach((entry, i) => {
    const name = entry?.name ?? '';
    const problem = envVarNameProblem(name);
    if (problem) {
      errors.push({
        path: `${path}[${i}].name`,
        message: `environment variable "${name}" ${problem}`,
      });
    } else if (seen.has(name)) {
      errors.push({
        path: `${path}[${i}].name`,
        message: `environment variable "${name}" is set twice`,
      });
    }
    seen.add(name);
  });
  return errors;
}

function isJsonValue(value: unknown): boolean {
  if (value === null || ['string', 'boolean'].includes(typeof value))
    return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonValue);
  if (typeof value === 'object') {
    // Plain objects only; the tag check also accepts objects from other realms.
    return (
      Object.prototype.toString.call(value) === '[object Object]' &&
      Object.values(value as object).every(isJsonValue)
    );
  }
  return false;
}

function validateSource(workload: Workload): Problem[] {
  const errors: Problem[] = [];
  const spec = workload.spec ?? {};
  const git = spec.source?.git;
  const kinds = [
    git && 'a git repository (spec.source.git)',
    spec.source?.image && 'a source image (spec.source.image)',
    spec.image && 'a pre-built image (spec.image)',
  ].filter(Boolean);
  if (kinds.length > 1) {
    errors.push({
      path: 'spec.source',
      message: `choose one source: ${kinds.join(', ')} exclude each other`,
    });
  }
  if (git) {
    if (!git.url) {
      errors.push({
        path: 'spec.source.git.url',
        message: 'a git source needs a repository URL',
      });
    } else if (
      !/^(https?|ssh|git):\/\/\S+$|^[\w.-]+@[\w.-]+:\S+$/.test(git.url)
    ) {
      errors.push({
        path: 'spec.source.git.url',
        message: `"${git.url}" is not a git URL (https://, ssh://, git:// or user@host:path)`,
      });
    }
    const ref = git.ref ?? {};
    if (!ref.branch && !ref.tag && !ref.commit) {
      errors.push({
        path: 'spec.source.git.ref',
        message: 'a git source needs a branch, a tag or a commit',
      });
    }
  }
  if (spec.source?.subPath && !git && !spec.source.image) {
    errors.push({
      path: 'spec.source.subPath',
      message: 'a sub-path needs a git or source image source',
    });
  }
  return errors;
}

function validateResources(workload: Workload): Problem[] {
  const errors: Problem[] = [];
  const { limits = {}, requests = {} } = workload.spec?.resources ?? {};
  const parsed: Record<string, Record<string, number>> = {
    limits: {},
    requests: {},
  };
  for (const [kind, entries] of [
    ['limits', limits],
    ['requests', requests],
  ] as const) {
    for (const [resource, quantity] of Object.entries(entries)) {
      const value =
        typeof quantity === 'string' ? parseQuantity(quantity) : undefined;
      if (value === undefined || value < 0) {
        errors.push({
          path: `spec.resources.${kind}.${resource}`,
          message: `"${quantity}" is not a valid quantity for ${resource} (e.g. 500m, 1Gi)`,
        });
      } else {
        parsed[kind][resource] = value;
      }
    }
  }
  for (const [resource, request] of Object.entries(parsed.requests)) {
    const limit = parsed.limits[resource];
    if (limit !== undefined && request > limit) {
      errors.push({
        path: `spec.resources.requests.${resource}`,
        message: `${resource} request ${requests[resource]} must be less than or equal to its limit ${limits[resource]}`,
      });
    }
  }
  return errors;
}

function validateParams(
  workload: Workload,
  chain?: ClusterSupplyChain,
): Problem[] {
  const errors: Problem[] = [];
  const seen = new Set<string>();
  const protectedNames = chain ? protectedParamNames(chain) : [];
  (workload.spec?.params ?? []).forEach((param, i) => {
    const name = param?.name ?? '';
    if (!name) {
      errors.push({
        path: `spec.params[${i}].name`,
        message: 'a param needs a name',
      });
    } else if (seen.has(name)) {
      errors.push({
        path: `spec.params[${i}].name`,
        message: `param "${name}" is set twice`,
      });
    }
    seen.add(name);
    if (!isJsonValue(param?.value)) {
      errors.push({
        path: `spec.params[${i}].value`,
        message: `param "${name}" must have a JSON value`,
      });
    }
    if (protectedNames.includes(name)) {
      errors.push({
        path: `spec.params[${i}].name`,
        code: 'protectedParam',
        message: `param "${name}" is set by supply chain ${chain?.metadata?.name} and cannot be overridden`,
      });
    }
  });
  return errors;
}

function validateServiceClaims(workload: Workload): Problem[] {
  const errors: Problem[] = [];
  (workload.spec?.serviceClaims ?? []).forEach((claim, i) => {
    const nameProblem = dnsLabelProblem(claim?.name ?? '');
    if (nameProblem) {
      errors.push({
        path: `spec.serviceClaims[${i}].name`,
        message: `service claim name ${nameProblem}`,
      });
    }
    const ref = claim?.ref;
    if (ref) {
      if (
        !ref.apiVersion ||
        (ref.apiVersion !== 'v1' && !ref.apiVersion.includes('/'))
      ) {
        errors.push({
          path: `spec.serviceClaims[${i}].ref.apiVersion`,
          message: 'apiVersion must be "v1" or contain "/"',
        });
      }
      if (!ref.kind) {
        errors.push({
          path: `spec.serviceClaims[${i}].ref.kind`,
          message: 'kind must not be empty',
        });
      }
      const refProblem = dnsLabelProblem(ref.name ?? '');
      if (refProblem) {
        errors.push({
          path: `spec.serviceClaims[${i}].ref.name`,
          message: `referenced name ${refProblem}`,
        });
      }
    }
  });
  return errors;
}

/**
 * Checks a workload draft with the rules `tanzu apps workload create`
 * applies, plus the params a supply chain protects. Returns every problem
 * found (empty when valid), each with a field path and a code.
 * @public
 */
export function validateWorkloadDraft(
  draft: Workload,
  supplyChain?: ClusterSupplyChain,
): ValidationError[] {
  const errors: Problem[] = [];
  if (draft.apiVersion && draft.apiVersion !== 'carto.run/v1alpha1') {
    errors.push({
      path: 'apiVersion',
      message: 'apiVersion must be carto.run/v1alpha1',
    });
  }
  if (draft.kind && draft.kind !== 'Workload') {
    errors.push({ path: 'kind', message: 'kind must be Workload' });
  }
  const nameProblem = dnsLabelProblem(draft.metadata?.name ?? '');
  if (nameProblem) {
    errors.push({
      path: 'metadata.name',
      message: `workload name "${draft.metadata?.name ?? ''}" ${nameProblem}`,
    });
  }
  const namespaceProblem = dnsLabelProblem(draft.metadata?.namespace ?? '');
  if (namespaceProblem) {
    errors.push({
      path: 'metadata.namespace',
      message: `namespace "${draft.metadata?.namespace ?? ''}" ${namespaceProblem}`,
    });
  }
  errors.push(
    ...validateKeyValues(draft.metadata?.labels, 'metadata.labels', true),
  );
  errors.push(
    ...validateKeyValues(
      draft.metadata?.annotations,
      'metadata.annotations',
      false,
    ),
  );
  errors.push(...validateSource(draft));
  errors.push(...validateEnv(draft.spec?.env, 'spec.env'));
  errors.push(...validateEnv(draft.spec?.build?.env, 'spec.build.env'));
  errors.push(...validateResources(draft));
  errors.push(...validateParams(draft, supplyChain));
  errors.push(...validateServiceClaims(draft));
  if (draft.spec?.serviceAccountName) {
    const problem = dnsLabelProblem(draft.spec.serviceAccountName);
    if (problem) {
      errors.push({
        path: 'spec.serviceAccountName',
        message: `service account name ${problem}`,
      });
    }
  }
  return errors.map(({ code = 'invalid', ...e }) => ({ ...e, code }));
}
