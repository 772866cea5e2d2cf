/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Link } from '@backstage/core-components';
import { WorkloadSource } from '@internal/plugin-cartographer-common';
import {
  browsableRepoUrl,
  commitOfRevision,
  commitUrl,
  refUrl,
} from '../../lib/sourceLinks';

/**
 * Where a workload's code comes from: the git repository and ref, linking
 * to the commit once the source stage reported one; else the source image
 * or the pre-built image.
 */
export function SourceLink({
  source,
  compact = false,
}: {
  source: WorkloadSource;
  /** One short line for table cells. */
  compact?: boolean;
}) {
  const { git, sourceImage, image, subPath, revision } = source;
  if (git?.url) {
    const repo = browsableRepoUrl(git.url);
    const ref = git.commit ?? git.tag ?? git.branch;
    const sha = commitOfRevision(revision) ?? git.commit;
    const repoText = compact ? git.url.replace(/^https?:\/\//, '') : git.url;
    const refLink = ref && !git.commit ? refUrl(git.url, ref) : undefined;
    const shaLink = sha ? commitUrl(git.url, sha) : undefined;
    return (
      <span>
        {repo ? <Link to={repo}>{repoText}</Link> : repoText}
        {ref && (
          <>
            {' @ '}
            {refLink ? <Link to={refLink}>{ref}</Link> : ref}
          </>
        )}
        {sha && sha !== git.commit && (
          <>
            {' · commit '}
            {shaLink ? (
              <Link to={shaLink} title={sha}>
                {sha.slice(0, 8)}
              </Link>
            ) : (
              <span title={sha}>{sha.slice(0, 8)}</span>
            )}
          </>
        )}
        {!sha && revision && !compact && ` · revision ${revision}`}
        {subPath && ` (${subPath})`}
      </span>
    );
  }
  if (sourceImage) {
    return (
      <span>
        source image {sourceImage}
        {subPath && ` (${subPath})`}
      </span>
    );
  }
  if (image) return <span>image {image}</span>;
  return <span>no source</span>;
}
