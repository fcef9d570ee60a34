'use client';
import { useState } from 'react';
import Button from '@mui/material/Button';
import EditIcon from '@mui/icons-material/Edit';
import type { ResourceKey } from '@/lib/api/resources';
import { BulkEditDialog } from './bulk-edit-dialog';

/** Opens bulk edit for the selection; the dialog mounts afresh each time, so no earlier choice lingers. */
export function BulkEditButton({ resource, ids }: { resource: ResourceKey; ids: ReadonlySet<string> }) {
  const [open, setOpen] = useState(false);
  // The selection may change under an open dialog (paging is behind it); it works on the ids it opened with.
  const [opened, setOpened] = useState<ReadonlySet<string>>(ids);
  return (
    <>
      <Button
        size="small"
        variant="outlined"
        startIcon={<EditIcon />}
        onClick={() => {
          setOpened(ids);
          setOpen(true);
        }}
      >
        Bulk edit
      </Button>
      {open && <BulkEditDialog resource={resource} ids={opened} open onClose={() => setOpen(false)} />}
    </>
  );
}
