/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  StatusAborted,
  StatusError,
  StatusOK,
  StatusPending,
} from '@backstage/core-components';
import { StageState } from '@internal/plugin-cartographer-common';
import { makeStyles } from '@material-ui/core';
import { STATE_LABELS } from '../../lib/stageStatus';

const useStyles = makeStyles({
  root: {
    display: 'inline-flex',
    alignItems: 'baseline',
    fontWeight: 500,
    maxWidth: '100%',
  },
  text: { overflow: 'hidden', textOverflow: 'ellipsis' },
});

/** Props of {@link StatusLabel}. */
export interface StatusLabelProps {
  state: StageState;
  /** Replaces the default text for the state. */
  label?: string;
  /** A reason shown after the label, e.g. "Failed · BuildFailed". */
  reason?: string;
}

/** The coloured icon only; core-components hides it from assistive technology. */
function StateIcon({ state }: { state: StageState }) {
  switch (state) {
    case 'ready':
      return <StatusOK />;
    case 'failed':
      return <StatusError />;
    case 'pending':
      return <StatusPending />;
    default:
      return <StatusAborted />;
  }
}

/**
 * A state as icon, colour AND words, so nothing is carried by colour alone.
 * The words sit outside the core-components status element, which is
 * aria-hidden, so screen readers read them too.
 */
export function StatusLabel({ state, label, reason }: StatusLabelProps) {
  const classes = useStyles();
  const text = label ?? STATE_LABELS[state];
  // A reason that only repeats the label ("Ready · Ready") says nothing.
  const shownReason =
    reason && reason.toLowerCase() !== text.toLowerCase() ? reason : undefined;
  return (
    <span className={classes.root} data-status={state}>
      <StateIcon state={state} />
      <span className={classes.text}>
        {text}
        {shownReason ? ` · ${shownReason}` : ''}
      </span>
    </span>
  );
}
