// zod compiles fast parsers with `new Function` unless told not to. Our Content Security Policy forbids
// eval, and even zod's guarded probe for it is reported as a violation. The client build resolves every
// `import … from 'zod'` to this module (vite.config.ts), so the setting holds before any schema parses,
// whichever chunk the schema sits in.

import { z } from 'zod/v4';

z.config({ jitless: true });

export * from 'zod/v4';
