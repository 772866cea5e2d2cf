/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { workloadNotification } from './workloadNotification';

const subject = {
  kind: 'Workload' as const,
  cluster: 'local',
  namespace: 'dev',
  name: 'shop-frontend',
  entityRef: 'component:default/shop-frontend',
};

describe('workloadNotification', () => {
  it('names the stage and reason of a failure and links to the tab', () => {
    expect(
      workloadNotification(
        subject,
        'failed',
        {
          summary: 'Stage image-builder is unhealthy: no go.mod found.',
          stage: 'image-builder',
          reason: 'AlwaysUnhealthy',
        },
        'high',
      ),
    ).toEqual({
      title: 'Workload shop-frontend failed at stage image-builder',
      description:
        'Stage image-builder is unhealthy: no go.mod found. (reason: AlwaysUnhealthy) On local/dev.',
      link: '/catalog/default/component/shop-frontend/supply-chain',
      severity: 'high',
      topic: 'component:default/shop-frontend',
      scope:
        'cartographer:workload:local/dev/shop-frontend:component:default/shop-frontend:failed',
    });
  });

  it('gives the recovery a scope of its own and no stage', () => {
    const payload = workloadNotification(
      { ...subject, kind: 'Deliverable', entityRef: 'component:team-a/shop' },
      'recovered',
      { summary: 'The deliverable is Ready.' },
      'normal',
    );
    expect(payload).toMatchObject({
      title: 'Deliverable shop-frontend recovered',
      description: 'The deliverable is Ready. On local/dev.',
      link: '/catalog/team-a/component/shop/supply-chain',
      severity: 'normal',
      scope:
        'cartographer:deliverable:local/dev/shop-frontend:component:team-a/shop:recovered',
    });
  });
});
