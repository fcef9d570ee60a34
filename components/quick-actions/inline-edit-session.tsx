'use client';
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import type { ResourceKey } from '@/lib/api/resources';
import type { PlanRow } from '@/lib/bulk/plan';
import type { FormField } from '@/lib/forms/definition';
import { formDefs } from '@/lib/forms/registry';
import { patchCachedRow } from '@/lib/quick-actions/cached-rows';
import { inlineFailure, planInlineEdit } from '@/lib/quick-actions/inline-edit';
import { nautobotKeys } from '@/lib/query/nautobot-queries';
import { InlineEditor, type Draft } from './inline-editor';
import { useQuickFeedback } from './quick-feedback';
import { useAllowedStatuses } from './use-quick-actions';
import { useQuickChange } from './use-quick-change';

type Props = {
  resource: ResourceKey;
  row: PlanRow;
  field: FormField;
  /** The object's name, for the editor's label and the announcement. */
  name: string;
  children: ReactNode;
  /** The edit is over: saved or cancelled (null), or refused (Nautobot's reason). */
  onDone: (failure: string | null) => void;
};

/** The form value the editor starts from: text for numbers, an id for a status. */
function initialDraft(resource: ResourceKey, field: FormField, row: PlanRow): Draft {
  const value = formDefs[resource].fromRow(row)[field.name];
  if (field.kind === 'boolean') return value === true;
  if (field.kind === 'reference') {
    return value && typeof value === 'object' && 'id' in value ? String(value.id) : '';
  }
  return typeof value === 'string' ? value : '';
}

/**
 * One edit of one cell. The value is checked against the form's rule for the field before anything is sent; the
 * row shows the new value at once (in every cached list and detail holding it); the write goes through the bulk
 * engine; a refusal puts the old value back and hands Nautobot's reason to the cell.
 */
export function InlineEditSession({ resource, row, field, name, children, onDone }: Props) {
  const [saving, setSaving] = useState(false);
  const [draft, setDraft] = useState<Draft>(() => initialDraft(resource, field, row));
  const [invalid, setInvalid] = useState<string | null>(null);
  // Enter saves and the editor then leaves the page, which blurs it: one save, not two.
  const editing = useRef(true);
  const queryClient = useQueryClient();
  const { apply } = useQuickChange(resource);
  const { announce } = useQuickFeedback();
  const statuses = useAllowedStatuses(resource, field.kind === 'reference' && field.endpoint === 'statuses');
  const what = `${field.label.toLowerCase()} of ${name}`;

  const patchCache = (patch: Record<string, unknown>) =>
    queryClient.setQueriesData({ queryKey: nautobotKeys.all(resource) }, (data: unknown) =>
      patchCachedRow(data, row.id, patch),
    );
  const finish = (failure: string | null) => {
    editing.current = false;
    onDone(failure);
  };
  const cancel = () => {
    if (editing.current) finish(null);
  };

  const save = async (value: Draft) => {
    if (!editing.current) return;
    const status =
      field.kind === 'reference' ? statuses.data?.results.find((s) => s.id === value) : undefined;
    const plan = planInlineEdit(
      resource,
      row,
      field.name,
      status ? { id: status.id, label: status.name } : value,
    );
    if (plan.kind === 'invalid') {
      setInvalid(plan.message);
      return;
    }
    if (plan.kind === 'unchanged') {
      finish(null);
      return;
    }
    editing.current = false;
    const before = { [field.name]: row[field.name] };
    setSaving(true);
    // A page read in flight would paint the old value over the new one.
    await queryClient.cancelQueries({ queryKey: nautobotKeys.all(resource) });
    patchCache({ [field.name]: status ?? plan.patch[field.name] });
    let failure: string | null;
    try {
      const result = await apply(plan.plan, 'applying', {}, { retries: 1 });
      const [object] = result.objects;
      failure = object?.outcome === 'applied' ? null : inlineFailure(object, field.name);
    } catch (e) {
      failure = e instanceof Error ? e.message : String(e);
    }
    if (failure) {
      patchCache(before);
      onDone(`Not saved: ${failure}`);
      return;
    }
    const shown =
      status?.name ?? (typeof value === 'boolean' ? (value ? 'Yes' : 'No') : value.trim() || 'none');
    announce(`Saved: ${what} is now ${shown}.`);
    onDone(null);
  };

  if (saving) {
    return (
      <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
        {children}
        <CircularProgress size={16} aria-label={`Saving ${what}`} />
      </Box>
    );
  }
  return (
    <Box
      component="span"
      data-editing=""
      onKeyDown={(e: KeyboardEvent) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        cancel();
      }}
    >
      <InlineEditor
        field={field}
        label={`${field.label} of ${name}`}
        draft={draft}
        error={invalid}
        statuses={statuses.data?.results}
        statusesError={statuses.isError ? statuses.error.message : null}
        onDraft={(next) => {
          setDraft(next);
          setInvalid(null);
        }}
        onSave={(value) => void save(value)}
        onCancel={cancel}
      />
    </Box>
  );
}
