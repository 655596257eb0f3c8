/** Query keys for the data every feature shares: plans and areas. */
export const catalogKeys = {
  all: ['catalog'] as const,
  plans: () => [...catalogKeys.all, 'plans'] as const,
  areas: () => [...catalogKeys.all, 'areas'] as const,
};
