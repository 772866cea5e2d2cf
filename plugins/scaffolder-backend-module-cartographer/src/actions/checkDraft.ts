/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { LoggerService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  PreviewResponse,
  refusalError,
  WorkloadDraftRequest,
} from '@internal/plugin-cartographer-common';
import {
  CartographerBackendApi,
  CartographerRequestOptions,
} from '@internal/plugin-cartographer-node';

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
