/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { CartographerApiClient } from '@internal/plugin-cartographer-common';
import { CartographerApi } from './types';

/**
 * Talks to `@internal/plugin-cartographer-backend` through the client
 * generated from its spec. Construct it with `{ discoveryApi, fetchApi }`:
 * every call goes through `fetchApi`, which attaches the user's token, so
 * the backend applies the user's permissions.
 * @public
 */
export class CartographerClient
  extends CartographerApiClient
  implements CartographerApi {}
