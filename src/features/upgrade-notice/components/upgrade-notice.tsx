import { lazy, Suspense } from 'react';
import { useUpgradeNotice } from '../api/upgrade-notice';

// Shown once after an upgrade, if ever: its code and texts load only then.
const UpgradeNoticeAlert = lazy(() => import('./upgrade-notice-alert').then((module) => ({ default: module.UpgradeNoticeAlert })));

/**
 * After the demo's dataset was upgraded: what happened to the user's changes (upgrade-notice-alert.tsx), above every
 * page until dismissed. Nothing at all otherwise, and nothing with a real backend.
 */
export function UpgradeNotice() {
  const notice = useUpgradeNotice();
  if (!notice.data) return null;
  return (
    <Suspense fallback={null}>
      <UpgradeNoticeAlert notice={notice.data} />
    </Suspense>
  );
}
