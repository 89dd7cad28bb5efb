// Content collections: the narrative lives in content/<lang>/, the same tree for every language.
// Steps are validated here against the scene registry and the source registry, so an unknown
// scene or source id in any language fails the build with a message naming the file.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { sceneById, validateScenes } from './scenes';
import { sourceById } from './data/sources';
import { CHAPTER_IDS } from './lib/chapters';
import { presets } from './data/energy';

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;

// Every scene is checked by its figure's validator before any content is read: a malformed scene fails the build.
const sceneProblems = validateScenes();
if (sceneProblems.length > 0) throw new Error(`Invalid scenes (src/scenes):\n- ${sceneProblems.join('\n- ')}`);

const story = defineCollection({
  // Files: content/<lang>/story/<NN-chapter>/<NN-step>.md; the order of the path is the reading order.
  loader: glob({ pattern: '*/story/**/*.md', base: './content' }),
  schema: z.object({
    /** Stable step id: the element id, the #hash, and data-step. */
    id: z.string().regex(kebab),
    chapter: z.enum(CHAPTER_IDS),
    scene: z.string().refine((id) => sceneById.has(id), { message: 'unknown scene id (see src/scenes)' }),
    /** Describes what the figure shows at this step, for screen readers and image alt text. */
    alt: z.string().min(20),
    /** Speaker notes for the presenter view. */
    notes: z.string().min(20),
    /** A discussion question for class. */
    question: z.string().min(10),
    sources: z.array(z.string().refine((id) => sourceById.has(id), { message: 'unknown source id (see src/data/sources)' })),
    /** Optional id of a claim (content/<lang>/claims/<id>.md) shown as a claim-and-evidence box in this step. */
    claim: z.string().regex(kebab).optional(),
  }),
});

/** The article's claims beside what the evidence says: content/<lang>/claims/<id>.md, body = the evidence. */
const claims = defineCollection({
  loader: glob({ pattern: '*/claims/*.md', base: './content' }),
  schema: z.object({
    id: z.string().regex(kebab),
    /** The claim as the article makes it, in our words. */
    claim: z.string().min(10),
    /** How well the evidence supports it. */
    verdict: z.enum(['holds', 'partly', 'not-supported', 'unverified']),
    sources: z.array(z.string().refine((id) => sourceById.has(id), { message: 'unknown source id (see src/data/sources)' })).min(1),
  }),
});

const chapters = defineCollection({
  loader: glob({ pattern: '*/chapters/*.md', base: './content' }),
  schema: z.object({
    id: z.enum(CHAPTER_IDS),
    title: z.string(),
    /** A short line above the title, e.g. a date range. */
    kicker: z.string().optional(),
  }),
});

/**
 * The teachers' kit (/teach/): content/<lang>/teach/kit.md (who, how long, goals, lesson plans), activity.md (the
 * calculator activity), claims.md (the "check the article" exercise) and glossary/<term>.md. Step ids named here
 * are checked against the story by tests/unit/teach.test.ts; the page skips an unknown one rather than fail the
 * build, so cutting a step never breaks the kit.
 */
const stepIds = z.array(z.string().regex(kebab));
const teach = defineCollection({
  loader: glob({ pattern: '*/teach/**/*.md', base: './content' }),
  schema: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('kit'),
      title: z.string(),
      audience: z.string(),
      duration: z.string(),
      goals: z.array(z.string()).min(3),
      keySteps: stepIds,
      plans: z
        .array(
          z.object({
            id: z.string().regex(kebab),
            title: z.string(),
            minutes: z.number().int().positive(),
            parts: z.array(z.object({ minutes: z.number().int().positive(), what: z.string(), steps: stepIds })).min(1),
          }),
        )
        .min(2),
    }),
    z.object({
      kind: z.literal('activity'),
      title: z.string(),
      intro: z.string(),
      presets: z
        .array(
          z.object({
            preset: z.string().refine((id) => presets.some((p) => p.id === id), { message: 'unknown calculator preset (see src/data/energy.ts)' }),
            questions: z.array(z.string()).min(1),
          }),
        )
        .min(1),
      closing: z.array(z.string()),
    }),
    z.object({ kind: z.literal('claims'), title: z.string(), intro: z.string() }),
    /** A glossary entry; the body is the definition; step is where the story first uses the term. */
    z.object({ kind: z.literal('term'), term: z.string(), step: z.string().regex(kebab).optional() }),
  ]),
});

export const collections = { story, chapters, claims, teach };
