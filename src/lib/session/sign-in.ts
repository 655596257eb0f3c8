import { useMutation } from '@tanstack/react-query';
import { signInResponseSchema } from '@/domain/api-contract';
import { apiRequest } from '../api-client';

export function signIn(userId: string) {
  return apiRequest('/api/session', signInResponseSchema, { method: 'POST', body: { userId } });
}

/** Signs in as a demo user; the caller keeps the returned token and user. */
export function useSignIn() {
  return useMutation({ mutationFn: signIn });
}
