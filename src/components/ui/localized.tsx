import type { ElementType } from 'react';
import type { LocalizedText } from '@/domain/localized-text';
import { useLocalized } from '@/lib/use-localized';

interface LocalizedProps {
  text: LocalizedText;
  as?: ElementType;
  className?: string;
}

/**
 * A text from the data in the reader's language. Where it has not been written in that language,
 * the bokmål original is shown with its own `lang`, so that screen readers pronounce it right.
 */
export function Localized({ text, as: Element = 'span', className }: LocalizedProps) {
  const pick = useLocalized();
  const { value, language, isFallback } = pick(text);
  return (
    <Element className={className} lang={isFallback ? language : undefined}>
      {value}
    </Element>
  );
}
