'use client';
import { useId, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { EndpointRow } from '@/lib/api/endpoints';
import type { ResourceKey } from '@/lib/api/resources';
import { fieldItem, FieldItems, fieldLabel, orderedFields, type FieldItem } from '../detail-fields';
import { detailConfig } from './detail-registry';
import type { DetailConfig, PanelField } from './detail-types';

export function Panel({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Paper component="section" variant="outlined" aria-labelledby={headingId} sx={{ p: { xs: 2, sm: 2.5 } }}>
      <Typography id={headingId} variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1.5 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

function panelItem<K extends ResourceKey>(row: EndpointRow<K>, field: PanelField<K>): FieldItem {
  if (typeof field === 'string') return fieldItem(field, row[field]);
  return { name: field.name, label: field.label ?? fieldLabel(field.name), node: field.render(row) };
}

/** Every field a panel or an embedded section shows; the rest go to the "Other" panel. */
export function placedFields<K extends ResourceKey>(config: DetailConfig<K>): Set<string> {
  return new Set<string>([
    ...config.panels.flatMap((p) => p.fields.map((f) => (typeof f === 'string' ? f : f.name))),
    ...config.sections.flatMap((s) => (s.kind === 'embedded' ? [s.field] : [])),
  ]);
}

export const OTHER_PANEL_TITLE = 'Other';

/** The model's panels, then every field none of them shows (bookkeeping last), so no field is ever hidden. */
export function DetailPanels<K extends ResourceKey>({ resource, row }: { resource: K; row: EndpointRow<K> }) {
  const config = detailConfig(resource);
  const placed = placedFields(config);
  const rest = orderedFields(row).filter(([name]) => !placed.has(name));
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' },
        gap: 2,
        alignItems: 'start',
      }}
    >
      {config.panels.map((panel) => (
        <Panel key={panel.title} title={panel.title}>
          <FieldItems items={panel.fields.map((f) => panelItem(row, f))} />
        </Panel>
      ))}
      {rest.length > 0 && (
        <Panel title={OTHER_PANEL_TITLE}>
          <FieldItems items={rest.map(([name, value]) => fieldItem(name, value))} />
        </Panel>
      )}
    </Box>
  );
}
