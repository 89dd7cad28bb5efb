// Portuguese UI strings of the offline support: the notice shown when a new version of the site is ready (see src/i18n/index.ts).
import type { Messages } from '../index';

export const offline: Messages['offline'] = {
  updateReady: 'Uma nova versão deste site está pronta.',
  reload: 'Recarregar',
  dismiss: 'Depois',
};
