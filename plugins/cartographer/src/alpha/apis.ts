/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  ApiBlueprint,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { cartographerApiRef, CartographerClient } from '../api';

/** The Cartographer API: the same ref and client class as the legacy plugin. */
export const cartographerApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: cartographerApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new CartographerClient(deps),
    }),
});
