/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { GraphNode } from '@internal/plugin-cartographer-common';
import { IconButton, makeStyles, Typography } from '@material-ui/core';
import CloseIcon from '@material-ui/icons/Close';
import { templateDescription } from '../SupplyChainGraph/StageNode';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'flex-start',
  },
  stamped: { fontFamily: 'monospace', overflowWrap: 'anywhere' },
});

/** The drawer's title: stage, template and the object it stamped. */
export function StageHeader({
  stage,
  headingId,
  onClose,
}: {
  stage: GraphNode;
  headingId: string;
  onClose: () => void;
}) {
  const classes = useStyles();
  const stamped = stage.stampedRef;
  return (
    <div className={classes.header}>
      <div>
        <Typography variant="h5" component="h2" id={headingId}>
          Stage {stage.name}
        </Typography>
        <Typography variant="body2" color="textSecondary">
          {templateDescription(stage, true)}
        </Typography>
        {stamped && (
          <Typography variant="body2" className={classes.stamped}>
            {stamped.kind} {stamped.namespace ? `${stamped.namespace}/` : ''}
            {stamped.name}
            {stamped.apiVersion ? ` (${stamped.apiVersion})` : ''}
          </Typography>
        )}
      </div>
      <IconButton aria-label="Close stage details" onClick={onClose}>
        <CloseIcon />
      </IconButton>
    </div>
  );
}
