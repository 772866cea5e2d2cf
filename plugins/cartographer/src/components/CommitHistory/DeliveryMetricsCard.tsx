/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InfoCard, Progress } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  formatDuration,
  MetricsResponse,
  MetricsWindowName,
} from '@internal/plugin-cartographer-common';
import { Box, Grid, makeStyles, Typography, useTheme } from '@material-ui/core';
import { ToggleButton, ToggleButtonGroup } from '@material-ui/lab';
import { ReactElement, useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { WorkloadKey } from '../../api';
import {
  useEntityMetrics,
  useWorkloadMetrics,
} from '../../hooks/useWorkloadHistory';
import { LiveAsyncState } from '../../hooks/useLiveAsync';
import { CartographerErrorPanel } from '../CartographerErrorPanel';

const WINDOWS: MetricsWindowName[] = ['7d', '30d', '90d'];

const useStyles = makeStyles(theme => ({
  tile: {
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
    padding: theme.spacing(1.5),
    height: '100%',
  },
  value: { fontSize: '1.5rem', fontWeight: 600, lineHeight: 1.3 },
  chart: { width: '100%', height: 200 },
}));

function Tile(props: { label: string; value: string; detail: string }) {
  const classes = useStyles();
  return (
    <div className={classes.tile} data-metric={props.label}>
      <Typography variant="body2" color="textSecondary">
        {props.label}
      </Typography>
      <div className={classes.value}>{props.value}</div>
      <Typography variant="body2">{props.detail}</Typography>
    </div>
  );
}

function Tiles({ metrics }: { metrics: MetricsResponse['metrics'] }) {
  const { deploymentFrequency, leadTime, changeFailure, timeToRestore } =
    metrics;
  const rate =
    changeFailure.rate === undefined
      ? '–'
      : `${Math.round(changeFailure.rate * 100)}%`;
  return (
    <Grid container spacing={2}>
      <Grid item xs={12} sm={6} lg={3}>
        <Tile
          label="Deployment frequency"
          value={`${deploymentFrequency.perDay.toFixed(1)}/day`}
          detail={`${deploymentFrequency.published} configs published, ${deploymentFrequency.delivered} delivered`}
        />
      </Grid>
      <Grid item xs={12} sm={6} lg={3}>
        <Tile
          label="Lead time for changes"
          value={formatDuration(leadTime.toPublished.medianMs)}
          detail={`median; p90 ${formatDuration(leadTime.toPublished.p90Ms)}${
            leadTime.slowestStage
              ? `; slowest stage ${leadTime.slowestStage.stage}`
              : ''
          }`}
        />
      </Grid>
      <Grid item xs={12} sm={6} lg={3}>
        <Tile
          label="Change failure rate"
          value={rate}
          detail={`${changeFailure.failed} of ${changeFailure.revisions} revisions failed`}
        />
      </Grid>
      <Grid item xs={12} sm={6} lg={3}>
        <Tile
          label="Time to restore"
          value={formatDuration(timeToRestore.medianMs)}
          detail={`median of ${timeToRestore.count} restored${
            timeToRestore.unrestored
              ? `, ${timeToRestore.unrestored} still failed`
              : ''
          }`}
        />
      </Grid>
    </Grid>
  );
}

/** Publications and failures per day, and each stage's median duration. */
function Charts({ value }: { value: MetricsResponse }) {
  const theme = useTheme();
  const axis = { fill: theme.palette.text.secondary, fontSize: 12 };
  const tooltip = {
    contentStyle: {
      background: theme.palette.background.paper,
      border: `1px solid ${theme.palette.divider}`,
      color: theme.palette.text.primary,
    },
  };
  const trend = value.trend.map(d => ({ ...d, day: d.day.slice(5) }));
  const stages = value.stages.map(s => ({
    stage: s.stage,
    seconds: Math.round(s.medianMs / 1000),
  }));
  const grid = (vertical: boolean) => (
    <CartesianGrid
      stroke={theme.palette.divider}
      vertical={vertical}
      horizontal={!vertical}
    />
  );
  const hover = (
    <Tooltip {...tooltip} cursor={{ fill: theme.palette.action.hover }} />
  );
  return (
    <Grid container spacing={2}>
      <ChartPanel
        md={7}
        title="Configs published and failed revisions per day"
        label={`Configs published per day over ${value.window}: ${value.metrics.deploymentFrequency.published} in all, ${value.metrics.changeFailure.failed} failed revisions`}
      >
        <BarChart data={trend}>
          {grid(false)}
          <XAxis dataKey="day" tick={axis} stroke={theme.palette.divider} />
          <YAxis
            allowDecimals={false}
            tick={axis}
            width={28}
            stroke={theme.palette.divider}
          />
          {hover}
          <Bar
            dataKey="published"
            name="Published"
            fill={theme.palette.primary.main}
          />
          <Bar dataKey="failed" name="Failed" fill={theme.palette.error.main} />
        </BarChart>
      </ChartPanel>
      <ChartPanel
        md={5}
        title="Median time per stage (seconds)"
        label={`Median time per stage: ${stages.map(s => `${s.stage} ${s.seconds} s`).join(', ') || 'none yet'}`}
      >
        <BarChart data={stages} layout="vertical" margin={{ left: 8 }}>
          {grid(true)}
          <XAxis
            type="number"
            allowDecimals={false}
            tick={axis}
            stroke={theme.palette.divider}
          />
          <YAxis
            type="category"
            dataKey="stage"
            tick={axis}
            width={110}
            stroke={theme.palette.divider}
          />
          {hover}
          <Bar
            dataKey="seconds"
            name="Median seconds"
            fill={theme.palette.secondary.main}
          />
        </BarChart>
      </ChartPanel>
    </Grid>
  );
}

/** A titled chart, described in words for assistive technology. */
function ChartPanel(props: {
  md: 5 | 7;
  title: string;
  label: string;
  children: ReactElement;
}) {
  const classes = useStyles();
  return (
    <Grid item xs={12} md={props.md}>
      <Typography variant="subtitle2" component="h3">
        {props.title}
      </Typography>
      <div className={classes.chart} role="img" aria-label={props.label}>
        <ResponsiveContainer>{props.children}</ResponsiveContainer>
      </div>
    </Grid>
  );
}

/** What a metrics card shows and how it reads its metrics. */
interface MetricsCardProps {
  subheader: string;
  /** What the error panel says could not be read. */
  subject: string;
  window: MetricsWindowName;
  onWindow: (window: MetricsWindowName) => void;
  metrics: LiveAsyncState<MetricsResponse>;
}

/** The window buttons, the four metric tiles and the charts. */
function MetricsCard(props: MetricsCardProps) {
  const { subheader, subject, window, onWindow, metrics } = props;
  const value = metrics.value;
  return (
    <InfoCard title="Delivery metrics" subheader={subheader}>
      {/* In the body, not the header: at phone width it would squeeze the title. */}
      <Box mb={2}>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={window}
          onChange={(_, next) => next && onWindow(next)}
          aria-label="Metrics window"
        >
          {WINDOWS.map(w => (
            <ToggleButton key={w} value={w}>
              {w.replace('d', ' days')}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </Box>
      {metrics.loading && <Progress />}
      {metrics.error && (
        <CartographerErrorPanel
          error={metrics.error}
          subject={subject}
          onRetry={metrics.retry}
        />
      )}
      {value && (
        <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
          <Tiles metrics={value.metrics} />
          <Charts value={value} />
        </Box>
      )}
    </InfoCard>
  );
}

/**
 * The four delivery metrics of one workload over 7, 30 or 90 days, from
 * its recorded history, with the daily trend and per-stage durations.
 */
export function DeliveryMetricsCard({ workload }: { workload: WorkloadKey }) {
  const [window, setWindow] = useState<MetricsWindowName>('30d');
  const metrics = useWorkloadMetrics(workload, window);
  return (
    <MetricsCard
      subheader="From the supply chain's own transitions"
      subject={`the metrics of workload ${workload.namespace}/${workload.name}`}
      window={window}
      onWindow={setWindow}
      metrics={metrics}
    />
  );
}

/** How an aggregate's members relate to the entity, as the backend counts them. */
const MEMBERS_OF: Record<string, string> = {
  system: "'s components",
  group: "'s components",
  user: "'s components",
};

/**
 * The delivery metrics of the entity on whose page it sits: a component's
 * workloads, a system's member components', or what a group or user owns;
 * only the workloads the viewer may read are counted.
 */
export function EntityDeliveryMetricsCard() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const [window, setWindow] = useState<MetricsWindowName>('30d');
  const metrics = useEntityMetrics(entityRef, window);
  return (
    <MetricsCard
      subheader={`Of the workloads of ${
        entity.metadata.title ?? entity.metadata.name
      }${MEMBERS_OF[entity.kind.toLocaleLowerCase('en-US')] ?? ''}`}
      subject={`the metrics of ${entityRef}`}
      window={window}
      onWindow={setWindow}
      metrics={metrics}
    />
  );
}
