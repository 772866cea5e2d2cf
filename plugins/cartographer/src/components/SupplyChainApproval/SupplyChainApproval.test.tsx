/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { mockApis } from '@backstage/frontend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  experimentalSummary,
  sourceToUrlSummary,
} from '../../__fixtures__/cartographer';
import {
  fakeCartographerApi,
  responseError,
} from '../../__testUtils__/fakeCartographerApi';
import { renderWithCartographer } from '../../__testUtils__/renderWithCartographer';
import { SupplyChainApproval } from './SupplyChainApproval';

function render(
  chain = experimentalSummary,
  authorize:
    AuthorizeResult.ALLOW | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
  api = fakeCartographerApi(),
) {
  const permission = mockApis.permission({ authorize });
  return renderWithCartographer(<SupplyChainApproval chain={chain} />, {
    api,
    apis: [[permissionApiRef, permission]],
  });
}

describe('<SupplyChainApproval />', () => {
  it('lets an operator approve a chain, then shows who approved it', async () => {
    const { api } = await render();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Approve experimental-chain' }),
    );
    expect(api.setSupplyChainApproval).toHaveBeenCalledWith(
      experimentalSummary.cluster,
      'experimental-chain',
      true,
    );
    expect(
      await screen.findByText('Approved for onboarding by label'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Approved by user:default\/guest/)).toBeVisible();
    expect(
      screen.getByRole('button', {
        name: 'Revoke approval of experimental-chain',
      }),
    ).toBeEnabled();
  });

  it('lets an operator revoke a chain approved by label', async () => {
    const chain = {
      ...sourceToUrlSummary,
      approvalMechanism: 'label' as const,
    };
    const { api } = await render(chain);
    await userEvent.click(
      await screen.findByRole('button', {
        name: `Revoke approval of ${chain.name}`,
      }),
    );
    expect(api.setSupplyChainApproval).toHaveBeenCalledWith(
      chain.cluster,
      chain.name,
      false,
    );
    expect(
      await screen.findByText('Not approved for onboarding'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Revoked by user:default\/guest/)).toBeVisible();
  });

  it('offers no button to a user without the permission', async () => {
    // Another cluster: usePermission caches decisions per resource ref.
    await render(
      { ...experimentalSummary, cluster: 'denied' },
      AuthorizeResult.DENY,
    );
    expect(
      await screen.findByText('Not approved for onboarding'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('says the allow-list approved a chain and offers no change against it', async () => {
    await render({ ...sourceToUrlSummary, approvalMechanism: 'allowList' });
    expect(
      await screen.findByText(
        /Approved for onboarding by the config allow-list/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('keeps the state and says why when the backend refuses', async () => {
    const api = fakeCartographerApi({
      setSupplyChainApproval: jest.fn(async () => {
        throw await responseError(409, 'ConflictError', 'allow-list wins');
      }),
    });
    await render(experimentalSummary, AuthorizeResult.ALLOW, api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Approve experimental-chain' }),
    );
    expect(
      await screen.findByRole('button', { name: 'Approve experimental-chain' }),
    ).toBeEnabled();
    expect(screen.getByText('Not approved for onboarding')).toBeInTheDocument();
  });
});
