/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export interface StartedProcess {
  pid: number;
  /** Settles when the process exits, with its exit code or signal. */
  exited: Promise<string>;
}

export interface StartProcessOptions {
  command: string;
  args: string[];
  logFile: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * Starts a long-running component in its own process group (detached), with
 * stdout and stderr appended to a log file. The own group lets us kill it and
 * its children by group id, and it does not die with a Ctrl-C meant for the
 * CLI that started it.
 */
export function startProcess(options: StartProcessOptions): StartedProcess {
  const log = fs.openSync(options.logFile, 'a');
  try {
    const child = spawn(options.command, options.args, {
      detached: true,
      stdio: ['ignore', log, log],
      env: options.env ?? process.env,
    });
    if (child.pid === undefined) {
      throw new Error(`could not start ${options.command}`);
    }
    const exited = new Promise<string>(resolve => {
      child.on('exit', (code, signal) =>
        resolve(signal ?? `exit code ${code}`),
      );
      child.on('error', error => resolve(error.message));
    });
    child.unref();
    return { pid: child.pid, exited };
  } finally {
    fs.closeSync(log);
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !isZombie(pid);
  } catch {
    return false;
  }
}

// An exited child of ours stays a zombie until Node reaps it; it is not running.
function isZombie(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}

/** The executable path of a running process, or undefined when it is gone. */
export function executableOf(pid: number): string | undefined {
  try {
    return fs.readlinkSync(`/proc/${pid}/exe`);
  } catch {
    return undefined;
  }
}

/**
 * Stops a process group: SIGTERM, then SIGKILL after the grace period.
 * Resolves once the leader is gone.
 */
export async function stopProcessGroup(
  pid: number,
  graceMs = 10_000,
): Promise<void> {
  if (!signalGroup(pid, 'SIGTERM')) {
    return;
  }
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) {
    await sleep(100);
  }
  if (isAlive(pid)) {
    signalGroup(pid, 'SIGKILL');
    while (isAlive(pid)) {
      await sleep(50);
    }
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    // No group any more; the leader alone may still be there.
    try {
      process.kill(pid, signal);
      return true;
    } catch {
      return false;
    }
  }
}
