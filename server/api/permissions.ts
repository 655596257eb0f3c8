import { canEdit, canRegisterPlans, canResetDemoData, type Role, type User } from '@/domain/user';
import type { Caller } from './context';
import { problem, ProblemError } from './http';

/** A request without a token is an anonymous reader. */
export const ANONYMOUS: User = { id: 'anonym', name: 'Anonym', role: 'viewer', organisation: '-' };

/** The user a caller reads as: a reader without a token; a token that does not verify is a 401, whatever the UI shows. */
export function userOf(caller: Caller): User {
  if (caller.kind === 'invalid') throw new ProblemError(problem(401, 'Unauthorized', caller.reason));
  return caller.kind === 'user' ? caller.user : ANONYMOUS;
}

type Permission = 'edit' | 'register' | 'reset';

const PERMISSIONS: Record<Permission, (role: Role) => boolean> = { edit: canEdit, register: canRegisterPlans, reset: canResetDemoData };

/** The user, if allowed to do this; 401 when not signed in, 403 when signed in without the right. */
export function requirePermission(caller: Caller, permission: Permission): User {
  const user = userOf(caller);
  if (caller.kind === 'anonymous') throw new ProblemError(problem(401, 'Unauthorized', 'Sign in to do this.'));
  if (!PERMISSIONS[permission](user.role)) {
    throw new ProblemError(problem(403, 'Forbidden', `The role "${user.role}" may not do this.`));
  }
  return user;
}
