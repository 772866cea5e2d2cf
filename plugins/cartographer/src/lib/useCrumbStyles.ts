/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { makeStyles } from '@material-ui/core';

/** The breadcrumbs' subtle grey misses 4.5:1 on the page background. */
export const useCrumbStyles = makeStyles(theme => ({
  crumb: { color: theme.palette.text.primary },
}));
