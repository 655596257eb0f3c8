import { Fragment } from 'react';

// Marks where a value goes in a translated sentence; a character no translation and no text of ours contains.
const MARK = '\u0000';

interface WithUserTextProps<K extends string> {
  /** The translated sentence, given a placeholder for each value (`(v) => t('conflict.note', v)`). */
  sentence: (placeholders: Record<K, string>) => string;
  /** What people wrote (a note, a reason, a title, a name), shown where the sentence has their placeholders. */
  values: Record<K, string>;
  /** The language the values are written in, when it is known. */
  lang?: string | undefined;
}

/**
 * A translated sentence with text people wrote in it. Each such value is isolated for direction (`<bdi>`),
 * so that a right-to-left text, or a stray override character (U+202E) in it, never turns the words around it.
 */
export function WithUserText<K extends string>({ sentence, values, lang }: WithUserTextProps<K>) {
  const names = Object.keys(values) as K[];
  const placeholders = Object.fromEntries(names.map((name) => [name, `${MARK}${name}${MARK}`])) as Record<K, string>;
  const parts = sentence(placeholders).split(MARK);
  return (
    <>
      {parts.map((part, index) =>
        // Odd parts are the names between two marks.
        index % 2 === 1 && names.includes(part as K) ? (
          <bdi key={index} lang={lang}>
            {values[part as K]}
          </bdi>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}
