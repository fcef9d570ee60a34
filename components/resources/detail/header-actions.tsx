'use client';
import { useState } from 'react';
import NextLink from 'next/link';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/Edit';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import type { ResourceKey } from '@/lib/api/resources';
import { useNautobot } from '@/components/providers/nautobot-context';
import { DetailQuickActions } from '@/components/quick-actions/detail-quick-actions';
import { visuallyHidden } from '@/components/ui/visually-hidden';
import { nautobotHref } from '../paths';
import { DeleteDialog } from './delete-dialog';
import { cloneHref, editHref } from '../paths';

/**
 * The model's quick actions (Disable, Drain…), then Edit, Clone, Delete and Open in Nautobot. Delete waits for
 * the object's name, which its dialog shows.
 */
export function HeaderActions({
  resource,
  id,
  name,
}: {
  resource: ResourceKey;
  id: string;
  name: string | undefined;
}) {
  const { config } = useNautobot();
  const [deleting, setDeleting] = useState(false);
  return (
    <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
      <DetailQuickActions resource={resource} id={id} />
      <Button component={NextLink} href={editHref(resource, id)} variant="contained" startIcon={<EditIcon />}>
        Edit
      </Button>
      <Button
        component={NextLink}
        href={cloneHref(resource, id)}
        variant="outlined"
        startIcon={<ContentCopyIcon />}
      >
        Clone
      </Button>
      <Button
        variant="outlined"
        color="error"
        startIcon={<DeleteOutlinedIcon />}
        disabled={name === undefined}
        onClick={() => setDeleting(true)}
      >
        Delete
      </Button>
      <Button
        variant="outlined"
        href={nautobotHref(config.nautobotUiUrl, resource, id)}
        target="_blank"
        rel="noopener noreferrer"
        endIcon={<OpenInNewIcon />}
      >
        Open in Nautobot
        <Box component="span" sx={visuallyHidden}>
          (opens in a new tab)
        </Box>
      </Button>
      {name !== undefined && (
        <DeleteDialog
          resource={resource}
          id={id}
          name={name}
          open={deleting}
          onClose={() => setDeleting(false)}
        />
      )}
    </Stack>
  );
}
