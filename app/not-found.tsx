import type { Metadata } from 'next';
import Box from '@mui/material/Box';
import { NotFoundContent } from '@/components/ui/not-found-content';

export const metadata: Metadata = { title: 'Not found' };

export default function NotFound() {
  return (
    <Box component="main" id="main" sx={{ p: { xs: 2, md: 4 } }}>
      <NotFoundContent />
    </Box>
  );
}
