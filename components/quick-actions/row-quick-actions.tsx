'use client';
import { useState } from 'react';
import CircularProgress from '@mui/material/CircularProgress';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import type { ResourceKey } from '@/lib/api/resources';
import type { ResolvedAction } from '@/lib/quick-actions/actions';
import { MoreIcon } from './cell-parts';
import { useQuickActions } from './use-quick-actions';
import { useRunOne } from './use-run-one';

type Row = { id: string; display?: string };

type MenuProps = {
  id: string;
  resource: ResourceKey;
  row: Row;
  anchor: HTMLElement;
  onClose: () => void;
  onChoose: (action: ResolvedAction) => void;
};

/** Mounted only while open: the statuses are read when someone looks, not for every row. */
function ActionsMenu({ id, resource, row, anchor, onClose, onChoose }: MenuProps) {
  const { actions } = useQuickActions(resource, true, row);
  return (
    <Menu id={id} anchorEl={anchor} open onClose={onClose}>
      {actions.map((a) => (
        <MenuItem key={a.action.id} disabled={!a.change || a.current} onClick={() => onChoose(a)}>
          <ListItemText primary={a.action.label} secondary={a.reason} />
        </MenuItem>
      ))}
    </Menu>
  );
}

/** The row's quick actions behind one compact button, so a thousand rows stay light. */
export function RowQuickActions({ resource, row }: { resource: ResourceKey; row: Row }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  // Not useId, which measurably slows mounting a thousand rows; one menu is open at a time.
  const menuId = `quick-actions-${row.id}`;
  const name = row.display ?? row.id;
  const { busy, runOne } = useRunOne(resource);

  return (
    <>
      <button
        type="button"
        data-cell-button=""
        aria-label={`Quick actions for ${name}`}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? menuId : undefined}
        aria-busy={busy}
        // Not disabled while busy: the button keeps keyboard focus.
        onClick={(e) => !busy && setAnchor(e.currentTarget)}
      >
        {busy ? <CircularProgress size={18} aria-label={`Changing ${name}`} /> : <MoreIcon />}
      </button>
      {anchor && (
        <ActionsMenu
          id={menuId}
          resource={resource}
          row={row}
          anchor={anchor}
          onClose={() => setAnchor(null)}
          onChoose={(a) => {
            setAnchor(null);
            void runOne(row.id, a);
          }}
        />
      )}
    </>
  );
}
