/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import fs from 'node:fs/promises';
import path from 'node:path';

/** The cluster user both backends authenticate as (local-cluster's least-privilege token). */
export const BACKEND_USER = 'backstage';

/**
 * kube-apiserver flags for an audit log of the backends' requests only.
 * `apiserver_request_total` has no user label, and Cartographer and
 * kube-controller-manager talk to the same server, so the metric cannot
 * tell the backends' requests apart; the audit log can. One line per
 * request (stage RequestReceived), nothing for other users.
 */
export async function auditLogArgs(
  dir: string,
): Promise<{ args: string[]; logFile: string }> {
  await fs.mkdir(dir, { recursive: true });
  const policyFile = path.join(dir, 'audit-policy.yaml');
  const logFile = path.join(dir, 'audit.log');
  await fs.writeFile(
    policyFile,
    [
      'apiVersion: audit.k8s.io/v1',
      'kind: Policy',
      'omitStages: [ResponseStarted, ResponseComplete, Panic]',
      'rules:',
      `  - level: Metadata`,
      `    users: ['${BACKEND_USER}']`,
      '  - level: None',
      '',
    ].join('\n'),
  );
  await fs.rm(logFile, { force: true });
  return {
    logFile,
    args: [
      `--audit-policy-file=${policyFile}`,
      `--audit-log-path=${logFile}`,
      // Blocking: the event is on disk before the request is served.
      '--audit-log-mode=blocking',
      '--audit-log-format=json',
      '--audit-log-maxsize=0',
    ],
  };
}

/** One audited request, reduced to what the report shows. */
export interface AuditedRequest {
  verb: string;
  resource: string;
}

/** Reads the requests appended to the audit log since the last mark. */
export class AuditCounter {
  private offset = 0;

  constructor(private readonly logFile: string) {}

  /** Forget everything logged so far. */
  async mark(): Promise<void> {
    this.offset = await fs
      .stat(this.logFile)
      .then(s => s.size)
      .catch(() => 0);
  }

  /** The requests logged since mark(), and moves the mark to the end. */
  async since(): Promise<AuditedRequest[]> {
    const handle = await fs.open(this.logFile, 'r').catch(() => undefined);
    if (!handle) return [];
    try {
      const { size } = await handle.stat();
      const length = size - this.offset;
      if (length <= 0) return [];
      const buffer = Buffer.alloc(length);
      await handle.read(buffer, 0, length, this.offset);
      // Only complete lines; a partly written one is read next time.
      const text = buffer.toString('utf8');
      const end = text.lastIndexOf('\n') + 1;
      this.offset += Buffer.byteLength(text.slice(0, end));
      return text
        .slice(0, end)
        .split('\n')
        .filter(Boolean)
        .map(line => JSON.parse(line))
        .filter(e => e.user?.username === BACKEND_USER)
        .map(e => ({
          verb: String(e.verb),
          resource: [e.objectRef?.apiGroup, e.objectRef?.resource]
            .filter(Boolean)
            .join('/'),
        }));
    } finally {
      await handle.close();
    }
  }
}

/** "list pods: 200, watch carto.run/workloads: 1" */
export function describeRequests(requests: AuditedRequest[]): string {
  const counts = new Map<string, number>();
  for (const r of requests) {
    const key = `${r.verb} ${r.resource}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');
}
