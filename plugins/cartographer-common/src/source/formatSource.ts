/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { browsableRepoUrl } from './repoLinks';

/** The parts of a workload's source that {@link formatSource} reads. @public */
export interface FormattableSource {
  git?: { url?: string; branch?: string; tag?: string; commit?: string };
  sourceImage?: string;
  image?: string;
  subPath?: string;
}

/** A source as one short line for a table cell. @public */
export interface SourceDisplay {
  /** `owner/repo @ ref`, or the image reference. */
  text: string;
  /** The full address the text stands for (the browsable repository). */
  url?: string;
  /** Everything the short text leaves out, for a tooltip. */
  title: string;
}

/** The repository's path on its host: `owner/repo` (GitLab groups included). */
function repoPath(url: string): string {
  const browsable = browsableRepoUrl(url);
  if (!browsable) return url.replace(/\.git$/, '');
  return new URL(browsable).pathname.replace(/^\//, '') || browsable;
}

// A full SHA says nothing more than its first 7 characters to a reader.
const shortRef = (ref: string) =>
  /^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 7) : ref;

/**
 * A source as `owner/repo @ ref` linking to the repository, since the host
 * and scheme only make a table column wide; an image source as its
 * reference. The title keeps the full address, ref and sub-path.
 * @public
 */
export function formatSource(source: FormattableSource): SourceDisplay {
  const { git, sourceImage, image, subPath } = source;
  const sub = subPath ? ` (${subPath})` : '';
  if (git?.url) {
    const ref = git.commit ?? git.tag ?? git.branch;
    const url = browsableRepoUrl(git.url);
    return {
      text: `${repoPath(git.url)}${ref ? ` @ ${shortRef(ref)}` : ''}${sub}`,
      url,
      title: `${git.url}${ref ? ` @ ${ref}` : ''}${sub}`,
    };
  }
  const ref = sourceImage ?? image;
  if (ref) {
    const what = sourceImage ? 'source image' : 'image';
    return { text: `${ref}${sub}`, title: `${what} ${ref}${sub}` };
  }
  return { text: 'no source', title: 'no source' };
}
