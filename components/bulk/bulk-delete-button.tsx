'use client';
import { useState } from 'react';
import Button from '@mui/material/Button';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import type { ResourceKey } from '@/lib/api/resources';
import { BulkDeleteDialog } from './bulk-delete-dialog';

type Props = {
  resource: ResourceKey;
  ids: ReadonlySet<string>;
  /** Ids that were deleted, to take out of the selection. */
  onDeleted?: (ids: string[]) => void;
};

/** Opens bulk delete for the selection; the dialog mounts afresh each time and works on the ids it opened with. */
export function BulkDeleteButton({ resource, ids, onDeleted }: Props) {
  const [opened, setOpened] = useState<ReadonlySet<string> | null>(null);
  return (
    <>
      <Button
        size="small"
        variant="outlined"
        color="error"
        startIcon={<DeleteOutlinedIcon />}
        onClick={() => setOpened(ids)}
      >
        Bulk delete
      </Button>
      {opened && (
        <BulkDeleteDialog
          resource={resource}
          ids={opened}
          open
          onClose={() => setOpened(null)}
          onDeleted={onDeleted}
        />
      )}
    </>
  );
}
