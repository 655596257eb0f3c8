/**
 * What a date field holds as the reader sees it: a browser with a date picker shows an address's date that is not
 * a date as an empty field, and gives '' for a date typed in part (`partial`); one without gives the text typed.
 */
export function fieldDate(field: HTMLInputElement | null, state: string): { value: string; partial: boolean } {
  return field === null ? { value: state, partial: false } : { value: field.value, partial: field.validity.badInput };
}
