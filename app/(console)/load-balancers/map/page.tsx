import type { Metadata } from 'next';
import Typography from '@mui/material/Typography';
import { NetworkMapScreen } from '@/components/map/network-map-screen';

export const metadata: Metadata = { title: 'Network map' };

/** `/load-balancers/map/`: a static segment, which Next.js matches before the `[resource]` route beside it. */
export default function NetworkMapPage() {
  return (
    <>
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
        Network map
      </Typography>
      <NetworkMapScreen />
    </>
  );
}
