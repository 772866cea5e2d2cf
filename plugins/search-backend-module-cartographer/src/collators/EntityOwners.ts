/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { assertError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';

/** An entity's Supply Chain tab, built from its ref alone. */
export function entityTabLocation(entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return `/catalog/${[namespace, kind.toLowerCase(), name]
    .map(encodeURIComponent)
    .join('/')}/supply-chain`;
}

/** `team-web` becomes `group:default/team-web`, as owners are written in full elsewhere. */
function fullOwnerRef(owner: unknown, namespace: string): string | undefined {
  if (typeof owner !== 'string') return undefined;
  try {
    return stringifyEntityRef(
      parseEntityRef(owner, {
        defaultKind: 'group',
        defaultNamespace: namespace,
      }),
    );
  } catch {
    return undefined;
  }
}

/**
 * The owners of the entities workloads belong to, for documents whose
 * workload names no owner itself. Which entity a workload belongs to comes
 * from the backend (`entityRefs`); this only looks the owners up, once per
 * entity and index run. Without the catalog, documents just lack an owner.
 */
export class EntityOwners {
  private readonly owners = new Map<string, string | undefined>();
  private warned = false;

  constructor(
    private readonly catalog: CatalogService,
    private readonly credentials: BackstageCredentials,
    private readonly logger: LoggerService,
  ) {}

  /** Looks up, in one catalog call, the owners not known yet. */
  async load(entityRefs: string[]): Promise<void> {
    const missing = [...new Set(entityRefs)].filter(r => !this.owners.has(r));
    if (!missing.length) return;
    try {
      const { items } = await this.catalog.getEntitiesByRefs(
        {
          entityRefs: missing,
          fields: ['kind', 'metadata.name', 'metadata.namespace', 'spec.owner'],
        },
        { credentials: this.credentials },
      );
      missing.forEach((ref, i) => {
        const entity = items[i];
        this.owners.set(
          ref,
          entity
            ? fullOwnerRef(entity.spec?.owner, parseEntityRef(ref).namespace)
            : undefined,
        );
      });
    } catch (e) {
      assertError(e);
      missing.forEach(ref => this.owners.set(ref, undefined));
      if (this.warned) return;
      this.warned = true;
      this.logger.warn(
        `Cartographer search: cannot read the catalog, workload documents lack their entity's owner: ${e.message}`,
      );
    }
  }

  ownerOf(entityRef: string): string | undefined {
    return this.owners.get(entityRef);
  }
}
