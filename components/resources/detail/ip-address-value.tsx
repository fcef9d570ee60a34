'use client';
import { useQuery } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import { refSchema, type Ref } from '@/lib/api/schemas/common';
import { useNautobot } from '@/components/providers/nautobot-context';
import { NoValue, refLabel } from '../cells';

/**
 * An IP address by its address and namespace. The same address can live in several namespaces, but
 * Nautobot's `display` for an IP leaves the namespace out and the IP serializer has no readable namespace
 * field, so it is read from the IP's parent prefix (one small request, cached per prefix).
 */
export function IpAddressValue({ value }: { value: Ref | null | undefined }) {
  const { queries } = useNautobot();
  const parent = refSchema.safeParse(value?.parent);
  const parentId = parent.success ? parent.data.id : '';
  const prefix = useQuery({ ...queries.detail('prefixes', parentId, { depth: 1 }), enabled: !!parentId });
  if (!value) return <NoValue />;
  const namespace = prefix.data?.namespace.name;
  return (
    <>
      {refLabel(value)}
      {namespace && (
        <Box component="span" sx={{ color: 'text.secondary' }}>
          {' '}
          (namespace {namespace})
        </Box>
      )}
    </>
  );
}
