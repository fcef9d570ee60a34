'use client';
import { useSyncExternalStore } from 'react';
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { flash } from './flash';

/** Shows the latest flash message for a few seconds; screen readers hear it as a status. */
export function FlashSnackbar() {
  const current = useSyncExternalStore(flash.subscribe, flash.get, () => null);
  return (
    <Snackbar
      key={current?.id}
      open={!!current}
      autoHideDuration={5000}
      onClose={(_, reason) => reason !== 'clickaway' && flash.dismiss()}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert severity="success" variant="filled" onClose={() => flash.dismiss()} role="status">
        {current?.message}
      </Alert>
    </Snackbar>
  );
}
