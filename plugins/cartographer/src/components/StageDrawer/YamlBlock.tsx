/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { CodeSnippet } from '@backstage/core-components';
import { makeStyles } from '@material-ui/core';

// The snippet's own syntax palette fails contrast on either theme; the
// theme's text and paper colours pass on both.
const useStyles = makeStyles(theme => ({
  root: {
    '& pre': {
      background: `${theme.palette.background.default} !important`,
      color: `${theme.palette.text.primary} !important`,
      border: `1px solid ${theme.palette.divider}`,
    },
    '& pre span, & code span': {
      color: `${theme.palette.text.primary} !important`,
    },
  },
}));

/** YAML as a copyable code block in the theme's colours. */
export function YamlBlock({
  text,
  copyable = false,
}: {
  text: string;
  copyable?: boolean;
}) {
  const classes = useStyles();
  return (
    <div className={classes.root}>
      <CodeSnippet language="yaml" text={text} showCopyCodeButton={copyable} />
    </div>
  );
}
