import { http } from 'msw';
import { noQuerySchema, sessionSchema, signInRequestSchema, signInResponseSchema, userListSchema } from '@/domain/api-contract';
import { ANONYMOUS, currentUser, publicUserOf } from '../auth';
import { DEMO_USERS } from '../fixtures/users';
import { API, endpoint, parseJsonBody, parseQuery, problem, ProblemError, respond } from './http';

/** The mocked sign-in: pick a demo user, get a token. A real backend would use ID-porten or similar. */
export const sessionHandlers = [
  http.get(
    `${API}/users`,
    endpoint(({ request }) => {
      parseQuery(request, noQuerySchema);
      return respond(userListSchema, { items: DEMO_USERS.map(publicUserOf) });
    }),
  ),
  http.get(
    `${API}/session`,
    endpoint(({ request }) => {
      parseQuery(request, noQuerySchema);
      const user = currentUser(request);
      return respond(sessionSchema, { user, signedIn: user !== ANONYMOUS });
    }),
  ),
  http.post(
    `${API}/session`,
    endpoint(async ({ request }) => {
      parseQuery(request, noQuerySchema);
      const { userId } = await parseJsonBody(request, signInRequestSchema);
      const user = DEMO_USERS.find((candidate) => candidate.id === userId);
      if (user === undefined) throw new ProblemError(problem(404, 'Not Found', `No demo user has the id "${userId}".`));
      return respond(signInResponseSchema, { token: user.token, user: publicUserOf(user) });
    }),
  ),
];
