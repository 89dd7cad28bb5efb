// English UI strings of the map group (see src/i18n/index.ts).
export const map = {} as const;
