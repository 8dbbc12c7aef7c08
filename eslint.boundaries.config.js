// Only the rule that no client feature folder imports from another (see eslint.config.js), run by
// `npm run lint:boundaries` until the existing cross-feature imports have moved; then it joins `npm run lint`.
import tseslint from 'typescript-eslint';
import { boundariesConfig } from './eslint.config.js';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'coverage/'] },
  { files: ['client/src/**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } },
  boundariesConfig,
);
