/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const ENV_VAR_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

/**
 * Why a name is not a DNS-1123 label (Kubernetes names and namespaces), or
 * undefined when it is one.
 * @public
 */
export function dnsLabelProblem(name: string): string | undefined {
  if (!name) {
    return 'must not be empty';
  }
  if (name.length > 63) {
    return `must be no more than 63 characters (has ${name.length})`;
  }
  if (!DNS1123_LABEL.test(name)) {
    return "must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
  }
  return undefined;
}

/** Why a label or annotation key is invalid (`[prefix/]name`). */
export function qualifiedNameProblem(key: string): string | undefined {
  const parts = key.split('/');
  if (parts.length > 2) {
    return 'may contain at most one "/"';
  }
  const [prefix, name] = parts.length === 2 ? parts : [undefined, parts[0]];
  if (
    prefix !== undefined &&
    (prefix.length > 253 || !DNS1123_SUBDOMAIN.test(prefix))
  ) {
    return 'prefix must be a DNS-1123 subdomain';
  }
  if (!name || name.length > 63 || !QUALIFIED_NAME.test(name)) {
    return 'name part must be 1-63 characters of alphanumerics, "-", "_" or ".", starting and ending with an alphanumeric';
  }
  return undefined;
}

/** Why a label value is invalid. */
export function labelValueProblem(value: string): string | undefined {
  if (value.length > 63) {
    return 'must be no more than 63 characters';
  }
  if (!LABEL_VALUE.test(value)) {
    return 'must be empty or alphanumerics, "-", "_" or ".", starting and ending with an alphanumeric';
  }
  return undefined;
}

/** Why an environment variable name is invalid. */
export function envVarNameProblem(name: string): string | undefined {
  return ENV_VAR_NAME.test(name)
    ? undefined
    : 'must consist of alphabetic characters, digits, "_", "-" or ".", and must not start with a digit';
}
