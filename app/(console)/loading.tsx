import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';

export default function ConsoleLoading() {
  return (
    <Box sx={{ flex: 1, display: 'grid', placeItems: 'center' }}>
      <CircularProgress aria-label="Loading" />
    </Box>
  );
}
