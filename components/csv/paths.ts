import type { ResourceKey } from '@/lib/api/resources';
import { listHref } from '@/components/resources/paths';

export const importHref = (key: ResourceKey) => `${listHref(key)}import/`;
