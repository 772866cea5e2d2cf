/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { ReactNode } from 'react';
import { useAnalytics } from '@backstage/core-plugin-api';
import {
  IndexableDocument,
  ResultHighlight,
} from '@backstage/plugin-search-common';
import { CartographerSupplyChainDocument } from '@internal/plugin-cartographer-common';
import { Box, Chip, ListItemIcon, makeStyles } from '@material-ui/core';
import { StatusLabel } from '../components/StatusLabel';
import { ResultHeading } from './ResultHeading';

const useStyles = makeStyles(theme => ({
  item: { display: 'flex' },
  body: { flexGrow: 1, minWidth: 0 },
  facts: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(2),
  },
}));

const READY_STATE = {
  True: 'ready',
  False: 'failed',
  Unknown: 'pending',
} as const;

/**
 * Props of {@link CartographerSupplyChainSearchResultListItem}.
 * @public
 */
export interface CartographerSupplyChainSearchResultListItemProps {
  icon?: ReactNode | ((result: IndexableDocument) => ReactNode);
  result?: IndexableDocument;
  highlight?: ResultHighlight;
  rank?: number;
  lineClamp?: number;
}

/**
 * A `cartographer-supply-chain` search result: name, selectors and stages,
 * readiness, cluster and whether developers may onboard onto it.
 * @public
 */
export function CartographerSupplyChainSearchResultListItem(
  props: CartographerSupplyChainSearchResultListItemProps,
) {
  const classes = useStyles();
  const analytics = useAnalytics();
  const result = props.result as CartographerSupplyChainDocument | undefined;
  if (!result) return null;
  const track = () =>
    analytics.captureEvent('discover', result.title, {
      attributes: { to: result.location },
      value: props.rank,
    });
  return (
    <div className={classes.item} onClickCapture={track}>
      {props.icon && (
        <ListItemIcon>
          {typeof props.icon === 'function'
            ? props.icon(props.result!)
            : props.icon}
        </ListItemIcon>
      )}
      <div className={classes.body}>
        <ResultHeading
          title={result.title}
          text={result.text}
          location={result.location}
          highlight={props.highlight}
          lineClamp={props.lineClamp}
        />
        <Box className={classes.facts}>
          <StatusLabel state={READY_STATE[result.ready] ?? 'unknown'} />
          <Chip size="small" label={`Cluster: ${result.cluster}`} />
          <Chip
            size="small"
            label={
              result.kind === 'ClusterDelivery' ? 'Delivery' : 'Supply chain'
            }
          />
          <Chip
            size="small"
            label={result.approved ? 'Approved' : 'Not approved'}
            title={result.approval}
          />
        </Box>
      </div>
    </div>
  );
}
