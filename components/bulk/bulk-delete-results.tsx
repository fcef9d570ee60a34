'use client';
import { useId, type ReactNode } from 'react';
import NextLink from 'next/link';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { ResourceKey } from '@/lib/api/resources';
import type { DeleteObjectResult, DeleteResult } from '@/lib/bulk/bulk-delete';
import { DeleteBlockers } from '@/components/resources/detail/delete-blockers';
import { detailHref } from '@/components/resources/paths';
import { countOf } from './bulk-delete-preview';
import { PagedObjects } from './paged-objects';

/** Each protected object brings its own blockers lookups; a short page keeps those few. */
const PROTECTED_PER_PAGE = 10;

/** "20 deleted · 3 protected · 2 failed", and what a cancel left. */
export function deleteSummary(resource: ResourceKey, result: DeleteResult): string {
  const c = result.counts;
  const parts = [`${c.deleted.toLocaleString()} deleted`, `${c.protected.toLocaleString()} protected`];
  parts.push(`${c.failed.toLocaleString()} failed`);
  if (c['not-attempted']) parts.push(`${c['not-attempted'].toLocaleString()} not attempted`);
  return `${countOf(resource, result.objects.length)}: ${parts.join(' · ')}${result.cancelled ? ' (cancelled)' : ''}`;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Box component="section" aria-labelledby={id}>
      <Typography id={id} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

const NameLink = ({ resource, id, name }: { resource: ResourceKey; id: string; name: string }) => (
  <Link component={NextLink} href={detailHref(resource, id)}>
    {name}
  </Link>
);

/** What a bulk delete did: the count of each outcome, every protected object with what uses it, each failure's reason. */
export function BulkDeleteResults({ resource, result }: { resource: ResourceKey; result: DeleteResult }) {
  const of = (outcome: DeleteObjectResult['outcome']) => result.objects.filter((o) => o.outcome === outcome);
  const isProtected = of('protected');
  const failed = of('failed');
  const notAttempted = of('not-attempted');
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Typography role="status">{deleteSummary(resource, result)}</Typography>
      {isProtected.length > 0 && (
        <Section title={`Protected: other objects still use them · ${isProtected.length.toLocaleString()}`}>
          <PagedObjects
            resource={resource}
            items={isProtected}
            label="Protected objects"
            perPage={PROTECTED_PER_PAGE}
          >
            {(o, name) => (
              <Box sx={{ mb: 1 }}>
                <NameLink resource={resource} id={o.id} name={name} />
                {o.blockers && (
                  <Box sx={{ mt: 0.5 }}>
                    <DeleteBlockers resource={resource} id={o.id} blockers={o.blockers} />
                  </Box>
                )}
              </Box>
            )}
          </PagedObjects>
        </Section>
      )}
      {failed.length > 0 && (
        <Section title={`Failed · ${failed.length.toLocaleString()}`}>
          <PagedObjects resource={resource} items={failed} label="Failed objects">
            {(o, name) => (
              <>
                <NameLink resource={resource} id={o.id} name={name} />:{' '}
                {o.reason ?? 'Nautobot gave no reason.'}
              </>
            )}
          </PagedObjects>
        </Section>
      )}
      {notAttempted.length > 0 && (
        <Section title={`Not attempted · ${notAttempted.length.toLocaleString()}`}>
          <PagedObjects resource={resource} items={notAttempted} label="Objects not attempted">
            {(o, name) => (
              <>
                <NameLink resource={resource} id={o.id} name={name} />
                {o.reason ? `: ${o.reason}` : ''}
              </>
            )}
          </PagedObjects>
        </Section>
      )}
    </Box>
  );
}
