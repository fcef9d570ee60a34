import { Suspense } from 'react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HydrationBoundary } from '@tanstack/react-query';
import { resourceKeySchema, resources, type ResourceKey } from '@/lib/api/resources';
import { ResourceListScreen } from '@/components/resources/resource-list-screen';
import { ListScreenFallback } from '@/components/resources/list-screen-fallback';
import { earlyListRead } from './early-read';

type Props = {
  params: Promise<{ resource: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function parseResource(raw: string) {
  const parsed = resourceKeySchema.safeParse(raw);
  if (!parsed.success) notFound();
  return parsed.data;
}

function toSearchParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(raw)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) search.append(name, v);
  }
  return search;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const parsed = resourceKeySchema.safeParse((await params).resource);
  return { title: parsed.success ? resources[parsed.data].plural : 'Not found' };
}

/** The screen, with the read of the page it shows already started (see early-read.ts). */
async function ListWithEarlyRead({
  resource,
  searchParams,
}: {
  resource: ResourceKey;
  searchParams: Props['searchParams'];
}) {
  const { state, openedAt } = await earlyListRead(resource, toSearchParams(await searchParams));
  return (
    <HydrationBoundary state={state}>
      <ResourceListScreen resource={resource} openedAt={openedAt} />
    </HydrationBoundary>
  );
}

export default async function ResourceListPage({ params, searchParams }: Props) {
  const resource = parseResource((await params).resource);
  return (
    // useSearchParams needs a Suspense boundary; the fallback has the screen's shape, so nothing jumps.
    <Suspense fallback={<ListScreenFallback title={resources[resource].plural} />}>
      <ListWithEarlyRead resource={resource} searchParams={searchParams} />
    </Suspense>
  );
}
