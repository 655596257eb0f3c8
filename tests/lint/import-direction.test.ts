import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { importDirection } from '../../scripts/import-direction.mjs';

/** Lints a file's imports with the rules eslint.config.js uses for the import direction. */
function lint(filename: string, code: string): string[] {
  const linter = new Linter({ configType: 'flat' });
  const config = [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } }, ...importDirection];
  return linter.verify(code, config, filename).map((message) => `${message.ruleId ?? 'parse'}: ${message.message}`);
}

describe('the import direction (domain ← lib ← components ← features ← app) is a lint rule', () => {
  it.each([
    ['a feature imports another feature', 'src/features/analysis/components/x.tsx', "import { useSummary } from '@/features/overview/api/get-summary';"],
    ['a feature reaches into another by a relative path', 'src/features/analysis/components/x.tsx', "import { x } from '../../overview/utils/x';"],
    ['a feature imports the app', 'src/features/measures/components/x.tsx', "import { AppRoutes } from '@/app/router';"],
    ['a feature imports the mock', 'src/features/measures/components/x.tsx', "import { db } from '@mocks/db';"],
    ['a shared component imports a feature', 'src/components/ui/x.tsx', "import { x } from '@/features/measures/utils/x';"],
    ['lib imports a component', 'src/lib/measures/x.ts', "import { QueryState } from '@/components/ui/query-state';"],
    ['the domain imports lib', 'src/domain/x.ts', "import { today } from '@/lib/clock';"],
    ['the domain imports React', 'src/domain/x.ts', "import { useState } from 'react';"],
    ['the mock imports a component', 'mocks/handlers/x.ts', "import { x } from '@/components/ui/x';"],
    ['a type-only import counts too', 'src/features/editing/api/x.ts', "import type { MeasureSet } from '@/features/measures/utils/x';"],
  ])('fails when %s', (_name, filename, code) => {
    const problems = lint(filename, code);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^no-restricted-imports: /);
  });

  it.each([
    ['a feature imports its own files and the layers below', 'src/features/analysis/components/x.tsx', "import { a } from '../utils/a';\nimport { b } from '@/features/analysis/utils/b';\nimport { c } from '@/components/ui/c';\nimport { d } from '@/lib/measures/d';\nimport { e } from '@/domain/e';"],
    ['the app imports features', 'src/app/routes/x.tsx', "import { x } from '@/features/overview/components/x';"],
    ['lib imports the domain and stores', 'src/lib/x.ts', "import { x } from '@/domain/x';\nimport { y } from '@/stores/ui-store';"],
    ['the mock imports the domain and the clock', 'mocks/handlers/x.ts', "import { x } from '@/domain/x';\nimport { today } from '@/lib/clock';"],
  ])('allows %s', (_name, filename, code) => {
    expect(lint(filename, code)).toEqual([]);
  });
});
