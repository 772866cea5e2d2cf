/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { commitOfRevision, commitUrl, refUrl } from './repoLinks';

describe('repoLinks', () => {
  it('reads the commit from the revision formats Flux and others write', () => {
    const sha = '8c9d1e2f3a4b5c6d7e8f90a1b2c3d4e5f6a7b8c9';
    expect(commitOfRevision(`main@sha1:${sha}`)).toBe(sha);
    expect(commitOfRevision(`main/${sha}`)).toBe(sha);
    expect(commitOfRevision(sha)).toBe(sha);
    expect(commitOfRevision('main/HEAD')).toBeUndefined();
    expect(commitOfRevision(undefined)).toBeUndefined();
  });

  it('links commits and refs only on hosts with a known URL scheme', () => {
    expect(commitUrl('https://github.com/org/app.git', 'abc1234')).toBe(
      'https://github.com/org/app/commit/abc1234',
    );
    expect(commitUrl('https://gitlab.com/org/app', 'abc1234')).toBe(
      'https://gitlab.com/org/app/-/commit/abc1234',
    );
    expect(
      commitUrl('https://git.internal/org/app', 'abc1234'),
    ).toBeUndefined();
    expect(refUrl('https://github.com/org/app', 'main')).toBe(
      'https://github.com/org/app/tree/main',
    );
  });
});
