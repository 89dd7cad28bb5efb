// Chinese UI strings of the offline support: the notice shown when a new version of the site is ready (see src/i18n/index.ts).
import type { Messages } from '../index';

export const offline: Messages['offline'] = {
  updateReady: '本站有新版本可用。',
  reload: '重新加载',
  dismiss: '稍后',
};
