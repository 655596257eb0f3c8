import * as z from 'zod/mini';
import { idSchema } from './plan';

/** viewer: reads (researchers, municipal users; the default). editor: ministry staff who keep measures current. admin: may also reset the demo data. */
export const ROLES = ['viewer', 'editor', 'admin'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const userSchema = z.strictObject({
  id: idSchema,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  role: roleSchema,
  organisation: z.string().check(z.minLength(1), z.maxLength(200)),
});
export type User = z.infer<typeof userSchema>;

const CAN_EDIT: ReadonlySet<Role> = new Set(['editor', 'admin']);

export function canEdit(role: Role): boolean {
  return CAN_EDIT.has(role);
}

/** Registering plans and their measures (POST/PATCH /api/plans) is for admins. */
export function canRegisterPlans(role: Role): boolean {
  return role === 'admin';
}

export function canResetDemoData(role: Role): boolean {
  return role === 'admin';
}
