import type { Role, User } from '@/domain/user';
import { canEdit, canResetDemoData } from '@/domain/user';
import { DEMO_USERS } from './fixtures/users';
import { problem, ProblemError } from './handlers/http';

/** A request without a token is an anonymous reader. */
export const ANONYMOUS: User = { id: 'anonym', name: 'Anonym', role: 'viewer', organisation: '-' };

/**
 * Who sent the request, from `Authorization: Bearer <token>`. The API is the guard: a missing token
 * reads as a viewer, an unknown or malformed one is a 401, whatever the UI shows or hides.
 */
export function currentUser(request: Request): User {
  const header = request.headers.get('Authorization');
  if (header === null) return ANONYMOUS;
  const match = /^Bearer ([A-Za-z0-9._-]{1,200})$/.exec(header);
  const user = match ? DEMO_USERS.find((candidate) => candidate.token === match[1]) : undefined;
  if (user === undefined) throw new ProblemError(problem(401, 'Unauthorized', 'The token is not valid. Sign in again.'));
  return publicUserOf(user);
}

const PERMISSIONS: Record<'edit' | 'reset', (role: Role) => boolean> = { edit: canEdit, reset: canResetDemoData };

/** The user, if allowed to do this; 401 when not signed in, 403 when signed in without the right. */
export function requirePermission(request: Request, permission: 'edit' | 'reset'): User {
  const user = currentUser(request);
  if (user === ANONYMOUS) throw new ProblemError(problem(401, 'Unauthorized', 'Sign in to do this.'));
  if (!PERMISSIONS[permission](user.role)) {
    throw new ProblemError(problem(403, 'Forbidden', `The role "${user.role}" may not do this.`));
  }
  return user;
}

export function publicUserOf(user: User & { token?: string }): User {
  return { id: user.id, name: user.name, role: user.role, organisation: user.organisation };
}
