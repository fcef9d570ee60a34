'use client';
import { createContext, useContext } from 'react';
import type { ApiConfig } from '@/lib/api/config';
import type { NautobotClient } from '@/lib/api/client';
import type { NautobotQueries } from '@/lib/query/nautobot-queries';

export type NautobotContextValue = { client: NautobotClient; queries: NautobotQueries; config: ApiConfig };

export const NautobotContext = createContext<NautobotContextValue | null>(null);

/** The browser's Nautobot client (through our proxy) and the query factory built on it. */
export function useNautobot(): NautobotContextValue {
  const value = useContext(NautobotContext);
  if (!value) throw new Error('useNautobot must be used inside <AppProviders>');
  return value;
}
