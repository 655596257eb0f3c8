/**
 * Query keys of one plan as its edit page reads it (GET /api/plans/:id, with its version). The list every page
 * shares is `catalogKeys.plans()` (src/lib/catalog/catalog-keys.ts), which a save invalidates as well.
 */
export const planKeys = {
  all: ['plan'] as const,
  details: () => [...planKeys.all, 'detail'] as const,
  detail: (id: string) => [...planKeys.details(), id] as const,
};
