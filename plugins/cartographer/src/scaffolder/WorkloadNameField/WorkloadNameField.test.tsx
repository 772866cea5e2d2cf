/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { PreviewResponse } from '@internal/plugin-cartographer-common';
import {
  renderInTestApp,
  TestApiProvider,
  TestApiRegistry,
} from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { cartographerApiRef } from '../../api';
import { fakeCartographerApi } from '../../__testUtils__/fakeCartographerApi';
import { WorkloadNameField, workloadNameValidation } from './WorkloadNameField';

function preview(exists: boolean): PreviewResponse {
  return {
    cluster: 'local',
    validationErrors: [],
    selection: { outcome: 'none', message: '', candidates: [] },
    approved: false,
    chainReady: false,
    refusals: [],
    exists,
  };
}

function apiHolder(api: ReturnType<typeof fakeCartographerApi>) {
  return TestApiRegistry.from([cartographerApiRef, api]);
}

describe('WorkloadNameField', () => {
  it('tells while typing that the name is taken in the namespace', async () => {
    const api = fakeCartographerApi({
      previewWorkload: jest.fn(async () => preview(true)),
    });
    await renderInTestApp(
      <TestApiProvider apis={[[cartographerApiRef, api]]}>
        <WorkloadNameField
          {...({
            onChange: jest.fn(),
            formData: 'shop-frontend',
            rawErrors: [],
            schema: { title: 'Name' },
            uiSchema: {},
            formContext: { formData: { namespace: 'dev' } },
            idSchema: { $id: 'root_name' },
          } as any)}
        />
      </TestApiProvider>,
    );
    expect(
      await screen.findByText(
        'a workload named shop-frontend already exists in namespace dev on cluster local',
      ),
    ).toBeInTheDocument();
    expect(api.previewWorkload).toHaveBeenCalledWith({
      draft: {
        metadata: { name: 'shop-frontend', namespace: 'dev', labels: {} },
        spec: {},
      },
    });
  });

  it('says a free name is free', async () => {
    const api = fakeCartographerApi({
      previewWorkload: jest.fn(async () => preview(false)),
    });
    await renderInTestApp(
      <TestApiProvider apis={[[cartographerApiRef, api]]}>
        <WorkloadNameField
          {...({
            onChange: jest.fn(),
            formData: 'brand-new',
            rawErrors: [],
            schema: { title: 'Name' },
            uiSchema: { 'ui:options': { namespace: 'payments' } },
            formContext: { formData: {} },
          } as any)}
        />
      </TestApiProvider>,
    );
    expect(
      await screen.findByText('brand-new is free in namespace payments'),
    ).toBeInTheDocument();
  });
});

describe('workloadNameValidation', () => {
  it.each([
    ['Bad_Name', false, /^workload name must consist of lower case/],
    ['taken', true, /already exists in namespace dev/],
  ])('refuses %s', async (name, exists, message) => {
    const api = fakeCartographerApi({
      previewWorkload: jest.fn(async () => preview(exists)),
    });
    const validation = { addError: jest.fn() } as any;
    await workloadNameValidation(name, validation, {
      apiHolder: apiHolder(api),
      formData: { namespace: 'dev' },
      schema: {},
    });
    expect(validation.addError).toHaveBeenCalledWith(
      expect.stringMatching(message),
    );
  });

  it('accepts a free, valid name and asks the cluster of the chosen chain', async () => {
    const api = fakeCartographerApi({
      previewWorkload: jest.fn(async () => preview(false)),
    });
    const validation = { addError: jest.fn() } as any;
    await workloadNameValidation('fresh', validation, {
      apiHolder: apiHolder(api),
      formData: {
        namespace: 'dev',
        supplyChain: { cluster: 'eu', name: 'x', labels: {} },
      },
      schema: {},
    });
    expect(validation.addError).not.toHaveBeenCalled();
    expect(api.previewWorkload).toHaveBeenCalledWith(
      expect.objectContaining({ cluster: 'eu' }),
    );
  });
});
