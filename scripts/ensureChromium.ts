// `npm test` runs this before Vitest: it finds the Chromium of the browser tests, installs Debian's package
// when run as root on a machine without one, or prints one line saying what to install and exits 1.
// KLEROTERION_CHROMIUM_CANDIDATES=/nowhere tries it as on a machine without Chromium (see scripts/lib/chromium.ts).

import { ensureChromium, systemProbes } from './lib/chromium';

const outcome = ensureChromium(systemProbes());
if (!outcome.ok) process.exit(1);
if (outcome.installed) console.error(`Chromium installed: ${outcome.path}`);
