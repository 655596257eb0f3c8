import { queryOptions, useQuery } from '@tanstack/react-query';
import { userListSchema } from '@/domain/api-contract';
import type { User } from '@/domain/user';
import { apiRequest } from '../api-client';

export const sessionKeys = {
  all: ['session'] as const,
  users: () => [...sessionKeys.all, 'users'] as const,
};

export async function getUsers(signal?: AbortSignal): Promise<User[]> {
  return (await apiRequest('/api/users', userListSchema, { signal })).items;
}

/** The demo users one can sign in as (mocked sign-in). */
export const usersQueryOptions = () =>
  queryOptions({ queryKey: sessionKeys.users(), queryFn: ({ signal }) => getUsers(signal), staleTime: Infinity });

export function useUsers() {
  return useQuery(usersQueryOptions());
}
