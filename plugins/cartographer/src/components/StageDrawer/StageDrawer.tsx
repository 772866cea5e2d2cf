/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  CodeSnippet,
  Progress,
  StructuredMetadataTable,
} from '@backstage/core-components';
import {
  GraphNode,
  StageDetailResponse,
} from '@internal/plugin-cartographer-common';
import {
  Box,
  Drawer,
  IconButton,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import CloseIcon from '@material-ui/icons/Close';
import Alert from '@material-ui/lab/Alert';
import { ReactNode, useId } from 'react';
import { WorkloadKey } from '../../api';
import { useStageDetail } from '../../hooks/useStageDetail';
import { describeStage } from '../../lib/stageStatus';
import { CartographerErrorPanel } from '../CartographerErrorPanel';
import { RelativeTime } from '../RelativeTime';
import { RunsTable } from '../RunsTable';
import { StatusLabel } from '../StatusLabel';
import { templateDescription } from '../SupplyChainGraph/StageNode';
import { ConditionsTable } from './ConditionsTable';
import { StampedHistory } from './StampedHistory';

const useStyles = makeStyles(theme => ({
  paper: { width: 'min(760px, 100vw)' },
  body: {
    padding: theme.spacing(3),
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(2),
  },
  header: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'flex-start',
  },
  mono: { fontFamily: 'monospace', wordBreak: 'break-all' },
}));

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section">
      <Typography variant="h6" component="h3" gutterBottom>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

function Outputs({ node }: { node: GraphNode }) {
  const classes = useStyles();
  if (node.outputs.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No outputs yet.
      </Typography>
    );
  }
  return (
    <>
      {node.outputs.map(o => (
        <Box key={o.name} mb={2}>
          <Typography variant="subtitle2" component="h4">
            {o.name}
          </Typography>
          <Typography variant="caption" color="textSecondary" component="div">
            {o.digest && <span className={classes.mono}>{o.digest}</span>}
            {o.lastTransitionTime && (
              <>
                {' · '}
                <RelativeTime time={o.lastTransitionTime} prefix="changed" />
              </>
            )}
          </Typography>
          {o.preview && <CodeSnippet language="yaml" text={o.preview} />}
        </Box>
      ))}
    </>
  );
}

function Events({ events }: { events: StageDetailResponse['events'] }) {
  if (events.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No recent events.
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label="Events of the stamped object">
      <TableHead>
        <TableRow>
          <TableCell>Type</TableCell>
          <TableCell>Reason</TableCell>
          <TableCell>Message</TableCell>
          <TableCell>Count</TableCell>
          <TableCell>Last seen</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {events.map((e, i) => (
          <TableRow key={`${e.reason}-${i}`}>
            <TableCell>
              {e.type === 'Warning' ? (
                <StatusLabel state="failed" label="Warning" />
              ) : (
                (e.type ?? '—')
              )}
            </TableCell>
            <TableCell>{e.reason ?? '—'}</TableCell>
            <TableCell>{e.message ?? ''}</TableCell>
            <TableCell>{e.count ?? 1}</TableCell>
            <TableCell>
              <RelativeTime time={e.lastTimestamp} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Props of {@link StageDrawer}. */
export interface StageDrawerProps {
  /** The stage to show; the drawer is closed when undefined. */
  node?: GraphNode;
  /**
   * The workload the stage belongs to. Without it (a Deliverable's stage)
   * the drawer shows what the graph knows: conditions and outputs.
   */
  workload?: WorkloadKey;
  onClose: () => void;
}

/**
 * A stage's details: state and conditions with messages, outputs with
 * previews, printer columns, events, Runnable runs and the stamped YAML.
 * Opens from a click or Enter on a stage; Escape or the close button
 * returns focus to it.
 */
export function StageDrawer({ node, workload, onClose }: StageDrawerProps) {
  const classes = useStyles();
  const headingId = useId();
  const detail = useStageDetail(
    workload ?? { cluster: '', namespace: '', name: '' },
    workload ? node?.name : undefined,
  );
  // The fetched stage is newer than the graph's copy once it arrives.
  const stage = detail.value?.stage ?? node;
  const description = stage ? describeStage(stage) : undefined;
  const stamped = stage?.stampedRef;

  return (
    <Drawer
      anchor="right"
      open={!!node}
      onClose={onClose}
      classes={{ paper: classes.paper }}
      PaperProps={{ role: 'dialog', 'aria-labelledby': headingId } as object}
    >
      {stage && description && (
        <div
          className={classes.body}
          role="region"
          aria-label={`Stage ${stage.name} details`}
        >
          <div className={classes.header}>
            <div>
              <Typography variant="h5" component="h2" id={headingId}>
                Stage {stage.name}
              </Typography>
              <Typography variant="body2" color="textSecondary">
                {templateDescription(stage, true)}
              </Typography>
              {stamped && (
                <Typography variant="body2" className={classes.mono}>
                  {stamped.kind}{' '}
                  {stamped.namespace ? `${stamped.namespace}/` : ''}
                  {stamped.name}
                  {stamped.apiVersion ? ` (${stamped.apiVersion})` : ''}
                </Typography>
              )}
            </div>
            <IconButton aria-label="Close stage details" onClick={onClose}>
              <CloseIcon />
            </IconButton>
          </div>

          <Box>
            <StatusLabel
              state={description.state}
              label={description.label}
              reason={description.reason}
            />
            <Typography variant="body2">{description.explanation}</Typography>
          </Box>

          {detail.loading && <Progress />}
          {detail.error && <CartographerErrorPanel error={detail.error} />}
          {detail.value?.warnings.map(w => (
            <Alert severity="info" key={w}>
              {w}
            </Alert>
          ))}

          <Section title="Conditions">
            <ConditionsTable
              conditions={stage.conditions}
              caption={`Conditions of stage ${stage.name}`}
            />
          </Section>
          <Section title="Outputs">
            <Outputs node={stage} />
          </Section>
          {detail.value && detail.value.printerColumns.length > 0 && (
            <Section title="Printer columns">
              <StructuredMetadataTable
                options={{ titleFormat: name => name }}
                metadata={Object.fromEntries(
                  detail.value.printerColumns.map(c => [
                    c.name,
                    c.value || '—',
                  ]),
                )}
              />
            </Section>
          )}
          {detail.value?.runs && (
            <Section title="Runs">
              <RunsTable
                history={detail.value.runs}
                runnable={
                  workload && stamped?.name
                    ? {
                        cluster: workload.cluster,
                        namespace: stamped.namespace ?? workload.namespace,
                        name: stamped.name,
                      }
                    : undefined
                }
              />
            </Section>
          )}
          {detail.value?.history && (
            <Section title="Stamped objects">
              <StampedHistory
                history={detail.value.history}
                kind={stamped?.kind}
              />
            </Section>
          )}
          {detail.value && (
            <Section title="Events">
              <Events events={detail.value.events} />
            </Section>
          )}
          {detail.value?.yaml && (
            <Section title="Stamped object">
              <CodeSnippet
                language="yaml"
                text={detail.value.yaml}
                showCopyCodeButton
              />
            </Section>
          )}
          {!workload && (
            <Typography variant="body2" color="textSecondary">
              Events and the stamped object's YAML are shown for workload stages
              only.
            </Typography>
          )}
        </div>
      )}
    </Drawer>
  );
}
