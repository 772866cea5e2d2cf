/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { commitUrl } from '../source/repoLinks';

/** A commit as the timeline shows it. @public */
export interface CommitLink {
  sha: string;
  /** The first seven characters, as git abbreviates. */
  short: string;
  /** Undefined for hosts whose commit pages we do not know. */
  url?: string;
}

/** The short form and, for GitHub, GitLab and Bitbucket (and Gitea), the page of a commit. @public */
export function commitLink(
  repoUrl: string | undefined,
  sha: string,
): CommitLink {
  return { sha, short: sha.slice(0, 7), url: commitUrl(repoUrl, sha) };
}
