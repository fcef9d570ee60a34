'use client';
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import {
  algorithmChoices,
  certificateTypeChoices,
  choiceLabel,
  healthCheckTypeChoices,
  loadBalancerTypeChoices,
  protocolChoices,
  sourceNatTypeChoices,
} from '@/lib/api/choices';
import { endpoints } from '@/lib/api/endpoints';
import { resourceKeys, type ResourceKey } from '@/lib/api/resources';
import { refSchema } from '@/lib/api/schemas/common';
import { NoValue, RefValue, TextValue, YesNo } from './cells';
import { ExpiryDate, formatDate } from './expiry-date';
import { StatusChip } from './status-chip';

/** Serializer plumbing that says nothing to a reader. */
const HIDDEN = new Set(['url', 'display', 'object_type', 'natural_slug', 'notes_url']);
/** Shown last: bookkeeping rather than configuration. */
const TRAILING = ['tags', 'custom_fields', 'id', 'created', 'last_updated'];

const LABELS: Record<string, string> = {
  id: 'ID',
  vip: 'VIP',
  ip_address: 'IP address',
  ssl_offload: 'SSL offload',
  source_nat_pool: 'Source NAT pool',
  source_nat_type: 'Source NAT type',
  load_balancer_type: 'Type',
  load_balancer_pool: 'Pool',
  load_balancing_algorithm: 'Algorithm',
  health_check_monitor: 'Health monitor',
  health_check_type: 'Type',
  certificate_type: 'Type',
  custom_fields: 'Custom fields',
};

const CHOICES: Record<string, Record<string, string>> = {
  protocol: protocolChoices.labels,
  source_nat_type: sourceNatTypeChoices.labels,
  load_balancer_type: loadBalancerTypeChoices.labels,
  load_balancing_algorithm: algorithmChoices.labels,
  health_check_type: healthCheckTypeChoices.labels,
  certificate_type: certificateTypeChoices.labels,
};

export function fieldLabel(name: string): string {
  const label = LABELS[name] ?? name.replace(/_/g, ' ');
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** Our own model an `object_type` names (`load_balancers.loadbalancerpool` → load-balancer-pools). */
function resourceFor(objectType: string): ResourceKey | undefined {
  const model = objectType.split('.')[1];
  return resourceKeys.find((k) => endpoints[k].model === model);
}

function isList(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}

export function FieldValue({ name, value }: { name: string; value: unknown }): ReactNode {
  if (value === null || value === undefined || value === '') return <NoValue />;
  if (typeof value === 'boolean') return <YesNo value={value} />;
  if (typeof value === 'number') return <TextValue value={value} />;
  if (typeof value === 'string') {
    const choices = CHOICES[name];
    if (choices) return choiceLabel(choices, value);
    if (name === 'expiration_date') return <ExpiryDate value={value} />;
    if (name === 'created' || name === 'last_updated')
      return <time dateTime={value}>{formatDate(value, true)}</time>;
    return value;
  }
  if (isList(value)) {
    if (value.length === 0) return <NoValue />;
    return value.map((item, i) => (
      <Box component="span" key={i}>
        {i > 0 && ', '}
        <FieldValue name={name} value={item} />
      </Box>
    ));
  }
  const ref = refSchema.safeParse(value);
  if (ref.success) {
    if (name === 'status') return <StatusChip status={ref.data} />;
    return <RefValue value={ref.data} resource={resourceFor(ref.data.object_type)} />;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return <NoValue />;
    return <FieldList entries={entries} dense />;
  }
  return <NoValue />;
}

/** Every field of an object, in the serializer's order with bookkeeping last. */
export function orderedFields(row: object): [string, unknown][] {
  const entries = Object.entries(row).filter(([k]) => !HIDDEN.has(k));
  const rank = (k: string) => TRAILING.indexOf(k);
  return [
    ...entries.filter(([k]) => rank(k) < 0),
    ...entries.filter(([k]) => rank(k) >= 0).sort(([a], [b]) => rank(a) - rank(b)),
  ];
}

/** One row of a field list: its label and what to show for it. */
export type FieldItem = { name: string; label: string; node: ReactNode };

/** A description list of labelled values, one per row (label beside the value from `sm` up). */
export function FieldItems({ items, dense = false }: { items: readonly FieldItem[]; dense?: boolean }) {
  return (
    <Box
      component="dl"
      sx={{
        m: 0,
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: 'minmax(140px, max-content) 1fr' },
        columnGap: 3,
        rowGap: dense ? 0.5 : 1.25,
        '& dt': { color: 'text.secondary', fontWeight: 500 },
        '& dd': { m: 0, mb: { xs: 1, sm: 0 }, overflowWrap: 'anywhere' },
      }}
    >
      {items.map(({ name, label, node }) => (
        <Box key={name} sx={{ display: 'contents' }}>
          <dt>{label}</dt>
          <dd>{node}</dd>
        </Box>
      ))}
    </Box>
  );
}

export const fieldItem = (name: string, value: unknown): FieldItem => ({
  name,
  label: fieldLabel(name),
  node: <FieldValue name={name} value={value} />,
});

export function FieldList({ entries, dense = false }: { entries: [string, unknown][]; dense?: boolean }) {
  return <FieldItems items={entries.map(([name, value]) => fieldItem(name, value))} dense={dense} />;
}
