/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */

/**
 * `git@host:org/repo.git` and `https://host/org/repo.git` → `https://host/org/repo`.
 * @public
 */
export function browsableRepoUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const scp = url.match(/^(?:ssh:\/\/)?git@([^:/]+)[:/](.+)$/);
  const https = scp ? `https://${scp[1]}/${scp[2]}` : url;
  if (!/^https?:\/\//.test(https)) return undefined;
  return https.replace(/\.git$/, '').replace(/\/$/, '');
}

/**
 * The commit a source stage's revision names. Flux writes `main@sha1:<sha>`
 * (v1) or `main/<sha>` (v1beta), kpack and others the bare SHA; a
 * revision such as `main/HEAD` names no commit.
 * @public
 */
export function commitOfRevision(
  revision: string | undefined,
): string | undefined {
  return revision?.trim().match(/(?:^|[@:/])([0-9a-f]{7,40})$/i)?.[1];
}

type Host = 'github' | 'gitlab' | 'bitbucket' | 'gitea';

function hostKind(url: string): Host | undefined {
  const host = new URL(url).hostname;
  if (host === 'github.com' || host.startsWith('github.')) return 'github';
  if (host.startsWith('gitlab.')) return 'gitlab';
  if (host === 'bitbucket.org') return 'bitbucket';
  if (host.startsWith('gitea.') || host.startsWith('codeberg.')) return 'gitea';
  return undefined;
}

/**
 * A link to a commit on the hosts whose URL scheme is known; undefined
 * elsewhere rather than a guess that 404s.
 * @public
 */
export function commitUrl(
  repoUrl: string | undefined,
  sha: string,
): string | undefined {
  const base = browsableRepoUrl(repoUrl);
  if (!base) return undefined;
  switch (hostKind(base)) {
    case 'github':
    case 'gitea':
      return `${base}/commit/${sha}`;
    case 'gitlab':
      return `${base}/-/commit/${sha}`;
    case 'bitbucket':
      return `${base}/commits/${sha}`;
    default:
      return undefined;
  }
}

/** A link to a branch or tag on the hosts whose URL scheme is known. @public */
export function refUrl(
  repoUrl: string | undefined,
  ref: string,
): string | undefined {
  const base = browsableRepoUrl(repoUrl);
  if (!base) return undefined;
  switch (hostKind(base)) {
    case 'github':
      return `${base}/tree/${ref}`;
    case 'gitlab':
      return `${base}/-/tree/${ref}`;
    case 'bitbucket':
      return `${base}/src/${ref}`;
    case 'gitea':
      return `${base}/src/branch/${ref}`;
    default:
      return undefined;
  }
}
