/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { CartographerWorkloadDocument } from '@internal/plugin-cartographer-common';
import { Chip } from '@material-ui/core';
import { StatusLabel } from '../components/StatusLabel';
import {
  CartographerSearchResultListItemProps,
  SearchResultFrame,
} from './SearchResultFrame';

/**
 * Props of {@link CartographerWorkloadSearchResultListItem}.
 * @public
 */
export type CartographerWorkloadSearchResultListItemProps =
  CartographerSearchResultListItemProps;

/**
 * A `cartographer-workload` search result: name, summary, state with its
 * reason, where it runs and the supply chain. Links to the entity's Supply
 * Chain tab or the workload page, as the collator decided.
 * @public
 */
export function CartographerWorkloadSearchResultListItem(
  props: CartographerWorkloadSearchResultListItemProps,
) {
  const result = props.result as CartographerWorkloadDocument | undefined;
  if (!result) return null;
  return (
    <SearchResultFrame
      {...props}
      result={result}
      facts={
        <>
          <StatusLabel state={result.state} reason={result.reason} />
          <Chip
            size="small"
            label={`${result.cluster} / ${result.namespace}`}
            title="Cluster / namespace"
          />
          <Chip
            size="small"
            label={
              result.supplyChain
                ? `Supply chain: ${result.supplyChain}`
                : 'No supply chain'
            }
          />
          {result.owner && (
            <Chip size="small" label={`Owner: ${result.owner}`} />
          )}
        </>
      }
    />
  );
}
