/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Progress } from '@backstage/core-components';
import { GraphNode } from '@internal/plugin-cartographer-common';
import { Box, Drawer, makeStyles, Typography } from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import { useId } from 'react';
import { WorkloadKey } from '../../api';
import { useStageDetail } from '../../hooks/useStageDetail';
import { describeStage } from '../../lib/stageStatus';
import { CartographerErrorPanel } from '../CartographerErrorPanel';
import { StatusLabel } from '../StatusLabel';
import { ConditionsTable } from './ConditionsTable';
import { DrawerSection } from './DrawerSection';
import { StageEvents } from './StageEvents';
import { StageHeader } from './StageHeader';
import { StageOutputs } from './StageOutputs';
import { StagePrinterColumns } from './StagePrinterColumns';
import { StageRuns } from './StageRuns';
import { StampedHistory } from './StampedHistory';
import { YamlBlock } from './YamlBlock';

const useStyles = makeStyles(theme => ({
  paper: { width: 'min(760px, 100vw)' },
  body: {
    padding: theme.spacing(3),
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(2),
  },
}));

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
  const value = detail.value;

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
          <StageHeader stage={stage} headingId={headingId} onClose={onClose} />
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
          {value?.warnings.map(w => (
            <Alert severity="info" key={w}>
              {w}
            </Alert>
          ))}

          <DrawerSection title="Conditions">
            <ConditionsTable
              conditions={stage.conditions}
              caption={`Conditions of stage ${stage.name}`}
            />
          </DrawerSection>
          <DrawerSection title="Outputs">
            <StageOutputs node={stage} />
          </DrawerSection>
          {value && value.printerColumns.length > 0 && (
            <DrawerSection title="Printer columns">
              <StagePrinterColumns columns={value.printerColumns} />
            </DrawerSection>
          )}
          {value?.runs && (
            <DrawerSection title="Runs">
              <StageRuns
                runs={value.runs}
                stampedRef={stage.stampedRef}
                workload={workload}
              />
            </DrawerSection>
          )}
          {value?.history && (
            <DrawerSection title="Stamped objects">
              <StampedHistory
                history={value.history}
                kind={stage.stampedRef?.kind}
              />
            </DrawerSection>
          )}
          {value && (
            <DrawerSection title="Events">
              <StageEvents events={value.events} />
            </DrawerSection>
          )}
          {value?.yaml && (
            <DrawerSection title="Stamped object">
              <YamlBlock text={value.yaml} copyable />
            </DrawerSection>
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
