import type { UpgradeNotice } from '@/domain/upgrade-notice';
import type { User } from '@/domain/user';
import type { ApiStore } from './store';

/** Who sent a request: a user, `anonymous` (no token: a reader), or `invalid` (a token that does not verify: 401). */
export type Caller = { kind: 'user'; user: User } | { kind: 'anonymous' } | { kind: 'invalid'; reason: string };

/**
 * What the API's handlers are given: where the data lives and who is asking. The embedded mock (mocks/) and the
 * server (server/main.ts) each make one; everything else, every rule of docs/api.md, is the handlers' own.
 */
export interface ApiContext {
  store: ApiStore;
  identify(request: Request): Promise<Caller>;
  /** Sign-in as a demo user (`GET /api/users`, `POST /api/session`); null where there is none (a production server). */
  demo: DemoSignIn | null;
  /** `POST /api/admin/reset`: back to the dataset; null where the data is not a demo's to reset. */
  reset: (() => Promise<void>) | null;
  /** What an upgrade of the browser's stored data did with the user's changes (the mock's only). */
  upgradeNotice: { read(): Promise<UpgradeNotice | null>; dismiss(): Promise<void> } | null;
  /** Check every body sent against the contract (development and tests). */
  checkResponses: boolean;
  /** Where changes are kept, for the 507/500 of a write that was not (`the browser’s storage`, `the database`). */
  storageName: string;
  /** A handler that failed unexpectedly (answered with a 500). */
  onError?: (error: unknown, request: Request) => void;
  /**
   * Whether an error means the storage cannot be reached for now (the database is down or refuses connections):
   * answered with a 503 and Retry-After, so that a client tries again, rather than a 500.
   */
  isUnavailable?: (error: unknown) => boolean;
}

export interface DemoSignIn {
  users(): Promise<User[]>;
  /** A token for the demo user, or null when there is none with that id. */
  signIn(userId: string): Promise<{ token: string; user: User } | null>;
}
