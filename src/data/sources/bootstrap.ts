import type { Source } from '../sources';
export const sources: Source[] = [];
