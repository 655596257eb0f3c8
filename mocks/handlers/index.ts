import { http } from 'msw';
import { adminHandlers } from './admin';
import { catalogHandlers } from './catalog';
import { changeLogHandlers } from './changes';
import { editingHandlers } from './editing';
import { API, endpoint, problem } from './http';
import { measureHandlers } from './measures';
import { municipalityHandlers } from './municipalities';
import { sessionHandlers } from './session';
import { statusChangeHandlers } from './status-changes';
import { summaryHandlers } from './summary';
import { upgradeNoticeHandlers } from './upgrade-notice';

export const handlers = [
  ...catalogHandlers,
  ...measureHandlers,
  ...municipalityHandlers,
  ...editingHandlers,
  ...sessionHandlers,
  ...summaryHandlers,
  ...statusChangeHandlers,
  ...changeLogHandlers,
  ...adminHandlers,
  ...upgradeNoticeHandlers,
  // Anything else under /api is an unknown endpoint, answered as such rather than passed on.
  http.all(`${API}/*`, endpoint(({ request }) => problem(404, 'Not Found', `No endpoint ${request.method} ${new URL(request.url).pathname}.`))),
];
