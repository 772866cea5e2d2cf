/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  cartographerSupplyChainApprovePermission,
  SupplyChainSummary,
  supplyChainResourceRef,
} from '@internal/plugin-cartographer-common';
import { Box, Button, Typography } from '@material-ui/core';
import { useEffect, useState } from 'react';
import { cartographerApiRef } from '../../api';
import { StatusLabel } from '../StatusLabel';

const MECHANISM = {
  allowList: 'by the config allow-list (cartographer.approval.supplyChains)',
  label: 'by label',
  none: '',
};

/** Who changed the approval in the portal, and when, in words. */
function changedBy(chain: SupplyChainSummary): string | undefined {
  if (!chain.approvalBy) return undefined;
  const verb = chain.approved ? 'Approved' : 'Revoked';
  const when = chain.approvalAt
    ? ` on ${new Date(chain.approvalAt).toLocaleString()}`
    : '';
  return `${verb} by ${chain.approvalBy}${when}`;
}

/**
 * A chain's approval, how it was given and by whom, and for callers with
 * cartographer.supplychain.approve an Approve / Revoke button. The backend
 * decides: the button is a convenience, not the check.
 */
export function SupplyChainApproval({ chain }: { chain: SupplyChainSummary }) {
  const api = useApi(cartographerApiRef);
  const alertApi = useApi(alertApiRef);
  const [current, setCurrent] = useState(chain);
  const [busy, setBusy] = useState(false);
  useEffect(() => setCurrent(chain), [chain]);
  const { allowed } = usePermission({
    permission: cartographerSupplyChainApprovePermission,
    resourceRef: supplyChainResourceRef(chain.cluster, chain.name),
  });
  // The allow-list wins over the portal, and deliveries are not onboarded onto.
  const changeable =
    allowed &&
    current.kind === 'ClusterSupplyChain' &&
    current.approvalMechanism !== 'allowList';
  const mechanism = current.approved
    ? MECHANISM[current.approvalMechanism ?? 'none']
    : '';

  const change = async () => {
    setBusy(true);
    try {
      const { supplyChain } = await api.setSupplyChainApproval(
        current.cluster,
        current.name,
        !current.approved,
      );
      setCurrent(supplyChain);
      alertApi.post({
        message: `${supplyChain.name} is ${supplyChain.approved ? 'approved' : 'no longer approved'} for onboarding`,
        severity: 'success',
        display: 'transient',
      });
    } catch (error) {
      alertApi.post({
        message: `Could not change the approval of ${current.name}: ${(error as Error).message}`,
        severity: 'error',
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box display="flex" flexDirection="column" style={{ gap: 4 }}>
      <StatusLabel
        state={current.approved ? 'ready' : 'unknown'}
        label={
          current.approved
            ? `Approved for onboarding${mechanism ? ` ${mechanism}` : ''}`
            : 'Not approved for onboarding'
        }
      />
      <Typography variant="caption" display="block" color="textSecondary">
        {changedBy(current) ?? current.approval}
      </Typography>
      {changeable && (
        <Box>
          <Button
            variant="outlined"
            size="small"
            color={current.approved ? 'secondary' : 'primary'}
            disabled={busy}
            onClick={change}
          >
            {current.approved
              ? `Revoke approval of ${current.name}`
              : `Approve ${current.name}`}
          </Button>
        </Box>
      )}
    </Box>
  );
}
