// Prettier: chosen to match the code as it is, so the one formatting pass changes as little as possible
// (measured on the whole tree; see the tooling commit message). Run with `npm run format`, checked by `npm test`.
/** @type {import('prettier').Config} */
export default {
  plugins: ['prettier-plugin-svelte', 'prettier-plugin-astro'],
  // Single quotes, semicolons, trailing commas everywhere, two-space indent, parentheses around every arrow
  // parameter: what the code already uses (the defaults, except singleQuote).
  singleQuote: true,
  // Lines are long here (95th percentile about 115-130 characters, 99th 160-190). 160 is the 99th percentile of the
  // TypeScript: narrower widths rewrap far more lines, wider ones start joining lines the authors wrapped.
  printWidth: 160,
  overrides: [
    {
      // The data modules are tables: one record per line, often 200-260 characters. A wider limit keeps the rows.
      files: 'src/data/**',
      options: { printWidth: 240 },
    },
    {
      // Code samples in the READMEs stay as written (e.g. the aligned comments of the front-matter example).
      files: '*.md',
      options: { embeddedLanguageFormatting: 'off' },
    },
  ],
};
