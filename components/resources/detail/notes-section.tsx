'use client';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import TablePagination from '@mui/material/TablePagination';
import TextField from '@mui/material/TextField';
import { isNautobotError } from '@/lib/api/errors';
import type { ResourceKey } from '@/lib/api/resources';
import type { Note } from '@/lib/api/schemas/related';
import { nautobotKeys } from '@/lib/query/nautobot-queries';
import { useNautobot } from '@/components/providers/nautobot-context';
import { formatDate } from '../expiry-date';
import { SectionMessage, SectionShell } from './section-shell';

export const NOTES_PAGE_SIZE = 10;

const noteFormSchema = z.object({
  note: z.string().trim().min(1, 'Write the note before adding it.'),
});
type NoteForm = z.infer<typeof noteFormSchema>;

function serverMessage(error: unknown): string {
  if (!isNautobotError(error)) return 'The note could not be added. Try again.';
  return error.fieldErrors.note?.join(' ') ?? error.message;
}

/** Newest first on every server: Nautobot's notes endpoint orders by creation, oldest first, and ignores `sort`. */
const newestFirst = (notes: readonly Note[]) =>
  [...notes].sort((a, b) => (b.created ?? '').localeCompare(a.created ?? ''));

function AddNoteForm({ resource, id, onAdded }: { resource: ResourceKey; id: string; onAdded: () => void }) {
  const { client } = useNautobot();
  const queryClient = useQueryClient();
  const { register, handleSubmit, setError, reset, formState } = useForm<NoteForm>({
    resolver: zodResolver(noteFormSchema),
    defaultValues: { note: '' },
  });
  const add = useMutation({
    mutationFn: (note: string) => client.addNote(resource, id, note),
    onSuccess: async () => {
      reset();
      onAdded();
      await queryClient.invalidateQueries({ queryKey: [...nautobotKeys.detail(resource, id), 'notes'] });
    },
    // The text stays in the field, so nothing typed is lost.
    onError: (error) =>
      setError('note', { type: 'server', message: serverMessage(error) }, { shouldFocus: true }),
  });
  const { ref, ...field } = register('note');
  const error = formState.errors.note?.message;

  return (
    <Box
      component="form"
      noValidate
      aria-label="Add a note"
      onSubmit={(e) => void handleSubmit((values) => add.mutate(values.note))(e)}
      sx={{ px: 2, pb: 2 }}
    >
      <Stack sx={{ gap: 1, alignItems: 'flex-start' }}>
        <TextField
          {...field}
          inputRef={ref}
          label="New note"
          multiline
          minRows={2}
          fullWidth
          error={!!error}
          helperText={error ?? 'Plain text or Markdown, as in Nautobot.'}
        />
        <Button type="submit" variant="outlined" loading={add.isPending}>
          Add note
        </Button>
      </Stack>
    </Box>
  );
}

/** The object's notes in Nautobot, and a form to add one. */
export function NotesSection({ resource, id }: { resource: ResourceKey; id: string }) {
  const { queries } = useNautobot();
  const headingId = useId();
  const [page, setPage] = useState(0);
  const notes = useQuery(
    queries.notes(resource, id, { limit: NOTES_PAGE_SIZE, offset: page * NOTES_PAGE_SIZE }),
  );
  const data = notes.data;

  let list;
  if (notes.isError) {
    list = (
      <Alert
        severity="error"
        sx={{ m: 2 }}
        action={
          <Button color="inherit" size="small" onClick={() => void notes.refetch()}>
            Retry
          </Button>
        }
      >
        Couldn’t load the notes: {notes.error.message}
      </Alert>
    );
  } else if (!data) {
    list = (
      <Box sx={{ px: 2, py: 1 }}>
        <Skeleton variant="text" height={48} />
      </Box>
    );
  } else if (data.count === 0) {
    list = <SectionMessage>No notes yet.</SectionMessage>;
  } else {
    list = (
      <>
        <List aria-labelledby={headingId} dense>
          {newestFirst(data.results).map((n) => (
            <ListItem key={n.id} divider>
              <ListItemText
                primary={n.note}
                secondary={
                  <>
                    {n.user_name}
                    {n.created && (
                      <>
                        {' · '}
                        <time dateTime={n.created}>{formatDate(n.created, true)}</time>
                      </>
                    )}
                  </>
                }
                slotProps={{ primary: { sx: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } } }}
              />
            </ListItem>
          ))}
        </List>
        {data.count > NOTES_PAGE_SIZE && (
          <TablePagination
            component="div"
            count={data.count}
            page={page}
            rowsPerPage={NOTES_PAGE_SIZE}
            rowsPerPageOptions={[]}
            onPageChange={(_, n) => setPage(n)}
          />
        )}
      </>
    );
  }

  return (
    <SectionShell headingId={headingId} title="Notes" count={data?.count} busy={notes.isFetching}>
      {list}
      <Divider sx={{ mb: 2 }} />
      <AddNoteForm resource={resource} id={id} onAdded={() => setPage(0)} />
    </SectionShell>
  );
}
