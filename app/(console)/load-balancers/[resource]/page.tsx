import { Suspense } from 'react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { resourceKeySchema, resources } from '@/lib/api/resources';
import { ResourceListScreen } from '@/components/resources/resource-list-screen';
import { ListScreenFallback } from '@/components/resources/list-screen-fallback';

type Props = { params: Promise<{ resource: string }> };

function parseResource(raw: string) {
  const parsed = resourceKeySchema.safeParse(raw);
  if (!parsed.success) notFound();
  return parsed.data;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const parsed = resourceKeySchema.safeParse((await params).resource);
  return { title: parsed.success ? resources[parsed.data].plural : 'Not found' };
}

export default async function ResourceListPage({ params }: Props) {
  const resource = parseResource((await params).resource);
  return (
    // useSearchParams needs a Suspense boundary; the fallback has the screen's shape, so nothing jumps.
    <Suspense fallback={<ListScreenFallback title={resources[resource].plural} />}>
      <ResourceListScreen resource={resource} />
    </Suspense>
  );
}
