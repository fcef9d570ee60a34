import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ActivityBar } from '@/components/ui/activity-bar';

/**
 * The list screen's outline while its client part starts: heading, then a table-sized block, held still (as the
 * table's placeholder rows) with one activity bar where the screen's own will be.
 */
export function ListScreenFallback({ title }: { title: string }) {
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, flex: 1, minHeight: 0 }} aria-busy="true">
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', minHeight: 36.5 }}>
        <Typography variant="h5" component="h1">
          {title}
        </Typography>
        <Skeleton variant="rounded" animation={false} width={80} height={36} />
      </Stack>
      <ActivityBar aria-label={`Loading ${title.toLowerCase()}`} />
      <Paper variant="outlined" sx={{ flex: 1, minHeight: 320, p: 1.5 }}>
        <Skeleton variant="rounded" animation={false} height={40} sx={{ maxWidth: 320, mb: 2 }} />
        {Array.from({ length: 8 }, (_, i) => (
          <Skeleton key={i} variant="text" animation={false} height={32} />
        ))}
      </Paper>
    </Box>
  );
}
