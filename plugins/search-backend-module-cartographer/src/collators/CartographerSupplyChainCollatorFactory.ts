/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Readable } from 'node:stream';
import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { assertError } from '@backstage/errors';
import { DocumentCollatorFactory } from '@backstage/plugin-search-common';
import {
  CARTOGRAPHER_SUPPLY_CHAIN_DOCUMENT_TYPE,
  CartographerSupplyChainDocument,
  cartographerSupplyChainReadPermission,
  supplyChainSearchDocument,
} from '@internal/plugin-cartographer-common';
import { CartographerBackendApi } from '@internal/plugin-cartographer-node';

/**
 * Options of {@link CartographerSupplyChainCollatorFactory}.
 * @public
 */
export interface CartographerSupplyChainCollatorFactoryOptions {
  client: CartographerBackendApi;
  auth: AuthService;
  logger: LoggerService;
}

/** The supply chain page of the Cartographer frontend plugin. */
export function supplyChainPageLocation(cluster: string, name: string) {
  return `/cartographer/supply-chains/${encodeURIComponent(cluster)}/${encodeURIComponent(name)}`;
}

/**
 * Indexes the supply chains and deliveries of every cluster as
 * `cartographer-supply-chain` documents, for operators. Visible to users
 * holding `cartographer.supplychain.read`.
 * @public
 */
export class CartographerSupplyChainCollatorFactory implements DocumentCollatorFactory {
  readonly type = CARTOGRAPHER_SUPPLY_CHAIN_DOCUMENT_TYPE;
  readonly visibilityPermission = cartographerSupplyChainReadPermission;

  constructor(
    private readonly options: CartographerSupplyChainCollatorFactoryOptions,
  ) {}

  async getCollator(): Promise<Readable> {
    return Readable.from(this.execute());
  }

  async *execute(): AsyncGenerator<CartographerSupplyChainDocument> {
    const { client, auth, logger } = this.options;
    const credentials = await auth.getOwnServiceCredentials();
    const { clusters } = await client.getClusters({ credentials });
    for (const cluster of clusters) {
      try {
        const { items } = await client.getSupplyChains(
          { cluster: cluster.name },
          { credentials },
        );
        for (const chain of items) {
          yield supplyChainSearchDocument(chain, {
            location: supplyChainPageLocation(chain.cluster, chain.name),
          });
        }
      } catch (e) {
        assertError(e);
        logger.warn(
          `Cartographer search: cannot read the supply chains of cluster ${cluster.name}, left out of this index run: ${e.message}`,
        );
      }
    }
  }
}
