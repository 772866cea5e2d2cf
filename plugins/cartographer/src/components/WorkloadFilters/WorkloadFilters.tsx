/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { makeStyles, TextField } from '@material-ui/core';
import { FilterBar } from '../FilterBar';
import { useEffect, useState } from 'react';
import { STATE_LABELS } from '../../lib/stageStatus';

/** The index page's filters; empty strings mean "any". */
export interface WorkloadFilterValues {
  cluster: string;
  namespace: string;
  supplyChain: string;
  state: string;
  q: string;
}

/** Props of {@link WorkloadFilters}. */
export interface WorkloadFiltersProps {
  values: WorkloadFilterValues;
  options: { clusters: string[]; namespaces: string[]; supplyChains: string[] };
  onChange: (values: WorkloadFilterValues) => void;
  /** What the list holds, for the filter bar's label (default "workloads"). */
  subject?: string;
  /** Label of the blueprint select (default "Supply chain"). */
  blueprintLabel?: string;
  searchPlaceholder?: string;
}

const useStyles = makeStyles({
  select: { minWidth: 160 },
  search: { minWidth: 260, flexGrow: 1 },
});

/** Waits for a pause in typing before searching. */
const SEARCH_DEBOUNCE_MS = 300;

function FilterSelect({
  id,
  label,
  value,
  choices,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  choices: Array<{ value: string; label: string }>;
  onChange: (value: string) => void;
}) {
  const classes = useStyles();
  return (
    <TextField
      id={id}
      select
      label={label}
      value={value}
      onChange={e => onChange(e.target.value)}
      SelectProps={{ native: true }}
      InputLabelProps={{ shrink: true }}
      className={classes.select}
    >
      <option value="">Any</option>
      {choices.map(c => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </TextField>
  );
}

const plain = (values: string[]) => values.map(v => ({ value: v, label: v }));

/** Cluster, namespace, supply chain and state selects plus a text search. */
export function WorkloadFilters({
  values,
  options,
  onChange,
  subject = 'workloads',
  blueprintLabel = 'Supply chain',
  searchPlaceholder = 'name, repository, image, label or failure reason',
}: WorkloadFiltersProps) {
  const classes = useStyles();
  const [text, setText] = useState(values.q);
  useEffect(() => setText(values.q), [values.q]);
  useEffect(() => {
    if (text === values.q) return undefined;
    const timer = setTimeout(
      () => onChange({ ...values, q: text }),
      SEARCH_DEBOUNCE_MS,
    );
    return () => clearTimeout(timer);
  }, [text, values, onChange]);

  const set = (key: keyof WorkloadFilterValues) => (value: string) =>
    onChange({ ...values, [key]: value });
  return (
    <FilterBar label={`Filter ${subject}`}>
      <FilterSelect
        id="cartographer-filter-cluster"
        label="Cluster"
        value={values.cluster}
        choices={plain(options.clusters)}
        onChange={set('cluster')}
      />
      <FilterSelect
        id="cartographer-filter-namespace"
        label="Namespace"
        value={values.namespace}
        choices={plain(options.namespaces)}
        onChange={set('namespace')}
      />
      <FilterSelect
        id="cartographer-filter-supply-chain"
        label={blueprintLabel}
        value={values.supplyChain}
        choices={plain(options.supplyChains)}
        onChange={set('supplyChain')}
      />
      <FilterSelect
        id="cartographer-filter-state"
        label="State"
        value={values.state}
        choices={(['ready', 'failed', 'pending', 'unknown'] as const).map(
          s => ({
            value: s,
            label: STATE_LABELS[s],
          }),
        )}
        onChange={set('state')}
      />
      <TextField
        id="cartographer-filter-search"
        type="search"
        label="Search"
        placeholder={searchPlaceholder}
        value={text}
        onChange={e => setText(e.target.value)}
        InputLabelProps={{ shrink: true }}
        className={classes.search}
      />
    </FilterBar>
  );
}
