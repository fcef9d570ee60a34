import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { resourceKeySchema, resources } from '@/lib/api/resources';
import { ImportScreen } from '@/components/csv/import-screen';

type Props = { params: Promise<{ resource: string }> };

async function parseResource(params: Props['params']) {
  const parsed = resourceKeySchema.safeParse((await params).resource);
  if (!parsed.success) notFound();
  return parsed.data;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const resource = await parseResource(params);
  return { title: `Import ${resources[resource].plural.toLowerCase()}` };
}

export default async function ImportResourcePage({ params }: Props) {
  return <ImportScreen resource={await parseResource(params)} />;
}
