import * as z from 'zod/mini';

/**
 * How the mock API behaves: a delay on every response, and a fault mode for testing how the app
 * copes. `random500` fails about one request in three; the others fail every request.
 */
export const FAULT_MODES = ['none', 'random500', 'error500', 'timeout', 'malformed', 'offline'] as const;
export const faultModeSchema = z.enum(FAULT_MODES);
export type FaultMode = z.infer<typeof faultModeSchema>;

export interface MockConfig {
  latencyMs: number;
  fault: FaultMode;
  /** How long a "timeout" hangs before the mock gives up; the client aborts well before. */
  timeoutMs: number;
}

export const DEFAULT_CONFIG: MockConfig = { latencyMs: 0, fault: 'none', timeoutMs: 60_000 };

let config: MockConfig = { ...DEFAULT_CONFIG };

export function mockConfig(): Readonly<MockConfig> {
  return config;
}

export function configureMock(patch: Partial<MockConfig>): void {
  config = { ...config, ...patch };
}

export function resetMockConfig(): void {
  config = { ...DEFAULT_CONFIG };
}
