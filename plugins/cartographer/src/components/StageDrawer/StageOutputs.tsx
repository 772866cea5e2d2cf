/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { GraphNode } from '@internal/plugin-cartographer-common';
import { Box, makeStyles, Typography } from '@material-ui/core';
import { RelativeTime } from '../RelativeTime';
import { YamlBlock } from './YamlBlock';

const useStyles = makeStyles({
  digest: { fontFamily: 'monospace', overflowWrap: 'anywhere' },
});

/** What a stage passes on: each output with its digest, age and preview. */
export function StageOutputs({ node }: { node: GraphNode }) {
  const classes = useStyles();
  if (node.outputs.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No outputs yet.
      </Typography>
    );
  }
  return (
    <>
      {node.outputs.map(o => (
        <Box key={o.name} mb={2}>
          <Typography variant="subtitle2" component="h4">
            {o.name}
          </Typography>
          <Typography variant="caption" color="textSecondary" component="div">
            {o.digest && <span className={classes.digest}>{o.digest}</span>}
            {o.lastTransitionTime && (
              <>
                {o.digest && ' · '}
                <RelativeTime time={o.lastTransitionTime} prefix="changed" />
              </>
            )}
          </Typography>
          {o.preview && <YamlBlock text={o.preview} />}
        </Box>
      ))}
    </>
  );
}
