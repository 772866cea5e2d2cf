/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Breadcrumbs, Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Box, Typography } from '@material-ui/core';
import { useParams } from 'react-router-dom';
import { useCartographerLinks } from '../../hooks/useCartographerLinks';
import { useWorkload } from '../../hooks/useWorkload';
import { useCrumbStyles } from '../../lib/useCrumbStyles';
import { WorkloadDetails } from '../WorkloadDetails';

/** The entity the workload belongs to, when there is one. */
function EntityHint({
  cluster,
  namespace,
  name,
}: {
  cluster: string;
  namespace: string;
  name: string;
}) {
  const { value } = useWorkload({ cluster, namespace, name });
  const entityRef = value?.workload.entityRefs[0];
  if (!entityRef) return null;
  return (
    <Typography variant="body2">
      Part of <EntityRefLink entityRef={entityRef} />.
    </Typography>
  );
}

/**
 * One workload outside the catalog, with the same views as the entity tab:
 * for workloads no entity claims, and for links from search.
 */
export function WorkloadPage() {
  const { cluster = '', namespace = '', name = '' } = useParams();
  const links = useCartographerLinks();
  const classes = useCrumbStyles();
  const key = { cluster, namespace, name };
  return (
    <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
      <Breadcrumbs aria-label="Breadcrumb">
        {links.workloads ? (
          <Link to={links.workloads()} className={classes.crumb}>
            Workloads
          </Link>
        ) : (
          <span>Workloads</span>
        )}
        <Typography className={classes.crumb}>
          {cluster} / {namespace} / {name}
        </Typography>
      </Breadcrumbs>
      <EntityHint {...key} />
      <WorkloadDetails workload={key} headingLevel="h2" />
    </Box>
  );
}
