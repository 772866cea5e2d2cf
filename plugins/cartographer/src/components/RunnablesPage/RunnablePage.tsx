/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  Breadcrumbs,
  InfoCard,
  Link,
  Progress,
  StructuredMetadataTable,
} from '@backstage/core-components';
import { JsonValue } from '@internal/plugin-cartographer-common';
import { useCrumbStyles } from '../../lib/useCrumbStyles';
import { Box, Grid, Typography } from '@material-ui/core';
import { useParams } from 'react-router-dom';
import { useCartographerLinks } from '../../hooks/useCartographerLinks';
import { useRunnable } from '../../hooks/useRunnables';
import { CartographerErrorPanel } from '../CartographerErrorPanel';
import { RunnableSelection } from '../RunnableSelection';
import { RunsTable } from '../RunsTable';
import { StatusLabel } from '../StatusLabel';
import { ConditionsTable } from '../StageDrawer/ConditionsTable';

function show(values: { [key: string]: JsonValue } | undefined) {
  return Object.fromEntries(
    Object.entries(values ?? {}).map(([k, v]) => [
      k,
      typeof v === 'string' ? v : JSON.stringify(v),
    ]),
  );
}

/** One Runnable: state, selection explainer, inputs, outputs, conditions and runs. */
export function RunnablePage() {
  const { cluster = '', namespace = '', name = '' } = useParams();
  const classes = useCrumbStyles();
  const links = useCartographerLinks();
  const key = { cluster, namespace, name };
  const { value, loading, error, retry } = useRunnable(key);
  return (
    <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
      <Breadcrumbs aria-label="Breadcrumb">
        {links.runnables ? (
          <Link to={links.runnables()} className={classes.crumb}>
            Runnables
          </Link>
        ) : (
          <span>Runnables</span>
        )}
        <Typography className={classes.crumb}>
          {cluster} / {namespace} / {name}
        </Typography>
      </Breadcrumbs>
      <Typography variant="h4" component="h2">
        Runnable {name}
      </Typography>
      {loading && !value && <Progress />}
      {error && (
        <CartographerErrorPanel
          error={error}
          subject={`runnable ${namespace}/${name}`}
          onRetry={retry}
        />
      )}
      {value && (
        <>
          <Box>
            <StatusLabel
              state={value.runnable.state}
              reason={
                value.runnable.state === 'ready'
                  ? undefined
                  : value.runnable.reason
              }
            />
            {value.runnable.message && (
              <Typography variant="body2">{value.runnable.message}</Typography>
            )}
          </Box>
          <Grid container spacing={2}>
            <Grid item xs={12} md={6}>
              <InfoCard title="Inputs">
                {Object.keys(value.spec.inputs ?? {}).length === 0 ? (
                  <Typography variant="body2" color="textSecondary">
                    No spec.inputs.
                  </Typography>
                ) : (
                  <StructuredMetadataTable
                    metadata={show(value.spec.inputs)}
                    options={{ titleFormat: k => k }}
                  />
                )}
              </InfoCard>
            </Grid>
            <Grid item xs={12} md={6}>
              <InfoCard title="Outputs">
                {Object.keys(value.outputs).length === 0 ? (
                  <Typography variant="body2" color="textSecondary">
                    No outputs yet: outputs come from the newest run whose
                    Succeeded condition is True.
                  </Typography>
                ) : (
                  <StructuredMetadataTable
                    metadata={show(value.outputs)}
                    options={{ titleFormat: k => k }}
                  />
                )}
              </InfoCard>
            </Grid>
            <Grid item xs={12}>
              <InfoCard title="Runs">
                <RunsTable history={value.runs} runnable={key} />
              </InfoCard>
            </Grid>
            <Grid item xs={12}>
              <InfoCard title="Template and selected object">
                <RunnableSelection selection={value.selection} />
              </InfoCard>
            </Grid>
            <Grid item xs={12}>
              <InfoCard title="Conditions">
                <ConditionsTable
                  conditions={value.conditions}
                  caption={`Conditions of Runnable ${name}`}
                />
              </InfoCard>
            </Grid>
          </Grid>
        </>
      )}
    </Box>
  );
}
