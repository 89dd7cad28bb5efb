// The story's chapters, in reading order. Content files name one of these ids in `chapter`.
export const CHAPTER_IDS = ['opening', 'cable', 'coins', 'tokens', 'obstacles', 'closing'] as const;
export type ChapterId = (typeof CHAPTER_IDS)[number];
