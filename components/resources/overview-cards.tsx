'use client';
import NextLink from 'next/link';
import { useQuery } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { resources, type ResourceKey } from '@/lib/api/resources';
import { useNautobot } from '@/components/providers/nautobot-context';
import { visuallyHidden } from '@/components/ui/visually-hidden';
import { navItems } from './ui-registry';

function CountCard({
  resource,
  href,
  Icon,
}: {
  resource: ResourceKey;
  href: string;
  Icon: (typeof navItems)[number]['icon'];
}) {
  const { queries } = useNautobot();
  const count = useQuery(queries.count(resource));
  const { plural } = resources[resource];
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardActionArea component={NextLink} href={href} sx={{ height: '100%' }}>
        <CardContent sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
          <Icon color="primary" sx={{ fontSize: 36 }} />
          <Box sx={{ minWidth: 0 }}>
            <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 500 }}>
              {plural}
            </Typography>
            <Typography variant="h4" component="p">
              {/* A count already shown stays when a refresh fails: the dashboard says it is stale. */}
              {count.data !== undefined ? (
                count.data.toLocaleString()
              ) : count.isError ? (
                <Typography component="span" variant="body2" sx={{ color: 'error.main' }}>
                  Couldn’t count: {count.error.message}
                </Typography>
              ) : (
                <>
                  <Skeleton width={48} />
                  <Box component="span" sx={visuallyHidden}>
                    Counting…
                  </Box>
                </>
              )}
            </Typography>
          </Box>
        </CardContent>
      </CardActionArea>
    </Card>
  );
}

/** One card per load-balancer model with how many Nautobot holds, each leading to its list. */
export function OverviewCards() {
  return (
    <Grid container spacing={2}>
      {navItems.map((item) => (
        <Grid key={item.key} size={{ xs: 12, sm: 6, lg: 4 }}>
          <CountCard resource={item.key} href={item.href} Icon={item.icon} />
        </Grid>
      ))}
    </Grid>
  );
}
