'use client';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Snackbar from '@mui/material/Snackbar';
import CloseIcon from '@mui/icons-material/Close';
import type { Notice } from '@/lib/quick-actions/summary';
import { visuallyHidden } from '@/components/ui/visually-hidden';

export type FeedbackNotice = Notice & { action?: { label: string; run: () => void } };

type Feedback = {
  /** Read out by screen readers, shown nowhere (the change itself is on screen). */
  announce: (text: string) => void;
  /** A message at the bottom of the screen, with an optional action (Undo). */
  notify: (notice: FeedbackNotice) => void;
};

const FeedbackContext = createContext<Feedback>({ announce: () => undefined, notify: () => undefined });

export const useQuickFeedback = () => useContext(FeedbackContext);

/**
 * Where the quick actions and inline edits of one table (or one detail page) report. It outlives the row that
 * acted: a drained member may leave a list filtered on Active, and its Undo must stay reachable.
 */
export function QuickFeedbackProvider({ children }: { children: ReactNode }) {
  const [spoken, setSpoken] = useState('');
  const [notice, setNotice] = useState<(FeedbackNotice & { key: number }) | null>(null);
  const value = useMemo<Feedback>(
    () => ({
      announce: setSpoken,
      notify: (next) => setNotice({ ...next, key: Date.now() + Math.random() }),
    }),
    [],
  );
  const close = () => setNotice(null);
  return (
    <FeedbackContext.Provider value={value}>
      {children}
      <Box role="status" sx={visuallyHidden}>
        {spoken}
      </Box>
      <Snackbar
        key={notice?.key}
        open={!!notice}
        // A message with Undo stays until dismissed: an engineer may need a moment to decide.
        autoHideDuration={notice?.action ? null : 6000}
        onClose={(_, reason) => reason !== 'clickaway' && close()}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert
          severity={notice?.severity ?? 'success'}
          variant="filled"
          role={notice?.severity === 'error' ? 'alert' : 'status'}
          action={
            <>
              {notice?.action && (
                <Button
                  color="inherit"
                  size="small"
                  onClick={() => {
                    const run = notice.action?.run;
                    close();
                    run?.();
                  }}
                >
                  {notice.action.label}
                </Button>
              )}
              <IconButton color="inherit" size="small" aria-label="Close" onClick={close}>
                <CloseIcon fontSize="small" />
              </IconButton>
            </>
          }
        >
          {notice?.message}
        </Alert>
      </Snackbar>
    </FeedbackContext.Provider>
  );
}
