/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { ChildProcess, fork } from 'node:child_process';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import type { CollationResult } from './collation';
import { AuthMode, Command, MemoryUsage, Report, Target } from './protocol';
import type { SignalRecord } from './recordingSignals';

/** A backend under test in its own Node process. */
export class BackendProcess {
  private readonly signalListeners = new Set<(s: SignalRecord) => void>();
  /** Every signal the backend published since it started. */
  signalCount = 0;
  /** Sent as a bearer token on every request once set (real auth). */
  token?: string;
  private waiting: Array<{
    type: Report['type'];
    resolve: (r: Report) => void;
  }> = [];

  private constructor(
    private readonly child: ChildProcess,
    readonly target: Target,
    /** Base URL of the backend, e.g. http://127.0.0.1:40000 */
    readonly baseUrl: string,
    /** Backend start (plugins initialized, listening), ms. */
    readonly startMs: number,
  ) {}

  static async start(
    target: Target,
    entities: number,
    config: object,
    auth: AuthMode = 'mock',
  ): Promise<BackendProcess> {
    const child = fork(
      resolvePackagePath('@internal/benchmarks', 'src/backend/child.ts'),
      [],
      {
        execArgv: [
          '--import',
          'tsx',
          '--expose-gc',
          // BENCH_CPU_PROF_DIR=<dir>: a V8 CPU profile of each backend, written when it stops.
          ...(process.env.BENCH_CPU_PROF_DIR
            ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`]
            : []),
        ],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        env: { ...process.env, NODE_ENV: 'production' },
      },
    );
    const ready = await new Promise<Report>((resolve, reject) => {
      child.once('exit', code =>
        reject(new Error(`${target} backend exited with ${code}`)),
      );
      child.on('message', (report: Report) => {
        if (report.type === 'ready') resolve(report);
        if (report.type === 'error') reject(new Error(report.error));
      });
      child.send({ type: 'start', target, auth, entities, config } as Command);
    });
    if (ready.type !== 'ready') throw new Error('unexpected report');
    const backend = new BackendProcess(
      child,
      target,
      `http://127.0.0.1:${ready.port}`,
      ready.startMs,
    );
    child.on('message', (report: Report) => backend.receive(report));
    return backend;
  }

  private receive(report: Report) {
    if (report.type === 'signal') {
      this.signalCount++;
      this.signalListeners.forEach(l => l(report));
      return;
    }
    if (report.type === 'error') {
      // eslint-disable-next-line no-console
      console.error(`${this.target} backend: ${report.error}`);
      return;
    }
    const index = this.waiting.findIndex(w => w.type === report.type);
    if (index >= 0) {
      this.waiting.splice(index, 1)[0].resolve(report);
    }
  }

  /** `fetch` of a path below the base URL, with the token when there is one. */
  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.token) headers.set('authorization', `Bearer ${this.token}`);
    const send = () => fetch(`${this.baseUrl}${path}`, { ...init, headers });
    try {
      return await send();
    } catch (error) {
      // A kept-alive connection the server closed as it was reused: the
      // request never reached the backend. Sent again once, and said so.
      if (this.exited || !isConnectionReset(error)) throw error;
      this.connectionResets += 1;
      console.log(`  ${this.target}: connection reset on ${path}; sent again`);
      return send();
    }
  }

  /** Requests sent again after a connection reset (none is expected). */
  connectionResets = 0;

  private request(command: Command, reply: Report['type']): Promise<Report> {
    return new Promise(resolve => {
      this.waiting.push({ type: reply, resolve });
      this.child.send(command);
    });
  }

  get exited(): boolean {
    return this.child.exitCode !== null || this.child.signalCode !== null;
  }

  /** RSS and heap after a full garbage collection. */
  async memory(): Promise<MemoryUsage> {
    const report = await this.request({ type: 'memory' }, 'memory');
    return (report as Extract<Report, { type: 'memory' }>).memory;
  }

  async collate(): Promise<CollationResult> {
    const report = (await this.request(
      { type: 'collate' },
      'collated',
    )) as Extract<Report, { type: 'collated' }>;
    if (!report.result) throw new Error(report.error);
    return report.result;
  }

  onSignal(listener: (signal: SignalRecord) => void): () => void {
    this.signalListeners.add(listener);
    return () => this.signalListeners.delete(listener);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise(resolve => this.child.once('exit', resolve));
    this.child.send({ type: 'stop' } as Command);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

function isConnectionReset(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } })?.cause;
  return ['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE'].includes(cause?.code ?? '');
}
