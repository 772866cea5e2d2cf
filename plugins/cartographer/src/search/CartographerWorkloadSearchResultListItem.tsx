/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { ReactNode } from 'react';
import { useAnalytics } from '@backstage/core-plugin-api';
import {
  IndexableDocument,
  ResultHighlight,
} from '@backstage/plugin-search-common';
import { CartographerWorkloadDocument } from '@internal/plugin-cartographer-common';
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

/**
 * Props of {@link CartographerWorkloadSearchResultListItem}.
 * @public
 */
export interface CartographerWorkloadSearchResultListItemProps {
  icon?: ReactNode | ((result: IndexableDocument) => ReactNode);
  result?: IndexableDocument;
  highlight?: ResultHighlight;
  rank?: number;
  lineClamp?: number;
}

/**
 * A `cartographer-workload` search result: name, summary, state with its
 * reason, where it runs and the supply chain. Links to the entity's Supply
 * Chain tab or the workload page, as the collator decided.
 * @public
 */
export function CartographerWorkloadSearchResultListItem(
  props: CartographerWorkloadSearchResultListItemProps,
) {
  const classes = useStyles();
  const analytics = useAnalytics();
  const result = props.result as CartographerWorkloadDocument | undefined;
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
          <StatusLabel state={result.state} reason={result.reason} />
          <Chip
            size="small"
            label={`${result.cluster} / ${result.namespace}`}
            title="Cluster / namespace"
          />
          <Chip
            size="small"
            label={
              result.supplyChain
                ? `Supply chain: ${result.supplyChain}`
                : 'No supply chain'
            }
          />
          {result.owner && (
            <Chip size="small" label={`Owner: ${result.owner}`} />
          )}
        </Box>
      </div>
    </div>
  );
}
