// English UI strings of the experts group (see src/i18n/index.ts).
export const experts = {} as const;
