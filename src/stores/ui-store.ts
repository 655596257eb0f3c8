import * as z from 'zod/mini';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { languageSchema, type Language } from '@/domain/localized-text';

export const ROLES = ['viewer', 'editor'] as const;
export type Role = (typeof ROLES)[number];
export type Density = 'comfortable' | 'compact';

/** UI state only: what the user chose for how the app looks and speaks. Filters live in the URL. */
export interface UiState {
  language: Language;
  role: Role;
  density: Density;
}

interface UiActions {
  setLanguage: (language: Language) => void;
  setRole: (role: Role) => void;
  setDensity: (density: Density) => void;
}

export const initialUiState: UiState = { language: 'nb', role: 'viewer', density: 'comfortable' };

// Defined before the store: the store reads its saved settings as soon as it is created.
const storedSettingsSchema = z.object({
  language: z.catch(z.optional(languageSchema), undefined),
  role: z.catch(z.optional(z.enum(ROLES)), undefined),
  density: z.catch(z.optional(z.enum(['comfortable', 'compact'])), undefined),
});

function storedSettings(persisted: unknown): Partial<UiState> {
  const parsed = storedSettingsSchema.safeParse(persisted);
  if (!parsed.success) return {};
  const { language, role, density } = parsed.data;
  return { ...(language && { language }), ...(role && { role }), ...(density && { density }) };
}

export const useUiStore = create<UiState & UiActions>()(
  persist(
    (set) => ({
      ...initialUiState,
      setLanguage: (language) => set({ language }),
      setRole: (role) => set({ role }),
      setDensity: (density) => set({ density }),
    }),
    {
      name: 'tiltaksmonitor:ui',
      storage: createJSONStorage(() => window.localStorage),
      partialize: ({ language, role, density }) => ({ language, role, density }),
      // Stored settings are read back field by field; anything unknown keeps its default.
      merge: (persisted, current) => ({ ...current, ...storedSettings(persisted) }),
    },
  ),
);

/** Restores the initial state (between tests). */
export function resetUiStore(state: Partial<UiState> = {}): void {
  useUiStore.setState({ ...initialUiState, ...state });
}

