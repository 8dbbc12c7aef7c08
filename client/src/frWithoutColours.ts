// react-dsfr's `fr` object without its colour tables. Every react-dsfr component imports `fr` (for
// `fr.cx`), and `fr` carries `fr.colors`, `fr.typography`, `fr.spacing` and `fr.breakpoints`: 13 kB
// gzipped, mostly generated colour tables, on every page. The browser build resolves react-dsfr's `fr/index.js` to this module (vite.config.ts,
// `dsfrSubstitutes`), for react-dsfr's own imports and ours alike.
//
// The one reader of `fr.colors` in the first load is react-dsfr's dark-mode logic
// (useIsDark/client.js), which writes the `theme-color` meta tag from the scheme's default background:
// here that colour is read from the design system's CSS variable. A chart that needs the palette imports
// `colors` from '@codegouvfr/react-dsfr/fr/colors' (the real tables, in the chart's own chunk). The build
// fails if any other module reads more of `fr` than `fr.cx`, so nothing gets this partial object.

import { cx } from '@codegouvfr/react-dsfr/fr/cx';

/** The DSFR's default background (light, dark), should its stylesheet not be applied yet. */
const DEFAULT_BACKGROUND = { light: '#ffffff', dark: '#161616' };

/** The scheme's default background, as useIsDark/client.js asks for it. */
function getHex({ isDark }: { isDark: boolean }) {
  const variable = getComputedStyle(document.documentElement)
    .getPropertyValue('--background-default-grey')
    .trim();
  const colour = variable === '' ? DEFAULT_BACKGROUND[isDark ? 'dark' : 'light'] : variable;
  return { decisions: { background: { default: { grey: { default: colour } } } } };
}

export const fr = { cx, colors: { getHex } };
