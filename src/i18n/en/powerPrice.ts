// English UI strings of the powerPrice group (see src/i18n/index.ts).
export const powerPrice = {} as const;
