'use client';
import { createContext, useContext, type ReactNode } from 'react';

const SessionUserContext = createContext<string | null>(null);

/**
 * The signed-in user's name, known on the server (the session cookie) and handed down by the shell, so that
 * client components can keep per-user preferences without asking Nautobot who we are.
 */
export function SessionUserProvider({ username, children }: { username: string; children: ReactNode }) {
  return <SessionUserContext.Provider value={username}>{children}</SessionUserContext.Provider>;
}

/** Null outside the signed-in shell. */
export function useSessionUser(): string | null {
  return useContext(SessionUserContext);
}
