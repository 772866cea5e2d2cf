/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import os from 'node:os';

/** The machine the numbers were measured on. */
export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGB: number;
  platform: string;
  node: string;
  /** 1-minute load average when the run started: other work on the machine. */
  loadAverage: number;
}

export function describeMachine(): Machine {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAverage: Math.round(os.loadavg()[0] * 10) / 10,
  };
}
