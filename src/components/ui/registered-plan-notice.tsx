import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import * as z from 'zod/mini';

/**
 * The confirmation a page shows after a plan was registered (/planer/ny goes on to /tiltak?plan=<id> with it): it
 * travels in the navigation's state, not the address, so that a copied link or a reload does not repeat it.
 */
const registeredPlanSchema = z.object({
  registeredPlan: z.object({ id: z.string(), reference: z.string(), count: z.int().check(z.gte(0)) }),
});
export type RegisteredPlanState = z.infer<typeof registeredPlanSchema>;

export function registeredPlanState(plan: { id: string; reference: string }, count: number): RegisteredPlanState {
  return { registeredPlan: { id: plan.id, reference: plan.reference, count } };
}

export function RegisteredPlanNotice() {
  const { t } = useTranslation();
  const parsed = registeredPlanSchema.safeParse(useLocation().state);
  if (!parsed.success) return null;
  const { reference, count } = parsed.data.registeredPlan;
  return (
    <Alert data-color="success" className="registered-plan-notice">
      <Paragraph role="status">{t('plan.registered', { reference, count })}</Paragraph>
    </Alert>
  );
}
