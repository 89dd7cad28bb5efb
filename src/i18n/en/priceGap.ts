// English UI strings of the priceGap group (see src/i18n/index.ts).
export const priceGap = {} as const;
