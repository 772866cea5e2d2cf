/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  CodeSnippet,
  EmptyState,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { ResponseError } from '@backstage/errors';
import { Button, Typography } from '@material-ui/core';
import { classifyError } from '../../api/errors';

/** Props of {@link CartographerErrorPanel}. */
export interface CartographerErrorPanelProps {
  error: Error;
  /** What was being read, e.g. "this workload", for the not-found text. */
  subject?: string;
  onRetry?: () => void;
}

function serverMessage(error: Error) {
  return ResponseError.is(error) ? error.cause.message : error.message;
}

/**
 * Explains a failure in terms the reader can act on: a backend that is not
 * installed, a permission the user lacks, or something that does not exist
 * (or is hidden from them); anything else gets the standard error panel.
 */
export function CartographerErrorPanel({
  error,
  subject = 'this',
  onRetry,
}: CartographerErrorPanelProps) {
  const retry = onRetry && (
    <Button variant="outlined" onClick={onRetry}>
      Try again
    </Button>
  );
  switch (classifyError(error)) {
    case 'backendNotInstalled':
      return (
        <EmptyState
          missing="info"
          title="The Cartographer backend is not installed"
          description={
            <>
              <Typography variant="body2" component="span">
                {error.message} In a backend using the new backend system:
              </Typography>
              <CodeSnippet
                language="typescript"
                text="backend.add(import('@internal/plugin-cartographer-backend'));"
              />
            </>
          }
          action={retry}
        />
      );
    case 'permissionDenied':
      return (
        <EmptyState
          missing="info"
          title="Permission denied"
          description={`You are not allowed to see ${subject}: ${serverMessage(error)}. Ask a Backstage administrator to grant the Cartographer permission named above (cartographer.workload.read or cartographer.supplychain.read).`}
        />
      );
    case 'notFound':
      return (
        <EmptyState
          missing="data"
          title="Not found"
          description={`${serverMessage(error)}. It may have been deleted, or your permissions may not cover it.`}
          action={retry}
        />
      );
    default:
      return <ResponseErrorPanel error={error} />;
  }
}
