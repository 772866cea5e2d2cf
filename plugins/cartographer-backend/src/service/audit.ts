/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  AuditorService,
  AuditorServiceCreateEventOptions,
  AuditorServiceEventSeverityLevel,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import type { Request } from 'express';

type JsonObject = NonNullable<AuditorServiceCreateEventOptions['meta']>;

/** What an audit event is about: never a draft body, env value or token. */
export interface AuditTarget {
  cluster?: string;
  namespace?: string;
  name?: string;
}

/** An error that names the onboarding rule or permission that refused. */
export function withRule<E extends Error>(error: E, rule: string): E {
  return Object.assign(error, { rule });
}

function ruleOf(error: unknown): string | undefined {
  const rule = (error as { rule?: unknown })?.rule;
  return typeof rule === 'string' ? rule : undefined;
}

/**
 * The caller, recorded in the event itself as well: MCP actions have no
 * request, from which the default auditor would take the actor.
 */
export function actorOf(credentials: BackstageCredentials): string {
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
    subject?: string;
  };
  return principal.userEntityRef ?? principal.subject ?? principal.type;
}

export interface AuditedOptions {
  eventId: string;
  severityLevel: AuditorServiceEventSeverityLevel;
  credentials: BackstageCredentials;
  target: AuditTarget;
  request?: Request;
  meta?: JsonObject;
}

/** Runs one write (or sensitive read) inside an audit event: initiated, then succeeded or failed with the refusing rule. */
export async function audited<T>(
  auditor: AuditorService,
  options: AuditedOptions,
  action: () => Promise<T>,
  outcome?: (result: T) => JsonObject,
): Promise<T> {
  const { eventId, severityLevel, credentials, target, request } = options;
  const event = await auditor.createEvent({
    eventId,
    severityLevel,
    request,
    meta: {
      ...options.meta,
      actor: actorOf(credentials),
      target: { ...target } as JsonObject,
    },
  });
  try {
    const result = await action();
    await event.success({ meta: outcome?.(result) });
    return result;
  } catch (error) {
    const rule = ruleOf(error);
    await event.fail({
      error: error as Error,
      meta: rule ? { rule } : undefined,
    });
    throw error;
  }
}
