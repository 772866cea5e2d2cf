/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { LoggerService } from '@backstage/backend-plugin-api';
import { ConflictError, InputError, NotAllowedError } from '@backstage/errors';
import {
  PreviewResponse,
  Refusal,
  WorkloadDraftRequest,
} from '@internal/plugin-cartographer-common';
import {
  CartographerBackendApi,
  CartographerRequestOptions,
} from '@internal/plugin-cartographer-node';

/** The same error classes the backend throws for a refused create. */
function refusalError(refusals: Refusal[]): Error {
  const [first] = refusals;
  const message = refusals
    .map(r => `refused (${r.rule}): ${r.message}`)
    .join('; ');
  if (first.rule === 'exists') return new ConflictError(message);
  if (['namespace', 'approval', 'permission'].includes(first.rule)) {
    return new NotAllowedError(message);
  }
  return new InputError(message);
}

/**
 * Asks the backend which chain selects the draft and whether every
 * onboarding rule holds, and refuses with each broken rule named. The
 * backend checks again when applying; checking first lets `render` refuse
 * too and gives the task log the selected chain before anything is written.
 */
export async function checkDraft(
  client: CartographerBackendApi,
  request: WorkloadDraftRequest,
  options: CartographerRequestOptions,
  logger: LoggerService,
): Promise<PreviewResponse & { selection: { selected: string } }> {
  const preview = await client.previewWorkload(request, options);
  logger.info(`Supply chain selection: ${preview.selection.message}`);
  if (preview.refusals.length) {
    throw refusalError(preview.refusals);
  }
  const selected = preview.selection.selected;
  if (!selected) {
    // The backend refuses drafts no chain selects; guard anyway.
    throw new InputError(`refused (selection): ${preview.selection.message}`);
  }
  logger.info(
    `Workload ${request.draft.metadata?.namespace}/${request.draft.metadata?.name} will run on approved supply chain ${selected} (cluster ${preview.cluster})`,
  );
  return { ...preview, selection: { ...preview.selection, selected } };
}
