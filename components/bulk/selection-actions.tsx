'use client';
import type { ResourceKey } from '@/lib/api/resources';
import { BulkDeleteButton } from './bulk-delete-button';
import { BulkEditButton } from './bulk-edit-button';
import { SelectionQuickActions } from '@/components/quick-actions/selection-quick-actions';

type Props = {
  resource: ResourceKey;
  ids: ReadonlySet<string>;
  /** Takes ids out of the selection (objects a bulk delete removed). */
  onDeselect?: (ids: string[]) => void;
};

/** What can be done to the selected objects, in the selection bar of every list. */
export function SelectionActions({ resource, ids, onDeselect }: Props) {
  return (
    <>
      <SelectionQuickActions resource={resource} ids={ids} />
      <BulkEditButton resource={resource} ids={ids} />
      <BulkDeleteButton resource={resource} ids={ids} onDeleted={onDeselect} />
    </>
  );
}
