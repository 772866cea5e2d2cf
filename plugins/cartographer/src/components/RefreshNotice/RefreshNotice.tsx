/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Button } from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import { relativeTime } from '../../lib/relativeTime';

/**
 * Says that what is shown could not be refreshed, and since when it is old:
 * the last good data stays on screen instead of being replaced by an error.
 */
export function RefreshNotice({
  error,
  updatedAt,
  onRetry,
}: {
  error?: Error;
  updatedAt?: number;
  onRetry?: () => void;
}) {
  if (!error) return null;
  const since = updatedAt
    ? relativeTime(new Date(updatedAt).toISOString())
    : undefined;
  return (
    <Alert
      severity="warning"
      action={
        onRetry && (
          <Button color="inherit" size="small" onClick={onRetry}>
            Retry
          </Button>
        )
      }
    >
      Could not refresh: {error.message}. Showing the data
      {since ? ` from ${since}` : ' loaded earlier'}.
    </Alert>
  );
}
