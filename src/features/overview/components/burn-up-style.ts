/**
 * How the burn-up chart draws its three lines: colour, dash and marker, so that colour is never the only cue.
 * The targets and the completed among the same measures (those with a target year) are the pair to compare;
 * the completed without a target year are drawn apart, fainter.
 */
export const BURN_UP_LINES = {
  completedWithTarget: { color: 'var(--ds-color-success-base-default)', dash: undefined, marker: 'circle' },
  targets: { color: 'var(--ds-color-accent-base-default)', dash: '7 4', marker: 'square' },
  completedWithoutTarget: { color: 'var(--ds-color-neutral-border-default)', dash: '2 4', marker: undefined },
} as const;

export type BurnUpLine = keyof typeof BURN_UP_LINES;
export const BURN_UP_ORDER: readonly BurnUpLine[] = ['completedWithTarget', 'targets', 'completedWithoutTarget'];
