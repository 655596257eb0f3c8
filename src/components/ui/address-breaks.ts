/**
 * A web address cut into the pieces between which it may wrap on a narrow screen, the way style guides break a URL:
 * before a single «/», «?», «&» or «#», and after «=». «//» stays whole, and nothing is added or lost: the pieces
 * joined are the address.
 */
export function addressBreaks(address: string): string[] {
  return address.split(/(?<=[^/:]|^)(?=\/(?!\/)|[?&#])|(?<==)/).filter((piece) => piece !== '');
}
