/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { InfoCard, Link } from '@backstage/core-components';
import { SupplyChainSummary } from '@internal/plugin-cartographer-common';
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Box,
  makeStyles,
  Typography,
} from '@material-ui/core';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import { ReactNode } from 'react';
import { useCartographerLinks } from '../../hooks/useCartographerLinks';
import { StatusLabel } from '../StatusLabel';
import { SupplyChainApproval } from '../SupplyChainApproval';
import { SupplyChainGraph } from '../SupplyChainGraph';
import {
  ParamsTable,
  RequiredLabelsText,
  SelectorTermsList,
  StateCounts,
} from './ChainFacts';

const useStyles = makeStyles(theme => ({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: theme.spacing(1, 2),
    margin: 0,
    '& dt': { color: theme.palette.text.secondary },
    '& dd': { margin: 0 },
  },
}));

const READY_STATE = {
  True: 'ready',
  False: 'failed',
  Unknown: 'pending',
} as const;

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** Props of {@link SupplyChainCard}. */
export interface SupplyChainCardProps {
  chain: SupplyChainSummary;
  /** Open the stages and params sections (the chain's own page). */
  expanded?: boolean;
}

/**
 * One supply chain or delivery for operators: Ready, approval, selector
 * terms, what workloads need, params (settable or protected, defaults),
 * workloads by state, and its stages drawn without a workload.
 */
export function SupplyChainCard({
  chain,
  expanded = false,
}: SupplyChainCardProps) {
  const classes = useStyles();
  const links = useCartographerLinks();
  const link = links.supplyChain?.(chain.cluster, chain.name);
  const ready = READY_STATE[chain.ready.status];
  const delivery = chain.kind === 'ClusterDelivery';
  const noun = delivery ? 'delivery' : 'supply chain';
  return (
    <InfoCard
      title={chain.name}
      subheader={`${chain.kind} on cluster ${chain.cluster}${chain.stale ? ' · stale: cluster unreachable' : ''}`}
      deepLink={
        !expanded && link
          ? {
              title: `${delivery ? 'Deliverables' : 'Workloads'} of ${chain.name}`,
              link,
            }
          : undefined
      }
    >
      <Box
        display="flex"
        flexDirection="column"
        style={{ gap: 16 }}
        data-chain={chain.name}
      >
        {chain.description && (
          <Typography variant="body2">{chain.description}</Typography>
        )}
        <dl className={classes.facts}>
          <Fact term="Ready">
            <StatusLabel
              state={ready}
              label={chain.ready.status === 'True' ? 'Ready' : `Not ready`}
              reason={
                chain.ready.status === 'True' ? undefined : chain.ready.reason
              }
            />
            {chain.ready.status !== 'True' && chain.ready.message && (
              <Typography variant="body2">{chain.ready.message}</Typography>
            )}
          </Fact>
          <Fact term="Approval">
            <SupplyChainApproval chain={chain} />
          </Fact>
          <Fact term="Selects">
            <SelectorTermsList terms={chain.selector} />
            <RequiredLabelsText
              required={chain.requiredLabels}
              owners={delivery ? 'Deliverables' : 'Workloads'}
            />
          </Fact>
          {/* A delivery selects Deliverables, never workloads: its page
              lists them, so a count of none selected would only mislead. */}
          {delivery ? (
            !expanded &&
            link && (
              <Fact term="Deliverables">
                <Link to={link}>List them</Link>
              </Fact>
            )
          ) : (
            <Fact term="Workloads">
              <StateCounts counts={chain.workloads} />
              {!expanded && link && <Link to={link}>List them</Link>}
            </Fact>
          )}
        </dl>
        <Accordion
          defaultExpanded={expanded}
          TransitionProps={{ unmountOnExit: true }}
        >
          <AccordionSummary
            expandIcon={<ExpandMoreIcon />}
            aria-controls={`${chain.cluster}-${chain.name}-stages`}
          >
            <Typography>Stages ({chain.graph.nodes.length})</Typography>
          </AccordionSummary>
          <AccordionDetails
            id={`${chain.cluster}-${chain.name}-stages`}
            style={{ display: 'block' }}
          >
            <SupplyChainGraph
              graph={chain.graph}
              label={`Stages of the ${noun} ${chain.name}`}
              withStatus={false}
            />
          </AccordionDetails>
        </Accordion>
        <Accordion defaultExpanded={expanded}>
          <AccordionSummary
            expandIcon={<ExpandMoreIcon />}
            aria-controls={`${chain.cluster}-${chain.name}-params`}
          >
            <Typography>
              Params ({chain.params.filter(p => !p.protected).length} settable,{' '}
              {chain.params.filter(p => p.protected).length} protected)
            </Typography>
          </AccordionSummary>
          <AccordionDetails
            id={`${chain.cluster}-${chain.name}-params`}
            style={{ display: 'block' }}
          >
            <ParamsTable params={chain.params} name={chain.name} />
          </AccordionDetails>
        </Accordion>
      </Box>
    </InfoCard>
  );
}
