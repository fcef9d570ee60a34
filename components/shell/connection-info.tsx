'use client';
import { useQuery } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useNautobot } from '@/components/providers/nautobot-context';

/** Which Nautobot this console talks to, and the API version it answers with. */
export function ConnectionInfo({ host }: { host: string }) {
  const { queries } = useNautobot();
  const version = useQuery(queries.apiVersion());
  return (
    <Box component="footer" sx={{ px: 2, py: 1.5, borderTop: 1, borderColor: 'divider' }}>
      <Typography variant="caption" component="p" sx={{ color: 'text.secondary', overflowWrap: 'anywhere' }}>
        Connected to <strong>{host}</strong>
      </Typography>
      <Typography variant="caption" component="p" sx={{ color: 'text.secondary' }}>
        {version.isPending
          ? 'Nautobot API …'
          : version.data
            ? `Nautobot API ${version.data}`
            : 'Nautobot API version unknown'}
      </Typography>
    </Box>
  );
}
