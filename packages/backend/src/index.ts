/*
 * The demo portal's backend. Every feature a user of Cartographer for
 * Backstage would run beside it is installed, including the stock Kubernetes
 * plugin so the two can be compared on the same cluster.
 */
import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));
backend.add(import('@backstage/plugin-proxy-backend'));

// Guest sign-in for local use; real deployments configure their own provider.
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);

backend.add(import('@backstage/plugin-scaffolder-backend'));
// Onboarding actions: cartographer:workload:create and :render.
backend.add(import('@internal/plugin-scaffolder-backend-module-cartographer'));

// The in-memory search engine is the default; the PostgreSQL engine takes
// over when the backend database is PostgreSQL.
backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-pg'));
backend.add(import('@backstage/plugin-search-backend-module-catalog'));
backend.add(import('@internal/plugin-search-backend-module-cartographer'));

backend.add(import('@backstage/plugin-permission-backend'));
backend.add(import('./permissionPolicy'));

// The events bus: on PostgreSQL it carries events, signals among them,
// between the replicas of this backend.
backend.add(import('@backstage/plugin-events-backend'));
backend.add(import('@backstage/plugin-signals-backend'));
// Owners are notified when a workload fails and when it recovers.
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-kubernetes-backend'));

backend.add(import('@internal/plugin-cartographer-backend'));
// Cartographer applications as catalog Components.
backend.add(import('@internal/plugin-catalog-backend-module-cartographer'));

backend.start();
