// English UI strings of the story group (see src/i18n/index.ts).
export const story = {} as const;
