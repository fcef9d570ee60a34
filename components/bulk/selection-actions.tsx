'use client';
import type { ResourceKey } from '@/lib/api/resources';
import { BulkEditButton } from './bulk-edit-button';

type Props = {
  resource: ResourceKey;
  ids: ReadonlySet<string>;
};

/** What can be done to the selected objects, in the selection bar of every list. */
export function SelectionActions({ resource, ids }: Props) {
  return <BulkEditButton resource={resource} ids={ids} />;
}
