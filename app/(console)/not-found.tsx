import type { Metadata } from 'next';
import { NotFoundContent } from '@/components/ui/not-found-content';

export const metadata: Metadata = { title: 'Not found' };

// Inside the console's layout, so the navigation stays.
export default function ConsoleNotFound() {
  return <NotFoundContent />;
}
