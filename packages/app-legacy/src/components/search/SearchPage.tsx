/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Content, Header, Page } from '@backstage/core-components';
import { CatalogSearchResultListItem } from '@backstage/plugin-catalog';
import { SearchType } from '@backstage/plugin-search';
import {
  SearchBar,
  SearchFilter,
  SearchPagination,
  SearchResult,
} from '@backstage/plugin-search-react';
import { Grid, Paper } from '@material-ui/core';
import SupplyChainsIcon from '@material-ui/icons/AccountTree';
import CatalogIcon from '@material-ui/icons/Category';
import WorkloadsIcon from '@material-ui/icons/DeviceHub';
import {
  CartographerSupplyChainSearchResultListItem,
  CartographerWorkloadSearchResultListItem,
} from '@internal/plugin-cartographer';

const resultTypes = [
  {
    value: 'software-catalog',
    name: 'Software Catalog',
    icon: <CatalogIcon />,
  },
  {
    value: 'cartographer-workload',
    name: 'Workloads',
    icon: <WorkloadsIcon />,
  },
  {
    value: 'cartographer-supply-chain',
    name: 'Supply chains',
    icon: <SupplyChainsIcon />,
  },
];

/** The search page: catalog entities, Cartographer workloads and supply chains. */
const CustomSearchPage = () => (
  <Page themeId="home">
    <Header title="Search" />
    <Content>
      <Grid container direction="row">
        <Grid item xs={12}>
          <SearchBar />
        </Grid>
        <Grid item xs={12} md={3}>
          <SearchType.Accordion
            name="Result type"
            defaultValue=""
            types={resultTypes}
          />
          <Paper style={{ padding: 16, marginTop: 16 }}>
            <SearchFilter.Select
              label="Kind"
              name="kind"
              values={['Component', 'System', 'Template']}
            />
            <SearchFilter.Checkbox
              label="Lifecycle"
              name="lifecycle"
              values={['experimental', 'production']}
            />
          </Paper>
        </Grid>
        <Grid item xs={12} md={9}>
          <SearchPagination />
          <SearchResult>
            <CatalogSearchResultListItem icon={<CatalogIcon />} />
            <CartographerWorkloadSearchResultListItem />
            <CartographerSupplyChainSearchResultListItem />
          </SearchResult>
        </Grid>
      </Grid>
    </Content>
  </Page>
);

export const searchPage = <CustomSearchPage />;
