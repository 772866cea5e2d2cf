/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Link } from '@backstage/core-components';
import {
  browsableRepoUrl,
  commitOfRevision,
  commitUrl,
  formatSource,
  refUrl,
  WorkloadSource,
} from '@internal/plugin-cartographer-common';
import { makeStyles, Tooltip } from '@material-ui/core';

const useStyles = makeStyles({
  // One line in a table cell; the tooltip holds the full address.
  compact: {
    display: 'inline-block',
    maxWidth: 260,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    verticalAlign: 'bottom',
  },
});

/** `owner/repo @ ref` on one line, linking to the repository. */
function CompactSource({ source }: { source: WorkloadSource }) {
  const classes = useStyles();
  const { text, url, title } = formatSource(source);
  return (
    <Tooltip title={title}>
      <span className={classes.compact}>
        {url ? <Link to={url}>{text}</Link> : text}
      </span>
    </Tooltip>
  );
}

/**
 * Where a workload's code comes from: the git repository and ref, linking
 * to the commit once the source stage reported one; else the source image
 * or the pre-built image. `compact` is one short line for table cells.
 */
export function SourceLink({
  source,
  compact = false,
}: {
  source: WorkloadSource;
  compact?: boolean;
}) {
  const { git, sourceImage, image, subPath, revision } = source;
  if (compact) return <CompactSource source={source} />;
  if (git?.url) {
    const repo = browsableRepoUrl(git.url);
    const ref = git.commit ?? git.tag ?? git.branch;
    const sha = commitOfRevision(revision) ?? git.commit;
    const refLink = ref && !git.commit ? refUrl(git.url, ref) : undefined;
    const shaLink = sha ? commitUrl(git.url, sha) : undefined;
    return (
      <span>
        {repo ? <Link to={repo}>{git.url}</Link> : git.url}
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
        {!sha && revision && ` · revision ${revision}`}
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
