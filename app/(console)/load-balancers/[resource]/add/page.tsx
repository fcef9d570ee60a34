import { Suspense } from 'react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { resourceKeySchema, resources } from '@/lib/api/resources';
import { ResourceFormScreen } from '@/components/resources/form/resource-form-screen';

type Props = { params: Promise<{ resource: string }> };

async function parseResource(params: Props['params']) {
  const parsed = resourceKeySchema.safeParse((await params).resource);
  if (!parsed.success) notFound();
  return parsed.data;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const resource = await parseResource(params);
  return { title: `Add ${resources[resource].singular.toLowerCase()}` };
}

export default async function AddResourcePage({ params }: Props) {
  const resource = await parseResource(params);
  return (
    // The form reads `?clone=` and pre-filled references from the URL.
    <Suspense>
      <ResourceFormScreen resource={resource} />
    </Suspense>
  );
}
