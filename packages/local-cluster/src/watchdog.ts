/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';

// Polls the owner; once it is gone (even killed with SIGKILL), kills every
// process group listed in the PID list, newest first, and removes the
// owner's files. bash, not sh: dash's kill cannot signal a process group.
const WATCHDOG_SCRIPT = `
owner="$1"; pid_list="$2"; shift 2
while kill -0 "$owner" 2>/dev/null; do sleep 1; done
for p in $(tac "$pid_list" 2>/dev/null); do kill -TERM -- "-$p" 2>/dev/null; done
sleep 5
for p in $(cat "$pid_list" 2>/dev/null); do kill -KILL -- "-$p" 2>/dev/null; done
rm -rf "$@"
`;

export interface Watchdog {
  pid: number;
  /** Registers a process group for the watchdog to kill. */
  watch(pid: number): Promise<void>;
}

/**
 * Starts a detached shell that cleans up after an ephemeral cluster if the
 * process that owns it dies without calling stop(): a crashed or killed test
 * run must not leave etcd or kube-apiserver behind.
 */
export async function startWatchdog(options: {
  pidListFile: string;
  removeOnOwnerExit: string[];
}): Promise<Watchdog> {
  await fs.writeFile(options.pidListFile, '');
  const child = spawn(
    'bash',
    [
      '-c',
      WATCHDOG_SCRIPT,
      'local-cluster-watchdog',
      String(process.pid),
      options.pidListFile,
      ...options.removeOnOwnerExit,
    ],
    { detached: true, stdio: 'ignore' },
  );
  child.unref();
  if (child.pid === undefined) {
    throw new Error('could not start the local-cluster watchdog');
  }
  return {
    pid: child.pid,
    watch: pid => fs.appendFile(options.pidListFile, `${pid}\n`),
  };
}
