/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { ReactNode } from 'react';
import { useAnalytics } from '@backstage/core-plugin-api';
import {
  IndexableDocument,
  ResultHighlight,
} from '@backstage/plugin-search-common';
import { Box, ListItemIcon, makeStyles } from '@material-ui/core';
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
 * Props of the Cartographer search result list items, as the search page
 * passes them.
 * @public
 */
export interface CartographerSearchResultListItemProps {
  icon?: ReactNode | ((result: IndexableDocument) => ReactNode);
  result?: IndexableDocument;
  highlight?: ResultHighlight;
  rank?: number;
  lineClamp?: number;
  /** Leaves the search "discover" event to the list item around this one. */
  noTrack?: boolean;
}

/**
 * The frame both result items share: icon, highlighted heading linking to
 * the document's location (tracked as a search "discover" event) and a row
 * of facts.
 */
export function SearchResultFrame(
  props: CartographerSearchResultListItemProps & {
    result: IndexableDocument;
    facts: ReactNode;
  },
) {
  const classes = useStyles();
  const analytics = useAnalytics();
  const { result, icon, highlight, rank, lineClamp, facts, noTrack } = props;
  const track = () => {
    if (noTrack) return;
    analytics.captureEvent('discover', result.title, {
      attributes: { to: result.location },
      value: rank,
    });
  };
  return (
    <div className={classes.item} onClickCapture={track}>
      {icon && (
        <ListItemIcon>
          {typeof icon === 'function' ? icon(result) : icon}
        </ListItemIcon>
      )}
      <div className={classes.body}>
        <ResultHeading
          title={result.title}
          text={result.text}
          location={result.location}
          highlight={highlight}
          lineClamp={lineClamp}
        />
        <Box className={classes.facts}>{facts}</Box>
      </div>
    </div>
  );
}
