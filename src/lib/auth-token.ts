/**
 * Where the API client gets the signed-in user's token from. The session lives in the UI store;
 * the store registers itself here, so that lib does not depend on it.
 */
let tokenProvider: () => string | null = () => null;

export function setAuthTokenProvider(provider: () => string | null): void {
  tokenProvider = provider;
}

export function authToken(): string | null {
  return tokenProvider();
}
