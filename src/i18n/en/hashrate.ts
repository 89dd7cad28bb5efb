// English UI strings of the hashrate group (see src/i18n/index.ts).
export const hashrate = {} as const;
