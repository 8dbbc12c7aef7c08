// Vite builds the browser client from client/ into dist/client; Vitest runs every test suite.
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { NONCE_PLACEHOLDER } from './server/http/noncePlaceholder.ts';
import { tsImport } from 'tsx/esm/api';
import { filesUnder, iconClassesIn, iconRulesFor, textsOf } from './scripts/lib/dsfrIcons.ts';
import { areaKeys } from './scripts/lib/messageUses.ts';

const reactDsfr = fileURLToPath(new URL('./node_modules/@codegouvfr/react-dsfr/', import.meta.url));
const iconsCss = join(reactDsfr, 'dsfr/utility/icons/icons.main.min.css');

/**
 * `virtual:dsfr-icons.css`: the DSFR's icon classes that the client's sources or the react-dsfr
 * components write out (scripts/lib/dsfrIcons.ts), instead of all of them. The module sits beside the
 * icon stylesheet, so its relative SVG URLs resolve and Vite bundles only those SVG files.
 */
function dsfrIcons(): Plugin {
  const id = join(dirname(iconsCss), 'kleroterion-icons.css');
  return {
    name: 'kleroterion-dsfr-icons',
    // Before Vite's own CSS plugin, which turns the url()s into asset references.
    enforce: 'pre',
    resolveId: (source) => (source === 'virtual:dsfr-icons.css' ? id : undefined),
    load(loaded) {
      if (loaded !== id) return undefined;
      const client = fileURLToPath(new URL('./client/src/', import.meta.url));
      const sources = [
        ...filesUnder(client, ['.ts', '.tsx', '.css']),
        // The components' own icons (the language selector's, the display settings'…); the generated
        // list of every class name is no use of any.
        ...filesUnder(reactDsfr, ['.js']).filter(
          (file) => !file.includes('/dsfr/') && !file.includes('/generatedFromCss/'),
        ),
      ];
      for (const file of sources) this.addWatchFile(file);
      return iconRulesFor(readFileSync(iconsCss, 'utf8'), iconClassesIn(textsOf(sources)));
    },
    // The fonts' WOFF copies follow each WOFF2 in the DSFR's @font-face rules: every browser that runs
    // this client reads WOFF2, so the fallbacks are dropped (and not copied into the build).
    transform(code, file) {
      if (!file.includes('/@codegouvfr/react-dsfr/dsfr/') || !file.endsWith('.css'))
        return undefined;
      return { code: code.replace(/,url\([^)]*\.woff\) format\("woff"\)/g, ''), map: null };
    },
  };
}

/**
 * Lighter stand-ins for two react-dsfr modules in the browser build: `dsfr/dsfr.module.js` (the whole
 * DSFR script, which `startReactDsfr` imports) becomes client/src/dsfrScripts.ts (the core and the
 * components in use), and `fr/index.js` (the `fr` object with its colour tables, imported by every
 * react-dsfr component) becomes client/src/frWithoutColours.ts. That stand-in has no colour tables, so
 * the build fails if a bundled module reads more than `fr.cx` (but for the dark-mode logic's `fr.colors`).
 */
function dsfrSubstitutes(): Plugin {
  const client = fileURLToPath(new URL('./client/src/', import.meta.url));
  // Modules resolve to their real path (node_modules may be a link).
  const dsfrPackage = join(realpathSync(reactDsfr), '/');
  const substitutes = new Map([
    [join(dsfrPackage, 'dsfr/dsfr.module.js'), join(client, 'dsfrScripts.ts')],
    [join(dsfrPackage, 'fr/index.js'), join(client, 'frWithoutColours.ts')],
  ]);
  const colourReader = join(dsfrPackage, 'useIsDark/client.js');
  return {
    name: 'kleroterion-dsfr-substitutes',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      // react-dsfr's `./dsfr/dsfr.module`, `./fr`, `../fr`…, and the package itself (its main is fr/index.js).
      if (!/(^|\/)(dsfr\.module|fr)$|^@codegouvfr\/react-dsfr$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const substitute = resolved === null ? undefined : substitutes.get(resolved.id);
      return substitute ?? resolved;
    },
    transform(code, file) {
      if (file === colourReader || file === substitutes.get(join(dsfrPackage, 'fr/index.js')))
        return undefined;
      if (!/\.[jt]sx?$/.test(file)) return undefined;
      if (!file.startsWith(client) && !file.startsWith(dsfrPackage)) return undefined;
      if (/\bfr\.(?!cx\b)\w/.test(code))
        this.error(
          `${file} reads more of react-dsfr's \`fr\` than \`fr.cx\`, all the browser build keeps (client/src/frWithoutColours.ts); import colors from '@codegouvfr/react-dsfr/fr/colors'`,
        );
      return undefined;
    },
  };
}

const messagesModule = fileURLToPath(new URL('./client/src/i18n/messages.ts', import.meta.url));
const areasModule = fileURLToPath(new URL('./client/src/i18n/messageAreas.ts', import.meta.url));

/**
 * The interface text, one dictionary per message area and language (client/src/i18n/messageAreas.ts):
 * `virtual:messages/<area>/<language>`, with the keys that the area's modules name
 * (scripts/lib/messageUses.ts), so that a page downloads the shell's keys and its own, in its language
 * only; `virtual:messages/<language>`, every key, fetched only if a key was missing (a bug the test of
 * the areas catches); `virtual:messages/loaders`, the import of each (loadMessages.ts). The build
 * evaluates client/src/i18n/messages.ts (pure data); the dev server serves every key in every area.
 */
function messagesByLanguage(): Plugin {
  let isBuild = false;
  let built:
    | Promise<{
        messages: Record<string, Record<string, string>>;
        areas: Record<string, Set<string>>;
      }>
    | undefined;
  const load = async () => {
    const { MESSAGES } = (await tsImport(messagesModule, import.meta.url)) as {
      MESSAGES: Record<string, Record<string, string>>;
    };
    const { PAGE_AREAS } = (await tsImport(areasModule, import.meta.url)) as {
      PAGE_AREAS: Record<string, string>;
    };
    const root = fileURLToPath(new URL('./client/src/', import.meta.url));
    const keys = new Set(Object.keys(MESSAGES['fr'] ?? {}));
    return { messages: MESSAGES, areas: areaKeys({ root, pages: PAGE_AREAS, keys }) };
  };
  return {
    name: 'kleroterion-messages-by-language',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    // `messages-<area>-<language>` names the chunk (and so its file) after the area.
    resolveId: (source) =>
      source.startsWith('virtual:messages/')
        ? `\0messages-${source.slice('virtual:messages/'.length).replace('/', '-')}`
        : undefined,
    async load(id) {
      if (!id.startsWith('\0messages-')) return undefined;
      const path = id.slice('\0messages-'.length).replace('-', '/');
      const { PAGE_AREAS } = (await tsImport(areasModule, import.meta.url)) as {
        PAGE_AREAS: Record<string, string>;
      };
      if (path === 'loaders') {
        const imports = ['shell', ...Object.keys(PAGE_AREAS)].flatMap((area) =>
          ['fr', 'en'].map(
            (language) =>
              `${JSON.stringify(`${area}/${language}`)}: () => import(${JSON.stringify(`virtual:messages/${area}/${language}`)})`,
          ),
        );
        const all = ['fr', 'en'].map(
          (language) => `"all/${language}": () => import("virtual:messages/${language}")`,
        );
        return `export default {\n${[...imports, ...all].join(',\n')}\n};`;
      }
      const [area, language] = path.includes('/') ? path.split('/') : [undefined, path];
      if (language !== 'fr' && language !== 'en') return undefined;
      if (!isBuild)
        return `import { MESSAGES } from ${JSON.stringify(messagesModule)};\nexport default MESSAGES.${language};`;
      built ??= load();
      const { messages, areas } = await built;
      const all = messages[language] ?? {};
      if (area === undefined) return `export default ${JSON.stringify(all)};`;
      const keys = areas[area];
      if (keys === undefined) return undefined;
      return `export default ${JSON.stringify(Object.fromEntries([...keys].sort().map((key) => [key, all[key]])))};`;
    },
  };
}

/**
 * React in the browser build is Preact's compatibility layer (about 10 kB gzipped instead of 69), with
 * the React 19 behaviours the client uses patched in by client/src/preact/react.ts. The tests' runner
 * and the type checker keep React (docs/design-system.md, "What was cut").
 */
function browserAliases(): { find: RegExp; replacement: string }[] {
  const shim = fileURLToPath(new URL('./client/src/preact/react.ts', import.meta.url));
  return [
    { find: /^react$/, replacement: shim },
    { find: /^react-dom$/, replacement: 'preact/compat' },
    { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
    { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
    { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
  ];
}

export default defineConfig(({ mode }) => ({
  root: 'client',
  plugins: [
    react(),
    dsfrIcons(),
    messagesByLanguage(),
    ...(mode === 'test' ? [] : [dsfrSubstitutes()]),
  ],
  // Every built tag carries this nonce placeholder; the server fills in a fresh nonce per response
  // (server/http/clientPage.ts), and the client hands it to the design system's one inline style.
  html: { cspNonce: NONCE_PLACEHOLDER },
  // Every client import of zod goes through the module that turns its eval-compiled parsers off (in the
  // browser builds only: the test runner's server keeps zod's defaults, as the real server does).
  resolve: {
    alias:
      mode === 'test'
        ? []
        : [
            {
              find: /^zod$/,
              replacement: fileURLToPath(
                new URL('./client/src/zodWithoutEval.ts', import.meta.url),
              ),
            },
            ...browserAliases(),
          ],
  },
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // Fonts, icons and images stay files of their own (no data: URIs), served from our origin.
    assetsInlineLimit: 0,
    sourcemap: true,
  },
  test: {
    root: '.',
    include: [
      'shared/**/*.test.ts',
      'server/**/*.test.ts',
      'client/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'e2e/**/*.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
}));
