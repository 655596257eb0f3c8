import * as z from 'zod/mini';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { languageSchema, type Language } from '@/domain/localized-text';
import { userSchema, type Role, type User } from '@/domain/user';
import { setAuthTokenProvider } from '@/lib/auth-token';

export type Density = 'comfortable' | 'compact';

/** A signed-in demo user and the token the API knows them by. */
export interface Session {
  token: string;
  user: User;
}

/**
 * UI state only: how the app speaks and looks, and who is signed in (the mocked sign-in). Filters,
 * sort and dates live in the URL, server data in react-query.
 */
/** The municipality a user last chose on /kommune, offered when they come back (the page itself is in the URL). */
export interface ChosenMunicipality {
  number: string;
  name: string;
}

export interface UiState {
  language: Language;
  density: Density;
  session: Session | null;
  municipality: ChosenMunicipality | null;
}

interface UiActions {
  setLanguage: (language: Language) => void;
  setDensity: (density: Density) => void;
  signIn: (session: Session) => void;
  signOut: () => void;
  chooseMunicipality: (municipality: ChosenMunicipality) => void;
}

export const initialUiState: UiState = { language: 'nb', density: 'comfortable', session: null, municipality: null };

// Defined before the store: the store reads its saved settings as soon as it is created.
const storedSettingsSchema = z.object({
  language: z.catch(z.optional(languageSchema), undefined),
  density: z.catch(z.optional(z.enum(['comfortable', 'compact'])), undefined),
  session: z.catch(z.optional(z.nullable(z.strictObject({ token: z.string().check(z.minLength(1)), user: userSchema }))), undefined),
  municipality: z.catch(
    z.optional(z.nullable(z.strictObject({ number: z.string().check(z.regex(/^\d{4}$/)), name: z.string().check(z.minLength(1), z.maxLength(200)) }))),
    undefined,
  ),
});

function storedSettings(persisted: unknown): Partial<UiState> {
  const parsed = storedSettingsSchema.safeParse(persisted);
  if (!parsed.success) return {};
  const { language, density, session, municipality } = parsed.data;
  return { ...(language && { language }), ...(density && { density }), ...(session && { session }), ...(municipality && { municipality }) };
}

export const useUiStore = create<UiState & UiActions>()(
  persist(
    (set) => ({
      ...initialUiState,
      setLanguage: (language) => set({ language }),
      setDensity: (density) => set({ density }),
      signIn: (session) => set({ session }),
      signOut: () => set({ session: null }),
      chooseMunicipality: (municipality) => set({ municipality }),
    }),
    {
      name: 'tiltaksmonitor:ui',
      storage: createJSONStorage(() => window.localStorage),
      partialize: ({ language, density, session, municipality }) => ({ language, density, session, municipality }),
      // Stored settings are read back field by field; anything unknown keeps its default.
      merge: (persisted, current) => ({ ...current, ...storedSettings(persisted) }),
    },
  ),
);

setAuthTokenProvider(() => useUiStore.getState().session?.token ?? null);

/** The role the UI shows controls for. The API decides what is allowed; this only hides what is not. */
export function useRole(): Role {
  return useUiStore((state) => state.session?.user.role ?? 'viewer');
}

/** Restores the initial state (between tests). */
export function resetUiStore(state: Partial<UiState> = {}): void {
  useUiStore.setState({ ...initialUiState, ...state });
}
