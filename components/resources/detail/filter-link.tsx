'use client';
import type { ReactNode } from 'react';
import NextLink from 'next/link';
import Link from '@mui/material/Link';
import Tooltip from '@mui/material/Tooltip';
import { resources, type ResourceKey } from '@/lib/api/resources';
import type { Ref } from '@/lib/api/schemas/common';
import { NoValue, refLabel } from '../cells';
import { filteredListHref } from '../paths';

type Props = { resource: ResourceKey; param: string; value: Ref | null | undefined; children?: ReactNode };

/**
 * A reference to something this console has no page for (a tenant, an IP address), linked to what it does
 * have: the list of this model filtered by it, e.g. every virtual server of the tenant.
 */
export function FilterLink({ resource, param, value, children }: Props) {
  if (!value) return <NoValue />;
  const title = `All ${resources[resource].plural.toLowerCase()} with this ${param.replace(/_/g, ' ')}`;
  return (
    <Tooltip title={title} describeChild>
      <Link component={NextLink} href={filteredListHref(resource, { [param]: value.id })}>
        {children ?? refLabel(value)}
      </Link>
    </Tooltip>
  );
}
