/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
export { CommitsCard } from './CommitsCard';
export {
  DeliveryMetricsCard,
  EntityDeliveryMetricsCard,
} from './DeliveryMetricsCard';
