import { PLAN_ID_MAX } from '@/domain/plan-registration';
import { foldForSearch } from '@/domain/search-text';

/**
 * The id a plan's reference suggests: «Meld. St. 23 (2022–2023)» → `meld-st-23-2022-2023`, the form the dataset's
 * ids have. Lower case, the Norwegian letters and accents folded (ø → o, æ → ae, å → a), every run of anything else
 * one hyphen, at most PLAN_ID_MAX characters (cut at a hyphen where one is near). Empty when the reference has no
 * letters or digits.
 */
export function planIdFromReference(reference: string): string {
  const slug = foldForSearch(reference)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= PLAN_ID_MAX) return slug;
  const cut = slug.slice(0, PLAN_ID_MAX);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen >= PLAN_ID_MAX / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/g, '');
}
