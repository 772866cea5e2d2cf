/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import fs from 'node:fs/promises';
import { ComponentName, ComponentRecord } from '../clusterRecord';
import { startProcess } from '../processes';
import { waitFor } from '../waitFor';

export interface LaunchOptions {
  name: ComponentName;
  executable: string;
  args: string[];
  logFile: string;
  port?: number;
  env?: NodeJS.ProcessEnv;
  /** Resolves true once the component serves; polled until `timeoutMs`. */
  isReady: () => Promise<boolean>;
  timeoutMs: number;
  /** Called with the PID right after spawning, before waiting for readiness. */
  onSpawned?: (component: ComponentRecord) => Promise<void>;
}

/**
 * Spawns one component and waits until it is ready. When it exits or never
 * becomes ready, the error carries the end of its log file.
 */
export async function launchComponent(
  options: LaunchOptions,
): Promise<ComponentRecord> {
  await fs.appendFile(
    options.logFile,
    `\n--- ${new Date().toISOString()} starting ${options.executable} ${options.args.join(' ')}\n`,
  );
  const started = startProcess({
    command: options.executable,
    args: options.args,
    logFile: options.logFile,
    env: options.env,
  });
  const component: ComponentRecord = {
    name: options.name,
    pid: started.pid,
    executable: options.executable,
    port: options.port,
    logFile: options.logFile,
  };
  await options.onSpawned?.(component);
  let exitReason: string | undefined;
  started.exited.then(reason => {
    exitReason = reason;
  });
  try {
    await waitFor(async () => ((await options.isReady()) ? true : undefined), {
      timeoutMs: options.timeoutMs,
      description: `${options.name} to become ready`,
      abortIf: () => exitReason && `${options.name} exited (${exitReason})`,
    });
  } catch (error) {
    throw new Error(
      `${(error as Error).message}\nlast lines of ${options.logFile}:\n${await tail(options.logFile, 25)}`,
    );
  }
  return component;
}

async function tail(file: string, lines: number): Promise<string> {
  const text = await fs.readFile(file, 'utf8').catch(() => '');
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}
