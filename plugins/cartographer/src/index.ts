/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */

/**
 * Cartographer for Backstage frontend plugin (legacy frontend system; the
 * new system's plugin is the `./alpha` entry point).
 *
 * @packageDocumentation
 */
export { cartographerPlugin, EntityCartographerContent } from './plugin';
export { isCartographerAvailable } from './isCartographerAvailable';
export { cartographerApiRef } from './api/CartographerApi';
export type { CartographerApi } from './api/CartographerApi';
export { CartographerClient } from './api/CartographerClient';
