import { Suspense } from 'react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { resourceKeySchema, resources } from '@/lib/api/resources';
import { uuidSchema } from '@/lib/api/schemas/common';
import { ResourceFormScreen } from '@/components/resources/form/resource-form-screen';

type Props = { params: Promise<{ resource: string; id: string }> };

async function parseParams(params: Props['params']) {
  const raw = await params;
  const resource = resourceKeySchema.safeParse(raw.resource);
  const id = uuidSchema.safeParse(raw.id);
  if (!resource.success || !id.success) notFound();
  return { resource: resource.data, id: id.data.toLowerCase() };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { resource } = await parseParams(params);
  return { title: `Edit ${resources[resource].singular.toLowerCase()}` };
}

export default async function EditResourcePage({ params }: Props) {
  const { resource, id } = await parseParams(params);
  return (
    <Suspense>
      <ResourceFormScreen resource={resource} id={id} />
    </Suspense>
  );
}
