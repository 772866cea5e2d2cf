/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Link } from '@backstage/core-components';
import { ResultHighlight } from '@backstage/plugin-search-common';
import { HighlightedSearchResultText } from '@backstage/plugin-search-react';
import { ListItemText, Typography } from '@material-ui/core';

/** Highlighted text when the engine returned a highlight for the field. */
function Highlighted({
  field,
  fallback,
  highlight,
}: {
  field: 'title' | 'text';
  fallback: string;
  highlight?: ResultHighlight;
}) {
  const text = highlight?.fields[field];
  return text ? (
    <HighlightedSearchResultText
      text={text}
      preTag={highlight!.preTag}
      postTag={highlight!.postTag}
    />
  ) : (
    <>{fallback}</>
  );
}

/** The linked title and the clamped summary both result items share. */
export function ResultHeading(props: {
  title: string;
  text: string;
  location: string;
  highlight?: ResultHighlight;
  lineClamp?: number;
}) {
  const { title, text, location, highlight, lineClamp = 3 } = props;
  return (
    <ListItemText
      primaryTypographyProps={{ variant: 'h6' }}
      primary={
        <Link noTrack to={location}>
          <Highlighted field="title" fallback={title} highlight={highlight} />
        </Link>
      }
      secondary={
        <Typography
          component="span"
          variant="body2"
          color="textSecondary"
          style={{
            display: '-webkit-box',
            WebkitBoxOrient: 'vertical',
            WebkitLineClamp: lineClamp,
            overflow: 'hidden',
          }}
        >
          <Highlighted field="text" fallback={text} highlight={highlight} />
        </Typography>
      }
    />
  );
}
