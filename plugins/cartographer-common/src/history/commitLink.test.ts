/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { commitLink } from './commitLink';

const SHA = '1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b';

describe('commitLink', () => {
  it.each([
    ['https://github.com/org/app', `https://github.com/org/app/commit/${SHA}`],
    ['git@github.com:org/app.git', `https://github.com/org/app/commit/${SHA}`],
    [
      'https://gitlab.example.com/g/app.git',
      `https://gitlab.example.com/g/app/-/commit/${SHA}`,
    ],
    [
      'https://bitbucket.org/team/app/',
      `https://bitbucket.org/team/app/commits/${SHA}`,
    ],
    ['https://git.internal.example/app', undefined],
    ['file:///srv/app', undefined],
    [undefined, undefined],
  ])('links %s to %s', (repoUrl, url) => {
    expect(commitLink(repoUrl, SHA)).toEqual({
      sha: SHA,
      short: '1a2b3c4',
      url,
    });
  });
});
