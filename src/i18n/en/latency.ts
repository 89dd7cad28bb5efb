// English UI strings of the latency group (see src/i18n/index.ts).
export const latency = {} as const;
