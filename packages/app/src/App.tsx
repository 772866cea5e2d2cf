/*
 * The demo portal. Plugins installed as dependencies are discovered through
 * `app.packages: all`; only the navigation is ours.
 */
import { createApp } from '@backstage/frontend-defaults';
import { navModule } from './modules/nav';

export default createApp({
  features: [navModule],
});
