import type { Linter } from 'eslint';

/** The flat-config blocks that enforce the import direction (see import-direction.mjs). */
export const importDirection: Linter.Config[];
