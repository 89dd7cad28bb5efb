// English UI strings of the energy group (see src/i18n/index.ts).
export const energy = {} as const;
