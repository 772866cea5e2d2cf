/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * The API contract, read from `openapi.yaml` (the single source): requests
 * that do not match it are refused with 400 before a handler runs.
 */
export function loadOpenApiSpec() {
  const file = resolvePackagePath(
    '@internal/plugin-cartographer-backend',
    'src/schema/openapi.yaml',
  );
  return parse(readFileSync(file, 'utf8'));
}
