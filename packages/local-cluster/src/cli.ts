/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { ensureBinaries } from './build';
import { playDemoCommits, restoreDemoWorkload } from './demoCommits';
import { connectToCluster } from './localClusterHandle';
import { readClusterRecord, recordFile } from './clusterRecord';
import { condition } from './samples';
import { localClusterPaths } from './paths';
import {
  downAll,
  handOverPersistent,
  readClusterStatus,
  upPersistentCluster,
} from './persistentCluster';

// Run with `yarn workspace @internal/local-cluster cli <command>` (root
// scripts cluster:up|status|down|build). Progress goes to stderr; stdout
// carries only the lines scripts parse, such as `KUBECONFIG=<path>`.

const USAGE = `usage: cli <command>
  up      build if needed, start the persistent local clusters (build and run;
          CARTOGRAPHER_CLUSTERS=1: one), seed the samples, hand the
          Deliverables over, wait until they settle, write the Backstage app-config
  status  print KUBECONFIG=<path> and the state of each component
  handover [--watch SECONDS]
          apply the Deliverables the build cluster published to the run
          cluster (once, or every SECONDS until stopped)
  commits [BACKEND_URL]
          once the backend answers (default http://localhost:7007), push a
          few real commits and a failed build and its fix to the demo
          workload, so its Commits card has a history
  down    stop every local-cluster process (persistent and test-started)
  build   build the Go binaries if they are out of date`;

const log = (line: string) => process.stderr.write(`[local-cluster] ${line}\n`);

async function up(): Promise<void> {
  const result = await upPersistentCluster({ log });
  for (const owner of result.samples) {
    const ready = condition(owner, 'Ready');
    const blueprint =
      owner.status?.supplyChainRef?.name ?? owner.status?.deliveryRef?.name;
    log(
      `  ${owner.kind} ${owner.metadata?.namespace}/${owner.metadata?.name}: ` +
        `Ready=${ready?.status} (${ready?.reason})${blueprint ? ` via ${blueprint}` : ''}`,
    );
  }
  const how = result.started
    ? 'clusters started'
    : 'clusters were already running';
  log(
    `samples settled ${result.secondsToSamplesReady.toFixed(1)}s after \`up\` began (${how})`,
  );
  log(`Backstage app-config: ${result.appConfigFile}`);
  for (const member of result.members) {
    log(
      `${member.name}: logs in ${member.cluster.dataDir}/logs/<component>.log`,
    );
  }
  printKubeconfigs(
    result.members.map(m => ({
      run: m.role === 'run',
      kubeconfigPath: m.cluster.kubeconfigPath,
    })),
  );
}

/**
 * `KUBECONFIG=<build or single>` and, with two clusters,
 * `RUN_KUBECONFIG=<run>`: the lines scripts parse.
 */
function printKubeconfigs(
  clusters: Array<{ run: boolean; kubeconfigPath?: string }>,
) {
  for (const c of clusters) {
    if (c.kubeconfigPath) {
      process.stdout.write(
        `${c.run ? 'RUN_KUBECONFIG' : 'KUBECONFIG'}=${c.kubeconfigPath}\n`,
      );
    }
  }
}

async function status(): Promise<boolean> {
  const current = await readClusterStatus();
  printKubeconfigs(
    current.clusters.map(c => ({
      run: c.stateDir !== 'state',
      kubeconfigPath: c.kubeconfigPath,
    })),
  );
  for (const cluster of current.clusters) {
    process.stdout.write(`${cluster.stateDir}:\n`);
    for (const c of cluster.components) {
      const details = [
        c.pid !== undefined ? `pid ${c.pid}` : undefined,
        c.port !== undefined ? `port ${c.port}` : undefined,
      ]
        .filter(Boolean)
        .join(', ');
      process.stdout.write(
        `  ${c.name.padEnd(24)} ${c.state}${details ? ` (${details})` : ''}\n`,
      );
    }
    process.stdout.write(`  logs: ${cluster.dataDir}/logs/<component>.log\n`);
  }
  for (const dir of current.strayRuns) {
    process.stdout.write(`stray test cluster still running: ${dir}\n`);
  }
  return current.clusters.every(cluster =>
    cluster.components.every(c => c.state === 'running'),
  );
}

/**
 * The demo's stand-in for GitOps: repeats the hand-over so a workload
 * created in the portal gets its Deliverable on run too. A failed pass (run
 * restarting, say) is logged and retried on the next tick.
 */
async function handover(args: string[]): Promise<void> {
  const watch = args[0] === '--watch' ? Number(args[1] ?? 5) : undefined;
  if (watch !== undefined && !(watch > 0)) {
    throw new Error('--watch needs a number of seconds above 0');
  }
  for (;;) {
    try {
      const { applied, pruned } = await handOverPersistent();
      if (watch === undefined) {
        log(`handed ${applied.length} Deliverable(s) over`);
      }
      // Rare and worth a line in handover.log: a workload went away.
      for (const gone of pruned) {
        log(
          `pruned Deliverable ${gone.metadata?.namespace}/${gone.metadata?.name}: its workload's manifest is gone from build`,
        );
      }
    } catch (error) {
      if (watch === undefined) throw error;
      log(`hand-over failed, retrying: ${(error as Error).message}`);
    }
    if (watch === undefined) return;
    await new Promise(resolve => setTimeout(resolve, watch * 1000));
  }
}

async function main(command: string | undefined): Promise<number> {
  switch (command) {
    case 'handover':
      await handover(process.argv.slice(3));
      return 0;
    case 'commits': {
      const record = await readClusterRecord(
        recordFile(localClusterPaths().persistentStateDir),
      );
      if (!record) throw new Error('the local cluster is not running');
      const cluster = await connectToCluster(record.kubeconfigPath);
      const kubeConfig = cluster.kubeConfig('admin');
      // Stopped early (Ctrl-C in start.sh): leave the sample as declared.
      process.once('SIGTERM', () =>
        restoreDemoWorkload(kubeConfig).finally(() => process.exit(0)),
      );
      await playDemoCommits({
        kubeConfig,
        backendUrl: process.argv[3] ?? 'http://localhost:7007',
        log,
      });
      return 0;
    }
    case 'up':
      await up();
      return 0;
    case 'status':
      return (await status()) ? 0 : 3;
    case 'down': {
      const stopped = await downAll();
      log(
        stopped.length
          ? `stopped ${stopped.join(', ')}`
          : 'nothing was running',
      );
      return 0;
    }
    case 'build':
      await ensureBinaries(localClusterPaths());
      return 0;
    default:
      process.stderr.write(`${USAGE}\n`);
      return 2;
  }
}

main(process.argv[2]).then(
  code => process.exit(code),
  error => {
    log(`error: ${(error as Error)?.stack ?? error}`);
    process.exit(1);
  },
);
