// Validates every built HTML page with html-validate (rules: .htmlvalidate.json at the repo root).
// Prints errors and warnings per file; exits 1 if any page has an error, 2 if there is no build.
// Usage: node scripts/validate-html.mjs [--dir dist]   (default: TA_OUT_DIR or dist)
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate, formatterFactory } from 'html-validate';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = resolve(args.dir ?? process.env.TA_OUT_DIR ?? join(repo, 'dist'));
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`validate-html: no built site at ${dir} (run "astro build" first, or pass --dir).`);
  process.exit(2);
}

// The config is read explicitly: a build folder outside the repo (TA_OUT_DIR=/tmp/...) would not find it by searching upwards.
const config = JSON.parse(readFileSync(join(repo, '.htmlvalidate.json'), 'utf8'));
const htmlvalidate = new HtmlValidate(config);

const files = [];
(function walk(d) {
  for (const name of readdirSync(d).sort()) {
    const full = join(d, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (name.endsWith('.html')) files.push(full);
  }
})(dir);

const results = [];
let errors = 0;
let warnings = 0;
for (const file of files) {
  const report = await htmlvalidate.validateString(readFileSync(file, 'utf8'), relative(process.cwd(), file));
  errors += report.errorCount;
  warnings += report.warningCount;
  results.push(...report.results);
}
if (results.length) console.log(formatterFactory('stylish')(results));
console.log(`validate-html: ${files.length} file(s) in ${dir}: ${errors} error(s), ${warnings} warning(s).`);
process.exit(errors > 0 ? 1 : 0);
