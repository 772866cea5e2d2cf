/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { formatSource } from './formatSource';
import { browsableRepoUrl } from './repoLinks';

const sha = '0123456789abcdef0123456789abcdef01234567';

describe('formatSource', () => {
  it.each([
    [
      'a GitHub branch',
      { git: { url: 'https://github.com/sample-org/ledger', branch: 'main' } },
      {
        text: 'sample-org/ledger @ main',
        url: 'https://github.com/sample-org/ledger',
        title: 'https://github.com/sample-org/ledger @ main',
      },
    ],
    [
      'an scp-style URL with .git and a tag',
      { git: { url: 'git@github.com:org/app.git', tag: 'v1.2.0' } },
      {
        text: 'org/app @ v1.2.0',
        url: 'https://github.com/org/app',
        title: 'git@github.com:org/app.git @ v1.2.0',
      },
    ],
    [
      'a pinned commit, shortened; the commit wins over the branch',
      {
        git: {
          url: 'https://gitlab.example.com/group/sub/app.git',
          branch: 'main',
          commit: sha,
        },
      },
      {
        text: 'group/sub/app @ 0123456',
        url: 'https://gitlab.example.com/group/sub/app',
        title: `https://gitlab.example.com/group/sub/app.git @ ${sha}`,
      },
    ],
    [
      'no ref, with a sub-path',
      { git: { url: 'https://github.com/org/mono/' }, subPath: 'apps/web' },
      {
        text: 'org/mono (apps/web)',
        url: 'https://github.com/org/mono',
        title: 'https://github.com/org/mono/ (apps/web)',
      },
    ],
    [
      'a URL that is not browsable: no link',
      { git: { url: 'file:///srv/git/app.git', branch: 'dev' } },
      {
        text: 'file:///srv/git/app @ dev',
        url: undefined,
        title: 'file:///srv/git/app.git @ dev',
      },
    ],
    [
      'a source image',
      { sourceImage: 'registry.local/src/app:latest' },
      {
        text: 'registry.local/src/app:latest',
        title: 'source image registry.local/src/app:latest',
      },
    ],
    [
      'a pre-built image',
      { image: 'nginx:1.27' },
      { text: 'nginx:1.27', title: 'image nginx:1.27' },
    ],
    ['nothing', {}, { text: 'no source', title: 'no source' }],
  ])('%s', (_, source, expected) => {
    expect(formatSource(source)).toEqual(expected);
  });
});

describe('browsableRepoUrl', () => {
  it.each([
    ['git@github.com:org/app.git', 'https://github.com/org/app'],
    [
      'ssh://git@gitlab.example.com/org/app.git',
      'https://gitlab.example.com/org/app',
    ],
    ['https://github.com/org/app/', 'https://github.com/org/app'],
    ['file:///tmp/repo', undefined],
    [undefined, undefined],
  ])('%s → %s', (url, expected) => {
    expect(browsableRepoUrl(url)).toBe(expected);
  });
});
