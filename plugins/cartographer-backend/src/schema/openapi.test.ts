/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { spec } from './openapi/generated/router';

describe('openapi.yaml', () => {
  // The router, the server types and the client are generated from the
  // spec; an edit without `yarn generate` leaves them describing another API.
  it('is the spec the generated files were made from (run yarn generate in plugins/cartographer-backend)', () => {
    const yaml = parse(readFileSync(join(__dirname, 'openapi.yaml'), 'utf8'));
    expect(spec).toEqual(yaml);
  });
});
