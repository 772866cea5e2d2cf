/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
/*
 * Runs N backend replicas, each its own process started from
 * packages/backend on its own port, behind a round-robin reverse proxy
 * (HTTP and WebSocket) that stands where a Kubernetes Service would.
 * Used by `scripts/start.sh --replicas N` and by the replica tests.
 *
 *   node scripts/replicas.mjs --replicas 2 [--proxy-port 7007]
 *     [--first-port 7101] [--log-dir DIR] [--state-file FILE]
 *     [--restart] [--config FILE]...
 *
 * Every --config is passed to each replica. Replicas start one after the
 * other (see below), so the state file lists them as they start. The proxy sends a request only
 * to replicas whose readiness probe answered within the last second, and
 * retries a bodiless request on the next replica when its connection was
 * refused (nothing reached the dead one); a request already in flight on a
 * replica that dies gets a 502 with an error body, never a wrong answer.
 * With --restart a replica that exits is started again on its port, as
 * Kubernetes restarts a crashed pod. Ctrl-C (SIGINT/SIGTERM) stops the
 * proxy and every replica.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import httpProxy from 'http-proxy';

const repoRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
);
const { values } = parseArgs({
  options: {
    replicas: { type: 'string', default: '2' },
    'proxy-port': { type: 'string', default: '7007' },
    'first-port': { type: 'string', default: '7101' },
    'log-dir': { type: 'string' },
    'state-file': { type: 'string' },
    config: { type: 'string', multiple: true, default: [] },
    restart: { type: 'boolean', default: false },
  },
});

const count = Number(values.replicas);
const proxyPort = Number(values['proxy-port']);
const firstPort = Number(values['first-port']);
if (!Number.isInteger(count) || count < 1) {
  console.error(
    `[replicas] --replicas must be a positive integer, got ${values.replicas}`,
  );
  process.exit(2);
}

const STARTUP_TIMEOUT_MS = 150_000;
// Like a Kubernetes readinessProbe's failureThreshold: on a loaded machine a
// busy replica may miss a probe or two, and taking both replicas out of
// rotation for that would fail every request. A replica that exits or
// refuses connections leaves at once.
const PROBE_FAILURE_THRESHOLD = 3;
const PROBE_TIMEOUT_MS = 3000;
const log = message => console.log(`[replicas] ${message}`);

/** One backend process; `ready` follows its readiness probe. */
function startReplica(index) {
  const port = firstPort + index;
  const name = `replica-${index + 1}`;
  const args = ['backstage-cli', 'package', 'start'];
  for (const config of values.config)
    args.push('--config', path.resolve(config));
  const child = spawn('yarn', args, {
    cwd: path.join(repoRoot, 'packages/backend'),
    // Its own process group, so stopping it stops what yarn started.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      APP_CONFIG_backend_listen_port: String(port),
      CARTOGRAPHER_REPLICA: name,
    },
  });
  const replica = {
    startedAt: Date.now(),
    everReady: false,
    name,
    port,
    pid: child.pid,
    child,
    ready: false,
    exited: false,
    failedProbes: 0,
    probing: false,
  };
  if (values['log-dir']) {
    fs.mkdirSync(values['log-dir'], { recursive: true });
    replica.log = path.join(values['log-dir'], `${name}.log`);
    const out = fs.createWriteStream(replica.log, { flags: 'a' });
    child.stdout.pipe(out);
    child.stderr.pipe(out);
  } else {
    const prefix = line => `[${name}] ${line}\n`;
    for (const stream of [child.stdout, child.stderr]) {
      let rest = '';
      stream.on('data', chunk => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop();
        for (const line of lines) {
          // The proxy probes every replica each second: a terminal full of
          // those access-log lines would hide everything else.
          if (!line.includes('/.backstage/health/v1/readiness'))
            process.stdout.write(prefix(line));
        }
      });
    }
  }
  child.on('exit', (code, signal) => {
    replica.exited = true;
    replica.ready = false;
    if (stopping) return;
    log(`${name} exited (${signal ?? code}); the others keep serving`);
    if (values.restart) {
      setTimeout(() => {
        if (stopping) return;
        log(`restarting ${name}`);
        replicas[index] = startReplica(index);
      }, 2000);
    }
  });
  return replica;
}

function probe(replica) {
  return new Promise(resolve => {
    const req = http.get(
      {
        host: '127.0.0.1',
        port: replica.port,
        path: '/.backstage/health/v1/readiness',
        timeout: PROBE_TIMEOUT_MS,
      },
      res => {
        res.resume();
        resolve(res.statusCode === 200 ? 'ready' : 'unready');
      },
    );
    // Refused: nothing listens any more. Anything else (a timeout) may be a
    // replica too busy to answer in time.
    req.on('error', error =>
      resolve(error.code === 'ECONNREFUSED' ? 'unready' : 'slow'),
    );
    req.on('timeout', () => req.destroy());
  });
}

let stopping = false;
// One at a time: Backstage's plugins refuse to start while another process
// holds their migration lock ("Migration table is already locked") and then
// hang unready, so a replica starts once the one before it is ready.
const replicas = [startReplica(0)];

function writeState() {
  if (!values['state-file']) return;
  const state = {
    proxyPort,
    replicas: replicas.map(({ name, port, pid, ready, exited, log: file }) => ({
      name,
      port,
      pid,
      ready,
      exited,
      log: file,
    })),
  };
  // Renamed into place, so a reader never sees half a file.
  const partial = `${values['state-file']}.partial`;
  fs.writeFileSync(partial, JSON.stringify(state, null, 2));
  fs.renameSync(partial, values['state-file']);
}

let announced = false;
const health = setInterval(async () => {
  await Promise.all(
    replicas.map(async r => {
      // A slow probe is still running: do not pile another one on it.
      if (r.probing) return;
      const was = r.ready;
      r.probing = true;
      const answer = r.exited ? 'unready' : await probe(r);
      r.probing = false;
      r.failedProbes = answer === 'slow' ? r.failedProbes + 1 : 0;
      r.ready =
        !r.exited &&
        (answer === 'ready' ||
          (answer === 'slow' &&
            was &&
            r.failedProbes < PROBE_FAILURE_THRESHOLD));
      r.everReady ||= r.ready;
      // Like a startup probe: with --restart, a replica that never got
      // ready (e.g. it lost the race for a migration lock) is replaced.
      if (
        values.restart &&
        !r.everReady &&
        !r.exited &&
        Date.now() - r.startedAt > STARTUP_TIMEOUT_MS
      ) {
        log(
          `${r.name} did not become ready in ${STARTUP_TIMEOUT_MS / 1000} s; stopping it`,
        );
        try {
          process.kill(-r.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      if (announced && was !== r.ready)
        log(`${r.name} is ${r.ready ? 'ready' : 'not ready'}`);
    }),
  );
  const last = replicas[replicas.length - 1];
  if (replicas.length < count && (last.ready || last.exited)) {
    replicas.push(startReplica(replicas.length));
  }
  if (!announced && replicas.length === count && replicas.every(r => r.ready)) {
    announced = true;
    log(
      `${count} replica(s) ready on ports ${replicas.map(r => r.port).join(', ')}, behind http://localhost:${proxyPort}`,
    );
  }
  writeState();
}, 1000);

let next = 0;
/** Round robin over the ready replicas, skipping those in `tried`. */
function pick(tried) {
  for (let i = 0; i < replicas.length; i++) {
    const r = replicas[(next + i) % replicas.length];
    if (r.ready && !tried.has(r)) {
      next = (next + i + 1) % replicas.length;
      return r;
    }
  }
  return undefined;
}

const proxy = httpProxy.createProxyServer({ xfwd: true, ws: true });
// A replica dying mid-response aborts the response it was sending, which
// http-proxy does not report: cut the client's connection too, so it sees
// an error instead of waiting forever for the rest.
proxy.on('proxyRes', (proxyRes, req, res) => {
  proxyRes.on('close', () => {
    if (!proxyRes.complete) res.destroy();
  });
});

function fail(res, status, message) {
  if (res.headersSent || res.writableEnded) {
    res.destroy();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(
    JSON.stringify({
      error: {
        name: status === 503 ? 'ServiceUnavailableError' : 'BadGatewayError',
        message,
      },
      response: { statusCode: status },
    }),
  );
}

function forward(req, res, tried) {
  const target = pick(tried);
  if (!target) {
    fail(res, 503, 'no backend replica is ready');
    return;
  }
  tried.add(target);
  proxy.web(req, res, { target: `http://127.0.0.1:${target.port}` }, error => {
    // Refused means the request never reached that replica: safe to send
    // elsewhere as long as its body was not consumed.
    const bodiless = req.method === 'GET' || req.method === 'HEAD';
    if (error.code === 'ECONNREFUSED') target.ready = false;
    if (error.code === 'ECONNREFUSED' && bodiless && !res.headersSent) {
      forward(req, res, tried);
      return;
    }
    fail(res, 502, `backend replica ${target.name} failed: ${error.message}`);
  });
}

const server = http.createServer((req, res) => forward(req, res, new Set()));
server.on('upgrade', (req, socket, head) => {
  const target = pick(new Set());
  if (!target) {
    socket.destroy();
    return;
  }
  proxy.ws(
    req,
    socket,
    head,
    { target: `http://127.0.0.1:${target.port}` },
    () => socket.destroy(),
  );
});
server.listen(proxyPort, '127.0.0.1', () =>
  log(`proxy listening on http://localhost:${proxyPort}`),
);
server.on('error', error => {
  console.error(
    `[replicas] proxy cannot listen on ${proxyPort}: ${error.message}`,
  );
  stop(1);
});

function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  clearInterval(health);
  server.close();
  for (const r of replicas) {
    if (!r.exited) {
      try {
        process.kill(-r.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
  const deadline = Date.now() + 15_000;
  const wait = setInterval(() => {
    if (replicas.every(r => r.exited) || Date.now() > deadline) {
      for (const r of replicas) {
        try {
          if (!r.exited) process.kill(-r.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      clearInterval(wait);
      process.exit(code);
    }
  }, 200);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
