/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { PreviewResponse, Refusal } from '@internal/plugin-cartographer-common';
import {
  renderInTestApp,
  TestApiProvider,
  TestApiRegistry,
} from '@backstage/test-utils';
import { screen, waitFor } from '@testing-library/react';
import { cartographerApiRef } from '../../api';
import { fakeCartographerApi } from '../../__testUtils__/fakeCartographerApi';
import {
  WorkloadPreviewField,
  workloadPreviewValidation,
} from './WorkloadPreviewField';

const formData = {
  name: 'hello',
  namespace: 'dev',
  supplyChain: {
    cluster: 'local',
    name: 'source-to-url',
    labels: { 'apps.tanzu.vmware.com/workload-type': 'web' },
  },
  repoUrl: 'https://github.com/org/hello',
  gitRef: 'main',
};

function preview(selected: string, refusals: Refusal[] = []): PreviewResponse {
  return {
    cluster: 'local',
    validationErrors: [],
    selection: {
      outcome: 'selected',
      selected,
      message: `${selected} matches all of its selector terms`,
      candidates: [],
    },
    approved: !refusals.length,
    chainReady: true,
    refusals,
    exists: false,
  };
}

async function renderField(api: ReturnType<typeof fakeCartographerApi>) {
  const onChange = jest.fn();
  await renderInTestApp(
    <TestApiProvider apis={[[cartographerApiRef, api]]}>
      <WorkloadPreviewField
        {...({
          onChange,
          formData: undefined,
          schema: { title: 'Check' },
          uiSchema: {},
          formContext: { formData },
        } as any)}
      />
    </TestApiProvider>,
  );
  return onChange;
}

describe('WorkloadPreviewField', () => {
  it('shows the chain that will take the workload and stores its name', async () => {
    const api = fakeCartographerApi({
      previewWorkload: jest.fn(async () => preview('source-to-url')),
    });
    const onChange = await renderField(api);
    expect(
      await screen.findByText(
        /Supply chain source-to-url will take this workload on cluster local/,
      ),
    ).toBeInTheDocument();
    expect(api.previewWorkload).toHaveBeenCalledWith(
      expect.objectContaining({
        cluster: 'local',
        supplyChain: 'source-to-url',
      }),
    );
    await waitFor(() => expect(onChange).toHaveBeenCalledWith('source-to-url'));
  });

  it('lists every refusal with its rule and stores nothing', async () => {
    const api = fakeCartographerApi({
      previewWorkload: jest.fn(async () =>
        preview('experimental-chain', [
          { rule: 'approval', message: 'experimental-chain is not approved' },
        ]),
      ),
    });
    const onChange = await renderField(api);
    expect(
      await screen.findByText(/This workload would be refused/),
    ).toBeInTheDocument();
    expect(screen.getByText('approval')).toBeInTheDocument();
    expect(
      screen.getByText(/experimental-chain is not approved/),
    ).toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalledWith('experimental-chain');
  });
});

describe('workloadPreviewValidation', () => {
  it('blocks the form while the backend would refuse the draft', async () => {
    const api = fakeCartographerApi({
      previewWorkload: jest.fn(async () =>
        preview('source-to-url', [
          { rule: 'exists', message: 'workload dev/hello already exists' },
        ]),
      ),
    });
    const validation = { addError: jest.fn() } as any;
    await workloadPreviewValidation('source-to-url', validation, {
      apiHolder: TestApiRegistry.from([cartographerApiRef, api]),
      formData,
      schema: {},
    });
    expect(validation.addError).toHaveBeenCalledWith(
      'refused (exists): workload dev/hello already exists',
    );
  });
});
