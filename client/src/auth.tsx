// Who is logged in: asks /api/me once at start, logs in and out, and drops the user when the
// server says the session is gone.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { api, ApiError, SESSION_EXPIRED } from './api.js';
import { queryClient } from './queryClient.js';
import type { Me, SystemAbilities, User } from './types.js';

interface Auth {
  /** undefined while asking the server; null when nobody is logged in */
  user: User | null | undefined;
  /** What the user may do across the system, as the server's policies say (menus and buttons) */
  abilities: SystemAbilities | null;
  expired: boolean;
  /** Why /api/me could not answer (server or network trouble), while `user` is still unknown */
  problem: ApiError | null;
  retry: () => void;
  login: (email: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [abilities, setAbilities] = useState<SystemAbilities | null>(null);
  const loggedIn = useCallback((me: Me) => {
    setAbilities(me.abilities);
    setUser(me.user);
  }, []);
  const [expired, setExpired] = useState(false);
  const [problem, setProblem] = useState<ApiError | null>(null);

  // Only a 401 means "not logged in"; a server or network failure is shown as one, with a retry,
  // rather than as a login page that would not help.
  const check = useCallback(() => {
    setProblem(null);
    api<Me>('/api/me')
      .then(loggedIn)
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 401) setUser(null);
        else setProblem(error instanceof ApiError ? error : new ApiError(0, 'network', undefined));
      });
  }, [loggedIn]);

  useEffect(() => {
    check();
    const onExpired = () => {
      setUser(null);
      setExpired(true);
    };
    window.addEventListener(SESSION_EXPIRED, onExpired);
    return () => window.removeEventListener(SESSION_EXPIRED, onExpired);
  }, [check]);

  const login = useCallback(
    async (email: string, password: string) => {
      const me = await api<Me>('/api/auth/login', { method: 'POST', body: { email, password } });
      setExpired(false);
      // Nothing cached for one user may show to the next on this browser.
      queryClient.clear();
      loggedIn(me);
    },
    [loggedIn],
  );

  const logout = useCallback(async () => {
    try {
      await api('/api/auth/logout', { method: 'POST' });
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    queryClient.clear();
    setUser(null);
  }, []);

  const value = useMemo(
    () => ({ user, abilities, expired, problem, retry: check, login, logout }),
    [user, abilities, expired, problem, check, login, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

/** The logged-in user; only for pages behind the login. */
export function useUser(): User {
  const { user } = useAuth();
  if (!user) throw new Error('useUser without a logged-in user');
  return user;
}

/** What the logged-in user may do across the system; only for pages behind the login. */
export function useAbilities(): SystemAbilities {
  const { abilities } = useAuth();
  if (!abilities) throw new Error('useAbilities without a logged-in user');
  return abilities;
}
