/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { mockServices } from '@backstage/backend-test-utils';
import { readBatchSize, readScheduleConfig } from './config';

const config = (cartographer: object) =>
  mockServices.rootConfig({
    data: { search: { collators: { cartographer } } },
  });

describe('collator config', () => {
  it('defaults to every 10 minutes with a short initial delay', () => {
    expect(readScheduleConfig(config({}))).toEqual({
      frequency: { minutes: 10 },
      timeout: { minutes: 15 },
      initialDelay: { seconds: 5 },
    });
    expect(readBatchSize(config({}))).toBe(1000);
  });

  it('reads search.collators.cartographer.schedule', () => {
    expect(
      readScheduleConfig(
        config({
          schedule: { frequency: { hours: 1 }, timeout: { minutes: 3 } },
        }),
      ),
    ).toEqual({ frequency: { hours: 1 }, timeout: { minutes: 3 } });
  });

  it.each([0, 1001, 2.5])('refuses batchSize %p', value => {
    expect(() => readBatchSize(config({ batchSize: value }))).toThrow(
      `search.collators.cartographer.batchSize must be an integer from 1 to 1000, got ${value}`,
    );
  });
});
