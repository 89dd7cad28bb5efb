// English UI strings of the offline support: the notice shown when a new version of the site is ready (see src/i18n/index.ts).
export const offline = {
  updateReady: 'A new version of this site is ready.',
  reload: 'Reload',
  dismiss: 'Later',
} as const;
