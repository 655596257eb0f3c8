import { noQuerySchema, sessionSchema, signInRequestSchema, signInResponseSchema, userListSchema } from '@/domain/api-contract';
import { upgradeNoticeResponseSchema } from '@/domain/upgrade-notice';
import { noContent, parseJsonBody, parseQuery, problem, ProblemError, respond } from './http';
import { notSavedProblem } from './editing';
import { requirePermission, userOf } from './permissions';
import { endpoint, type Endpoint } from './router';
import { NotSavedError } from './store';

/** Who is asking, the demo sign-in where there is one, and the demo's own endpoints (reset, upgrade notice). */
export const sessionEndpoints: Endpoint[] = [
  endpoint('GET', '/session', async ({ request, ctx }) => {
    parseQuery(request, noQuerySchema);
    const caller = await ctx.identify(request);
    return respond(ctx.checkResponses, sessionSchema, { user: userOf(caller), signedIn: caller.kind === 'user' });
  }),
  endpoint('GET', '/users', async ({ request, ctx }) => {
    parseQuery(request, noQuerySchema);
    if (ctx.demo === null) throw new ProblemError(problem(404, 'Not Found', 'This server has no demo users: sign in with your organisation.'));
    return respond(ctx.checkResponses, userListSchema, { items: await ctx.demo.users() });
  }),
  endpoint('POST', '/session', async ({ request, ctx }) => {
    parseQuery(request, noQuerySchema);
    if (ctx.demo === null) throw new ProblemError(problem(404, 'Not Found', 'This server has no demo sign-in: sign in with your organisation.'));
    const { userId } = await parseJsonBody(request, signInRequestSchema);
    const signedIn = await ctx.demo.signIn(userId);
    if (signedIn === null) throw new ProblemError(problem(404, 'Not Found', `No demo user has the id "${userId}".`));
    return respond(ctx.checkResponses, signInResponseSchema, signedIn);
  }),
  /** Restores the dataset. Admins only, and only where the data is a demo's. */
  endpoint('POST', '/admin/reset', async ({ request, ctx }) => {
    requirePermission(await ctx.identify(request), 'reset');
    parseQuery(request, noQuerySchema);
    if (ctx.reset === null) throw new ProblemError(problem(405, 'Method Not Allowed', 'This server’s data is not a demo’s: it is never reset.'));
    await ctx.reset();
    return noContent();
  }),
  /**
   * What the last upgrade of the browser's stored data did with the user's changes (the mock's; a server keeps
   * its data, so it has nothing to tell). Anyone may read and dismiss it: it is about the data in this browser.
   */
  endpoint('GET', '/upgrade-notice', async ({ request, ctx }) => {
    parseQuery(request, noQuerySchema);
    return respond(ctx.checkResponses, upgradeNoticeResponseSchema, { notice: (await ctx.upgradeNotice?.read()) ?? null });
  }),
  endpoint('DELETE', '/upgrade-notice', async ({ request, ctx }) => {
    parseQuery(request, noQuerySchema);
    try {
      await ctx.upgradeNotice?.dismiss();
    } catch (error) {
      if (error instanceof NotSavedError) return notSavedProblem(error, ctx);
      throw error;
    }
    return noContent();
  }),
];
