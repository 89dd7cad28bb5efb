// English UI strings of the common group (see src/i18n/index.ts).
export const common = {} as const;
