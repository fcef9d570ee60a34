'use client';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import NextLink from 'next/link';
import { useRouter } from 'next/navigation';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { useQueryClient } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { isNautobotError } from '@/lib/api/errors';
import { resources, type ResourceKey } from '@/lib/api/resources';
import { concurrentChanges, type FieldChange } from '@/lib/forms/describe-value';
import { allFields, formDefs, type FormValues } from '@/lib/forms/registry';
import { PartialSaveError, saveObject } from '@/lib/forms/save';
import { placeServerError } from '@/lib/forms/server-errors';
import { findDuplicates, type Duplicate } from '@/lib/forms/uniqueness';
import { changedKeys, validateForm } from '@/lib/forms/validate';
import { invalidateAfterWrite } from '@/lib/query/after-write';
import { useNautobot } from '@/components/providers/nautobot-context';
import { detailHref } from '../paths';
import { ConflictDialog } from './conflict-dialog';
import { clearDraft, readDraft, writeDraft, type Draft } from './form-draft';
import { FormField } from './form-field';
import { LeaveDialog } from './leave-dialog';
import { useLeaveGuard } from './use-leave-guard';
import { flash } from '@/components/feedback/flash';

export type FormBase = Draft['base'];

type Props = {
  resource: ResourceKey;
  /** The object being edited; absent when adding one. */
  id?: string;
  /** Values as loaded (edit) or as pre-filled (add, clone), and the object's `last_updated` when editing. */
  base: FormBase;
  draftKey: string;
  cancelHref: string;
  notice?: ReactNode;
};

type Conflict = { changes: FieldChange[]; current: FormBase };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Add or edit any of the five models: fields, rules and uniqueness from lib/forms, Nautobot's answer on the fields. */
export function ResourceForm({ resource, id, base: loaded, draftKey, cancelHref, notice }: Props) {
  const def = formDefs[resource];
  const { singular } = resources[resource];
  const what = singular.toLowerCase();
  const { client } = useNautobot();
  const queryClient = useQueryClient();
  const router = useRouter();
  const fields = useMemo(() => allFields(def), [def]);

  // Rendered only in the browser (see ResourceFormScreen), so the draft can be read while initialising.
  const [restored] = useState(() => readDraft(draftKey));
  const [base, setBase] = useState<FormBase>(() => (restored && id ? restored.base : loaded));
  const [savedId, setSavedId] = useState(id ?? restored?.savedId);
  const [top, setTop] = useState<string[]>([]);
  const [duplicates, setDuplicates] = useState<Duplicate[]>([]);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [showRestored, setShowRestored] = useState(!!restored);
  const [done, setDone] = useState(false);
  const topRef = useRef<HTMLDivElement>(null);

  const resolver: Resolver<FormValues> = (values) => {
    const result = validateForm(def, values);
    if (result.ok) return { values, errors: {} };
    return {
      values: {},
      errors: Object.fromEntries(
        result.issues.map((i) => [i.field, { type: 'validate', message: i.message }]),
      ),
    };
  };
  const form = useForm<FormValues>({
    defaultValues: restored?.values ?? loaded.values,
    resolver,
    mode: 'onTouched',
  });
  const { control, handleSubmit, setError, reset, formState } = form;
  const values = useWatch({ control }) as FormValues;
  const dirty = !done && !same(values, base.values);
  const warnings = def.warnings?.(values) ?? [];

  // The draft follows every change; matching the saved object again removes it.
  const serialised = JSON.stringify(values);
  useEffect(() => {
    if (done) return;
    if (dirty) writeDraft(draftKey, JSON.parse(serialised) as FormValues, base, id ? undefined : savedId);
    else clearDraft(draftKey);
  }, [serialised, dirty, done, draftKey, base, id, savedId]);

  const leave = useLeaveGuard(dirty && !formState.isSubmitting);

  const showTop = (messages: string[]) => {
    setTop(messages);
    requestAnimationFrame(() => topRef.current?.focus());
  };

  const submit = async (input: FormValues, overwrite = false) => {
    setTop([]);
    setDuplicates([]);
    const checked = validateForm(def, input);
    if (!checked.ok) return;
    try {
      const dups = await findDuplicates(client, def, checked.values, savedId);
      if (dups.length) {
        dups.forEach((d) =>
          setError(d.field, { type: 'duplicate', message: d.message }, { shouldFocus: true }),
        );
        setDuplicates(dups);
        return;
      }
      if (savedId && id && !overwrite) {
        const row = await client.get(resource, savedId, { depth: 1, excludeM2m: false });
        const lastUpdated = row.last_updated ?? null;
        if (lastUpdated !== base.lastUpdated) {
          const current = { values: def.fromRow(row), lastUpdated };
          setConflict({ changes: concurrentChanges(fields, base.values, current.values, input), current });
          return;
        }
      }
      const changed = id ? changedKeys(input, base.values) : undefined;
      const saved = await saveObject(client, def, {
        id: savedId,
        values: checked.values,
        body: checked.body,
        changed,
      });
      await finish(saved);
    } catch (e) {
      if (e instanceof PartialSaveError) {
        // The object exists now: a retry must update it, not create a second one, and an edit's retry must
        // not mistake its own write for someone else's.
        setSavedId(e.savedId);
        if (id) {
          const written = { ...input, certificate_profiles: base.values.certificate_profiles };
          setBase({ values: written, lastUpdated: e.lastUpdated ?? base.lastUpdated });
        }
        const reason = e.cause instanceof Error ? e.cause.message : String(e.cause);
        showTop([
          `The ${what} was saved, but its certificate profiles were not: ${reason} Save again to retry.`,
        ]);
        return;
      }
      if (isNautobotError(e)) {
        if (e.kind === 'not-found' && savedId) {
          showTop([
            `This ${what} no longer exists in Nautobot: someone deleted it. Your input is kept below.`,
          ]);
          return;
        }
        const placed = placeServerError(def, e);
        placed.fields.forEach((f, i) =>
          setError(f.field, { type: 'server', message: f.message }, { shouldFocus: i === 0 }),
        );
        showTop(placed.top.length ? placed.top : placed.fields.length ? [] : [e.message]);
        return;
      }
      showTop([e instanceof Error ? e.message : String(e)]);
    }
  };

  const finish = async (savedObjectId: string) => {
    setDone(true);
    clearDraft(draftKey);
    await invalidateAfterWrite(queryClient, [
      resource,
      'certificate-profiles',
      'virtual-server-certificate-profile-assignments',
      'load-balancer-pool-member-certificate-profile-assignments',
    ]);
    flash.show(id ? `Saved ${singular.toLowerCase()} changes.` : `Created ${singular.toLowerCase()}.`);
    router.push(detailHref(resource, savedObjectId));
  };

  const discard = () => {
    clearDraft(draftKey);
    reset(base.values);
    setShowRestored(false);
    setTop([]);
    setDuplicates([]);
  };

  return (
    <Box
      component="form"
      noValidate
      aria-label={id ? `Edit ${what}` : `Add ${what}`}
      onSubmit={(e) => void handleSubmit((v) => submit(v))(e)}
      sx={{ display: 'flex', flexDirection: 'column', gap: 2, maxWidth: 960 }}
    >
      {notice}
      {showRestored && restored && (
        <Alert
          severity="info"
          action={
            <Button color="inherit" size="small" onClick={discard}>
              Discard draft
            </Button>
          }
        >
          Restored your unsaved changes from {new Date(restored.savedAt).toLocaleTimeString()}.
        </Alert>
      )}
      <Box ref={topRef} tabIndex={-1} sx={{ outline: 'none' }}>
        {(top.length > 0 || duplicates.length > 0) && (
          <Alert severity="error">
            <AlertTitle>{duplicates.length ? 'Already exists' : `Couldn’t save this ${what}`}</AlertTitle>
            {top.map((m) => (
              <div key={m}>{m}</div>
            ))}
            {duplicates.map((d) => (
              <div key={d.field}>
                {d.message}{' '}
                <Link component={NextLink} href={detailHref(resource, d.existing.id)}>
                  Open {d.existing.display}
                </Link>
              </div>
            ))}
          </Alert>
        )}
      </Box>
      {def.sections.map((section) => (
        <Paper key={section.title} variant="outlined" component="fieldset" sx={{ p: { xs: 2, sm: 3 }, m: 0 }}>
          <Typography component="legend" variant="h6" sx={{ px: 0.5, float: 'left', width: '100%', mb: 2 }}>
            {section.title}
          </Typography>
          <Box
            sx={{
              clear: 'both',
              display: 'grid',
              gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' },
              columnGap: 2,
              rowGap: 0.5,
            }}
          >
            {section.fields.map((f) => (
              <Box
                key={f.name}
                sx={
                  f.kind === 'references' || ('multiline' in f && f.multiline)
                    ? { gridColumn: '1 / -1' }
                    : undefined
                }
              >
                <FormField
                  field={f}
                  control={control}
                  warning={warnings.find((w) => w.field === f.name)?.message}
                />
              </Box>
            ))}
          </Box>
        </Paper>
      ))}
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
        <Button type="submit" variant="contained" loading={formState.isSubmitting}>
          {id ? 'Save' : `Create ${what}`}
        </Button>
        <Button component={NextLink} href={cancelHref}>
          Cancel
        </Button>
        {dirty && (
          <Button color="error" onClick={discard}>
            Discard changes
          </Button>
        )}
      </Stack>
      <ConflictDialog
        open={!!conflict}
        what={what}
        changes={conflict?.changes ?? []}
        onCancel={() => setConflict(null)}
        onReload={() => {
          if (!conflict) return;
          setBase(conflict.current);
          clearDraft(draftKey);
          reset(conflict.current.values);
          setConflict(null);
        }}
        onOverwrite={() => {
          if (!conflict) return;
          const next = { values: base.values, lastUpdated: conflict.current.lastUpdated };
          setBase(next);
          setConflict(null);
          void handleSubmit((v) => submit(v, true))();
        }}
      />
      <LeaveDialog
        open={!!leave.pendingHref}
        onStay={leave.cancel}
        onDiscard={() => {
          const href = leave.pendingHref;
          setDone(true);
          clearDraft(draftKey);
          leave.cancel();
          if (href) router.push(href);
        }}
        onLeave={() => {
          const href = leave.pendingHref;
          setDone(true);
          leave.cancel();
          if (href) router.push(href);
        }}
      />
    </Box>
  );
}
