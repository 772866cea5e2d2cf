/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  renderInTestApp,
  TestApiProvider,
  TestApiRegistry,
} from '@backstage/test-utils';
import { fireEvent, screen } from '@testing-library/react';
import { cartographerApiRef } from '../../api';
import {
  experimentalSummary,
  sourceToUrlSummary,
} from '../../__fixtures__/cartographer';
import { fakeCartographerApi } from '../../__testUtils__/fakeCartographerApi';
import { SupplyChainPicker } from './SupplyChainPicker';
import { supplyChainPickerValidation } from './validation';

function fieldProps(overrides: Record<string, unknown> = {}) {
  return {
    onChange: jest.fn(),
    formData: undefined,
    rawErrors: [],
    required: true,
    schema: { title: 'Supply chain', description: 'Approved chains only' },
    uiSchema: {},
    formContext: { formData: {} },
    idSchema: { $id: 'root_supplyChain' },
    ...overrides,
  } as any;
}

describe('SupplyChainPicker', () => {
  it('offers only approved, Ready chains with their labels and params, and stores the labels', async () => {
    const api = fakeCartographerApi();
    const props = fieldProps({
      uiSchema: { 'ui:options': { cluster: 'local' } },
    });
    await renderInTestApp(
      <TestApiProvider apis={[[cartographerApiRef, api]]}>
        <SupplyChainPicker {...props} />
      </TestApiProvider>,
    );

    expect(api.getSupplyChains).toHaveBeenCalledWith({ cluster: 'local' });
    const radio = await screen.findByLabelText(sourceToUrlSummary.name);
    expect(screen.queryByLabelText(experimentalSummary.name)).toBeNull();
    expect(
      screen.getByText(sourceToUrlSummary.description!),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /Sets labels: apps\.tanzu\.vmware\.com\/workload-type=web/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/Params you can set:/)).toBeInTheDocument();

    fireEvent.click(radio);
    expect(props.onChange).toHaveBeenCalledWith({
      cluster: sourceToUrlSummary.cluster,
      name: sourceToUrlSummary.name,
      labels: { 'apps.tanzu.vmware.com/workload-type': 'web' },
    });
  });

  it('reads the cluster from another form field', async () => {
    const api = fakeCartographerApi();
    await renderInTestApp(
      <TestApiProvider apis={[[cartographerApiRef, api]]}>
        <SupplyChainPicker
          {...fieldProps({
            uiSchema: { 'ui:options': { clusterField: 'cluster' } },
            formContext: { formData: { cluster: 'eu-west' } },
          })}
        />
      </TestApiProvider>,
    );
    await screen.findByLabelText(sourceToUrlSummary.name);
    expect(api.getSupplyChains).toHaveBeenCalledWith({ cluster: 'eu-west' });
  });

  it('says so when no chain can be chosen', async () => {
    const api = fakeCartographerApi({
      getSupplyChains: jest.fn(async () => ({
        items: [experimentalSummary],
        clusters: [],
      })),
    });
    await renderInTestApp(
      <TestApiProvider apis={[[cartographerApiRef, api]]}>
        <SupplyChainPicker {...fieldProps()} />
      </TestApiProvider>,
    );
    expect(
      await screen.findByText(/No approved, Ready supply chain/),
    ).toBeInTheDocument();
  });
});

describe('supplyChainPickerValidation', () => {
  function apiHolder(api = fakeCartographerApi()) {
    return TestApiRegistry.from([cartographerApiRef, api]);
  }

  it('refuses a chain that is not approved, even when put in the form data by hand', async () => {
    const validation = { addError: jest.fn() } as any;
    await supplyChainPickerValidation(
      { cluster: 'local', name: experimentalSummary.name, labels: {} },
      validation,
      { apiHolder: apiHolder(), formData: {}, schema: {} },
    );
    expect(validation.addError).toHaveBeenCalledWith(
      `supply chain ${experimentalSummary.name} is not approved and Ready on cluster local`,
    );
  });

  it('accepts an approved, Ready chain', async () => {
    const validation = { addError: jest.fn() } as any;
    await supplyChainPickerValidation(
      {
        cluster: sourceToUrlSummary.cluster,
        name: sourceToUrlSummary.name,
        labels: {},
      },
      validation,
      { apiHolder: apiHolder(), formData: {}, schema: {} },
    );
    expect(validation.addError).not.toHaveBeenCalled();
  });
});
