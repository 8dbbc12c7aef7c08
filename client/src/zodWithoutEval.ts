// zod compiles fast parsers with `new Function` unless told not to. Our Content Security Policy forbids
// eval, and even zod's guarded probe for it is reported as a violation on every page. Imported first by
// main.tsx, so that it runs before any module parses with a schema.

import { z } from 'zod';

z.config({ jitless: true });
