// Makes sure the browser tests have a Chromium. Installs Debian's package when running as root on a
// machine with apt-get; otherwise stops with one sentence saying what to install.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

let path = await findChromium();
if (!path && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log("No Chromium found: installing Debian's chromium package (apt-get install -y chromium)...");
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk', { stdio: 'inherit' });
  } catch {
    // Reported below with the instruction.
  }
  path = await findChromium();
}
if (!path) {
  console.error(
    'No Chromium for the browser tests: install one (as root: apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary, then run npm test again.',
  );
  process.exit(1);
}
console.log(`Browser tests use Chromium at ${path}`);
