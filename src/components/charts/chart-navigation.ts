import { createContext, useContext } from 'react';
import { useNavigate } from 'react-router';

/**
 * Where a click on a chart's segment opens the list of what it counts: in the app, by navigating; in an embed
 * (src/components/layouts/embed-layout.tsx), in a new tab, so that the article around it stays where it is.
 */
export const ChartNavigationContext = createContext<((href: string) => void) | null>(null);

export function useChartNavigate(): (href: string) => void {
  const open = useContext(ChartNavigationContext);
  const navigate = useNavigate();
  return open ?? ((href: string) => void navigate(href));
}
