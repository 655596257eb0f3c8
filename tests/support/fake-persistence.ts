import type { Persistence } from '@mocks/db';

/**
 * One browser's storage as the mock's store sees it (localStorage in mocks/db.ts): the tabs of the browser are
 * persistences over the same object. It keeps the data as JSON text, as localStorage does, and a stamp that
 * changes with every save; with `full` set, a save throws as a full localStorage does and keeps what was there.
 */
export class SharedStorage {
  text: string | null = null;
  stamp: string | null = null;
  full = false;
  private saves = 0;

  /** What is stored, parsed. */
  get stored(): unknown {
    return this.text === null ? null : (JSON.parse(this.text) as unknown);
  }

  set(value: unknown): void {
    this.text = JSON.stringify(value);
    this.saves += 1;
    this.stamp = `s${String(this.saves)}`;
  }

  clear(): void {
    this.text = null;
    this.stamp = null;
  }
}

export function fakePersistence(storage: SharedStorage): Persistence {
  return {
    load: () => storage.stored,
    save: (value) => {
      if (storage.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      storage.set(value);
    },
    clear: () => storage.clear(),
    stamp: () => storage.stamp,
  };
}
