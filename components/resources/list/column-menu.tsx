'use client';
import { useId, useState } from 'react';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import CheckBoxIcon from '@mui/icons-material/CheckBox';
import CheckBoxOutlineBlankIcon from '@mui/icons-material/CheckBoxOutlineBlank';
import ViewColumnIcon from '@mui/icons-material/ViewColumn';

type ColumnChoice = { id: string; label: string; visible: boolean };

type Props = {
  /** The primary column first: it is always shown. */
  columns: readonly ColumnChoice[];
  onToggle: (id: string, visible: boolean) => void;
  onReset: () => void;
};

/** "Columns": a menu of checkable items, one per column; it stays open so several can be changed at once. */
export function ColumnMenu({ columns, onToggle, onReset }: Props) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const buttonId = useId();
  const menuId = useId();
  const open = anchor !== null;
  return (
    <>
      <Button
        id={buttonId}
        variant="outlined"
        size="small"
        startIcon={<ViewColumnIcon />}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        Columns
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={open}
        onClose={() => setAnchor(null)}
        slotProps={{ list: { 'aria-labelledby': buttonId, dense: true } }}
      >
        {columns.map((c, i) => (
          <MenuItem
            key={c.id}
            role="menuitemcheckbox"
            aria-checked={c.visible}
            disabled={i === 0}
            onClick={() => onToggle(c.id, !c.visible)}
          >
            <ListItemIcon>
              {c.visible ? <CheckBoxIcon fontSize="small" /> : <CheckBoxOutlineBlankIcon fontSize="small" />}
            </ListItemIcon>
            <ListItemText>{c.label}</ListItemText>
          </MenuItem>
        ))}
        <Divider />
        <MenuItem onClick={onReset}>
          <ListItemText inset>Reset columns</ListItemText>
        </MenuItem>
      </Menu>
    </>
  );
}
