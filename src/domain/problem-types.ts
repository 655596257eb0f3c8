/**
 * Problem `type`s (RFC 9457) that a client tells apart from others of the same status: stable identifiers, not
 * addresses to open. Every other problem is `about:blank`, told apart by its status (docs/api.md, "Errors").
 */
export const PROBLEM_TYPES = {
  /** 507: the change was not saved because the server's storage (the mock's: the browser's) is full. Nothing changed. */
  storageFull: 'urn:tiltaksmonitor:problem:storage-full',
} as const;
