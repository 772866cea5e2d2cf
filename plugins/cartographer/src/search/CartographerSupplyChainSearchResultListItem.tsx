/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { CartographerSupplyChainDocument } from '@internal/plugin-cartographer-common';
import { Chip } from '@material-ui/core';
import { StatusLabel } from '../components/StatusLabel';
import {
  CartographerSearchResultListItemProps,
  SearchResultFrame,
} from './SearchResultFrame';

const READY_STATE = {
  True: 'ready',
  False: 'failed',
  Unknown: 'pending',
} as const;

/**
 * Props of {@link CartographerSupplyChainSearchResultListItem}.
 * @public
 */
export type CartographerSupplyChainSearchResultListItemProps =
  CartographerSearchResultListItemProps;

/**
 * A `cartographer-supply-chain` search result: name, selectors and stages,
 * readiness, cluster and whether developers may onboard onto it.
 * @public
 */
export function CartographerSupplyChainSearchResultListItem(
  props: CartographerSupplyChainSearchResultListItemProps,
) {
  const result = props.result as CartographerSupplyChainDocument | undefined;
  if (!result) return null;
  return (
    <SearchResultFrame
      {...props}
      result={result}
      facts={
        <>
          <StatusLabel state={READY_STATE[result.ready] ?? 'unknown'} />
          <Chip size="small" label={`Cluster: ${result.cluster}`} />
          <Chip
            size="small"
            label={
              result.kind === 'ClusterDelivery' ? 'Delivery' : 'Supply chain'
            }
          />
          <Chip
            size="small"
            label={result.approved ? 'Approved' : 'Not approved'}
            title={result.approval}
          />
        </>
      }
    />
  );
}
