/**
 * Stands in for `tldts` (the Public Suffix List, about 100 kB gzip) where the mock API is bundled.
 *
 * msw keeps a cookie jar (tough-cookie), and tough-cookie asks tldts for a host's registrable domain when it
 * matches cookies to a request. The mock API only ever answers the app's own origin and sets no cookies
 * (it authenticates with bearer tokens), so it never needs the list. vite.config.ts points `tldts` here.
 * The answer is the last two labels of a host name, or none for an IP address or a single label, which
 * tough-cookie then treats as the host itself.
 */
export function getDomain(hostname: string): string | null {
  const host = hostname.replace(/\.$/, '').toLowerCase();
  if (host === '' || /^[\d.]+$/.test(host) || host.includes(':')) return null;
  const labels = host.split('.');
  return labels.length < 2 ? null : labels.slice(-2).join('.');
}
