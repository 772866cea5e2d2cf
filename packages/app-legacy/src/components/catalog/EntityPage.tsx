/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  EntityAboutCard,
  EntityLayout,
  EntityProcessingErrorsPanel,
  EntitySwitch,
  hasCatalogProcessingErrors,
  isKind,
} from '@backstage/plugin-catalog';
import {
  EntityKubernetesContent,
  isKubernetesAvailable,
} from '@backstage/plugin-kubernetes';
import {
  EntityGroupProfileCard,
  EntityMembersListCard,
  EntityOwnershipCard,
  EntityUserProfileCard,
} from '@backstage/plugin-org';
import { Grid } from '@material-ui/core';
import { ReactNode } from 'react';
import {
  EntityCartographerContent,
  EntityCartographerDeliveryMetricsCard,
  isCartographerAvailable,
} from '@internal/plugin-cartographer';

const overviewContent = (
  <Grid container spacing={3} alignItems="stretch">
    <EntitySwitch>
      <EntitySwitch.Case if={hasCatalogProcessingErrors}>
        <Grid item xs={12}>
          <EntityProcessingErrorsPanel />
        </Grid>
      </EntitySwitch.Case>
    </EntitySwitch>
    <Grid item md={6} xs={12}>
      <EntityAboutCard />
    </Grid>
  </Grid>
);

/** Components: the overview, the Supply Chain tab and the stock Kubernetes tab. */
const componentPage = (
  <EntityLayout>
    <EntityLayout.Route path="/" title="Overview">
      {overviewContent}
    </EntityLayout.Route>

    <EntityLayout.Route
      path="/supply-chain"
      title="Supply Chain"
      if={isCartographerAvailable}
    >
      <EntityCartographerContent />
    </EntityLayout.Route>

    <EntityLayout.Route
      path="/kubernetes"
      title="Kubernetes"
      if={isKubernetesAvailable}
    >
      <EntityKubernetesContent />
    </EntityLayout.Route>
  </EntityLayout>
);

/** A page that is only an overview, of these cards. */
function overviewPage(cards: ReactNode) {
  return (
    <EntityLayout>
      <EntityLayout.Route path="/" title="Overview">
        <Grid container spacing={3} alignItems="stretch">
          {cards}
        </Grid>
      </EntityLayout.Route>
    </EntityLayout>
  );
}

/** What the components of a system, group or user delivered. */
const deliveryMetricsCard = (
  <Grid item xs={12}>
    <EntityCartographerDeliveryMetricsCard />
  </Grid>
);

const groupPage = overviewPage(
  <>
    <Grid item xs={12} md={6}>
      <EntityGroupProfileCard />
    </Grid>
    <Grid item xs={12} md={6}>
      <EntityOwnershipCard />
    </Grid>
    {deliveryMetricsCard}
    <Grid item xs={12}>
      <EntityMembersListCard />
    </Grid>
  </>,
);

const userPage = overviewPage(
  <>
    <Grid item xs={12} md={6}>
      <EntityUserProfileCard />
    </Grid>
    <Grid item xs={12} md={6}>
      <EntityOwnershipCard />
    </Grid>
    {deliveryMetricsCard}
  </>,
);

const systemPage = overviewPage(
  <>
    <Grid item md={6} xs={12}>
      <EntityAboutCard />
    </Grid>
    {deliveryMetricsCard}
  </>,
);

const defaultPage = (
  <EntityLayout>
    <EntityLayout.Route path="/" title="Overview">
      {overviewContent}
    </EntityLayout.Route>
  </EntityLayout>
);

/** Picks the page by the entity's kind. */
export const entityPage = (
  <EntitySwitch>
    <EntitySwitch.Case if={isKind('component')} children={componentPage} />
    <EntitySwitch.Case if={isKind('group')} children={groupPage} />
    <EntitySwitch.Case if={isKind('user')} children={userPage} />
    <EntitySwitch.Case if={isKind('system')} children={systemPage} />
    <EntitySwitch.Case>{defaultPage}</EntitySwitch.Case>
  </EntitySwitch>
);
