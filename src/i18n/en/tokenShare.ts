// English UI strings of the tokenShare group (see src/i18n/index.ts).
export const tokenShare = {} as const;
