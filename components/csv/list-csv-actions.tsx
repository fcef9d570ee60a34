'use client';
import { useId, useState } from 'react';
import NextLink from 'next/link';
import { useQuery } from '@tanstack/react-query';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import DownloadIcon from '@mui/icons-material/Download';
import UploadIcon from '@mui/icons-material/Upload';
import type { ResourceKey } from '@/lib/api/resources';
import type { Query } from '@/lib/api/transport';
import { useNautobot } from '@/components/providers/nautobot-context';
import { ExportDialog, type ExportScope } from './export-dialog';
import { importHref } from './paths';

export type ListCsvActionsProps = {
  resource: ResourceKey;
  /** The list's current search, filters (as sent to Nautobot) and sort, for "export all matching". */
  q: string | undefined;
  filters: Query;
  sort: string | undefined;
  /** Keys of the columns on screen, in order. */
  columns: readonly string[];
  /** The selected ids; when any are selected, export offers the selection. */
  selectedIds: ReadonlySet<string>;
};

/** Export and import, in the list's header. */
export function ListCsvActions({ resource, q, filters, sort, columns, selectedIds }: ListCsvActionsProps) {
  const { queries } = useNautobot();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [scope, setScope] = useState<ExportScope | null>(null);
  const menuId = useId();
  const buttonId = useId();
  // Asked when the menu opens, so the count is the filter's as it is now.
  const count = useQuery({ ...queries.count(resource, { q, filters }), enabled: anchor !== null });
  const choose = (next: ExportScope) => {
    setAnchor(null);
    setScope(next);
  };

  return (
    <>
      <Button
        id={buttonId}
        variant="outlined"
        startIcon={<DownloadIcon />}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? menuId : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        Export CSV
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        slotProps={{ list: { 'aria-labelledby': buttonId } }}
      >
        <MenuItem onClick={() => choose({ kind: 'all', count: count.data })}>
          {count.data === undefined ? 'All matching' : `All ${count.data.toLocaleString()} matching`}
        </MenuItem>
        {selectedIds.size > 0 && (
          <MenuItem onClick={() => choose({ kind: 'selected', ids: [...selectedIds] })}>
            Selected ({selectedIds.size.toLocaleString()})
          </MenuItem>
        )}
      </Menu>
      <Button component={NextLink} href={importHref(resource)} variant="outlined" startIcon={<UploadIcon />}>
        Import CSV
      </Button>
      {scope && (
        <ExportDialog
          resource={resource}
          scope={scope}
          q={q}
          filters={filters}
          sort={sort}
          columns={columns}
          onClose={() => setScope(null)}
        />
      )}
    </>
  );
}
