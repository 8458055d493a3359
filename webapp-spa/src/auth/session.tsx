import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { ApiError, type ApiClient } from '../api/client';
import { ApiEndpoints } from '../api/endpoints';
import { useApi } from '../context';
import { Permissions, type UserRoles } from './permissions';

/** The signed-in user as GET api/user/me/ shows them. */
export interface CurrentUser {
  pk: number;
  username: string;
  first_name?: string;
  last_name?: string;
  email?: string;
  is_staff?: boolean;
  is_superuser?: boolean;
}

export interface SessionState {
  user: CurrentUser;
  roles: UserRoles;
}

export const sessionQueryKey = ['session'] as const;

/**
 * Reads who is signed in: the allauth session endpoint answers 401 for nobody (which also gives the
 * browser its CSRF cookie), then the user and their roles.
 */
export async function loadSession(api: ApiClient): Promise<SessionState | null> {
  try {
    await api.get(ApiEndpoints.session);
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) return null;
    throw error;
  }
  const [user, roles] = await Promise.all([
    api.get<CurrentUser>(ApiEndpoints.me),
    api.get<UserRoles>(ApiEndpoints.myRoles),
  ]);
  return { user, roles };
}

/** The message to show for a failed sign-in, from allauth's error envelope. */
export function signInErrorMessage(error: unknown): string | null {
  if (error instanceof ApiError) {
    const body = error.body as { errors?: { message?: string }[] } | null;
    const message = body?.errors?.[0]?.message;
    if (message) return message;
  }
  return null;
}

/** Drops every cached answer but the session's own, so nothing of one user shows to the next. */
function forgetOtherUsersData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
}

interface SessionContextValue {
  session: SessionState | null;
  permissions: Permissions;
  signIn: (username: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({
  children,
  loading,
}: {
  children: ReactNode;
  loading: ReactNode;
}) {
  const api = useApi();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: sessionQueryKey,
    queryFn: () => loadSession(api),
    staleTime: Infinity,
  });

  const signIn = useCallback(
    async (username: string, password: string) => {
      // The CSRF cookie comes with the config answer; the sign-in itself must carry it.
      await api.get(ApiEndpoints.authConfig);
      await api.post(ApiEndpoints.login, { username, password });
      const session = await loadSession(api);
      forgetOtherUsersData(queryClient);
      queryClient.setQueryData(sessionQueryKey, session);
    },
    [api, queryClient],
  );

  const signOut = useCallback(async () => {
    try {
      await api.delete(ApiEndpoints.session);
    } catch (error) {
      // allauth answers 401 "not authenticated" to a successful sign-out
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    forgetOtherUsersData(queryClient);
    queryClient.setQueryData(sessionQueryKey, null);
  }, [api, queryClient]);

  const session = query.data ?? null;
  const value = useMemo(
    () => ({
      session,
      permissions: new Permissions(session?.roles ?? null),
      signIn,
      signOut,
    }),
    [session, signIn, signOut],
  );

  if (query.isPending) return <>{loading}</>;
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('SessionProvider is missing');
  return ctx;
}

export function usePermissions(): Permissions {
  return useSession().permissions;
}
