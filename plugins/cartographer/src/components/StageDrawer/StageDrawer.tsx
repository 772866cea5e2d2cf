/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  CodeSnippet,
  Progress,
  ResponseErrorPanel,
  StructuredMetadataTable,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Box, Drawer, IconButton, Typography } from '@material-ui/core';
import CloseIcon from '@material-ui/icons/Close';
import useAsync from 'react-use/esm/useAsync';
import { cartographerApiRef } from '../../api/CartographerApi';
import { StageStatus } from '../SupplyChainGraph/StageStatus';

export interface StageRef {
  cluster: string;
  namespace: string;
  name: string;
  stage: string;
}

/** A stage's conditions, outputs, stamped object, printer columns and events. */
export function StageDrawer({
  target,
  onClose,
}: {
  target?: StageRef;
  onClose: () => void;
}) {
  const api = useApi(cartographerApiRef);
  const { value, loading, error } = useAsync(
    async () =>
      target
        ? api.getStage(
            target.cluster,
            target.namespace,
            target.name,
            target.stage,
          )
        : undefined,
    [api, target?.cluster, target?.namespace, target?.name, target?.stage],
  );
  return (
    <Drawer anchor="right" open={!!target} onClose={onClose}>
      <Box
        p={3}
        width={640}
        role="region"
        aria-label={`Stage ${target?.stage ?? ''} details`}
      >
        <Box display="flex" justifyContent="space-between" alignItems="center">
          <Typography variant="h5">Stage {target?.stage}</Typography>
          <IconButton aria-label="Close stage details" onClick={onClose}>
            <CloseIcon />
          </IconButton>
        </Box>
        {loading && <Progress />}
        {error && <ResponseErrorPanel error={error} />}
        {value && (
          <>
            <StageStatus state={value.stage.state} />
            {value.warnings.map(w => (
              <Typography key={w} variant="body2" color="textSecondary">
                {w}
              </Typography>
            ))}
            <Typography variant="h6">Conditions</Typography>
            {value.stage.conditions.length === 0 && (
              <Typography variant="body2">No conditions reported.</Typography>
            )}
            {value.stage.conditions.map(c => (
              <Typography key={c.type} variant="body2" component="div">
                <strong>{c.type}</strong>: {c.status}{' '}
                {c.reason ? `(${c.reason})` : ''} {c.message}
              </Typography>
            ))}
            <Typography variant="h6">Outputs</Typography>
            {value.stage.outputs.length === 0 && (
              <Typography variant="body2">No outputs.</Typography>
            )}
            {value.stage.outputs.map(o => (
              <Box key={o.name} mb={1}>
                <Typography variant="subtitle2">
                  {o.name} {o.shortDigest ? `@${o.shortDigest}` : ''}
                </Typography>
                <CodeSnippet language="yaml" text={o.preview ?? ''} />
              </Box>
            ))}
            {value.printerColumns.length > 0 && (
              <>
                <Typography variant="h6">Columns</Typography>
                <StructuredMetadataTable
                  metadata={Object.fromEntries(
                    value.printerColumns.map(c => [c.name, c.value]),
                  )}
                />
              </>
            )}
            <Typography variant="h6">Events</Typography>
            {value.events.length === 0 && (
              <Typography variant="body2">No events.</Typography>
            )}
            {value.events.map((e, i) => (
              <Typography key={i} variant="body2">
                {e.type} {e.reason}: {e.message}
              </Typography>
            ))}
            {value.yaml && (
              <>
                <Typography variant="h6">
                  {value.stage.stampedRef?.kind} {value.stage.stampedRef?.name}
                </Typography>
                <CodeSnippet
                  language="yaml"
                  text={value.yaml}
                  showCopyCodeButton
                />
              </>
            )}
          </>
        )}
      </Box>
    </Drawer>
  );
}
