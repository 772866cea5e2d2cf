/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import type {
  DatabaseService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';

/**
 * A logger that passes warnings and errors on (the recorder's failures
 * must not pass silently) and drops the rest. Outside Jest, so not the
 * test utilities' mock.
 */
export function benchLogger(log: (line: string) => void): LoggerService {
  const logger: LoggerService = {
    error: message => log(`error: ${message}`),
    warn: message => log(`warning: ${message}`),
    info: () => undefined,
    debug: () => undefined,
    child: () => logger,
  };
  return logger;
}

/** The plugin's database service over a client of the benchmark's own. */
export function benchDatabase(knex: Knex): DatabaseService {
  return { getClient: async () => knex };
}
