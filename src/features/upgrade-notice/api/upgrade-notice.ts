import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { upgradeNoticeResponseSchema, type UpgradeNotice } from '@/domain/upgrade-notice';
import { apiRequest } from '@/lib/api-client';
import { isMockingEnabled } from '@/lib/env';

/**
 * What the embedded mock did with the user's changes when its dataset was upgraded (`/api/upgrade-notice`, mock
 * only, docs/api.md): a real backend has no such endpoint, so it is asked only with the mock.
 */
export const upgradeNoticeKeys = { all: ['upgrade-notice'] as const };

export async function getUpgradeNotice(signal?: AbortSignal): Promise<UpgradeNotice | null> {
  const response = await apiRequest('/api/upgrade-notice', upgradeNoticeResponseSchema, { signal });
  return response.notice;
}

export function useUpgradeNotice() {
  return useQuery({
    queryKey: upgradeNoticeKeys.all,
    queryFn: ({ signal }) => getUpgradeNotice(signal),
    enabled: isMockingEnabled(),
    // It changes only when a page load finds an older dataset version, or when the user dismisses it.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

/** Dismisses the notice: what it set aside is gone from the store after that. */
export function useDismissUpgradeNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('/api/upgrade-notice', null, { method: 'DELETE' }),
    onSuccess: () => queryClient.setQueryData(upgradeNoticeKeys.all, null),
  });
}
