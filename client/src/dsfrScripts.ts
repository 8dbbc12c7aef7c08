// The DSFR's JavaScript, as the core plus the components this client's markup uses, instead of the
// whole `dsfr.module` (28 kB gzipped). react-dsfr's `startReactDsfr` sets `window.dsfr`'s settings, then
// imports `dsfr/dsfr.module`: the browser build resolves that import to this module (vite.config.ts,
// `dsfrSubstitutes`), so the settings, the CSP nonce and the start stay react-dsfr's.
//
// Every page has the header (its phone menu is a DSFR modal), the language selector (a collapse, in the
// core), the main navigation and the display settings (a modal, with the colour scheme): those load here,
// in this order (the core first, the scheme before the display settings). The other components load the
// first time their markup is in the page (`DSFR_COMPONENTS`): a route's chunk brings its markup, the
// component's script follows. A component registered after the start still finds the elements already
// there (the DSFR parses the document when a component registers).

import '@codegouvfr/react-dsfr/dsfr/core/core.module.js';
import '@codegouvfr/react-dsfr/dsfr/scheme/scheme.module.js';
import '@codegouvfr/react-dsfr/dsfr/component/modal/modal.module.js';
import '@codegouvfr/react-dsfr/dsfr/component/navigation/navigation.module.js';
import '@codegouvfr/react-dsfr/dsfr/component/header/header.module.js';
import '@codegouvfr/react-dsfr/dsfr/component/display/display.module.js';

/**
 * The DSFR's other scripted components, each with a selector matching every element its script acts on
 * (its registered selectors, from each component's module). A new DSFR component with a script goes here.
 */
export const DSFR_COMPONENTS: readonly { selector: string; load: () => Promise<unknown> }[] = [
  {
    selector: '.fr-accordion, .fr-accordions-group',
    load: () => import('@codegouvfr/react-dsfr/dsfr/component/accordion/accordion.module.js'),
  },
  {
    selector: '.fr-btns-group--equisized',
    load: () => import('@codegouvfr/react-dsfr/dsfr/component/button/button.module.js'),
  },
  {
    selector: '.fr-card--download',
    load: () => import('@codegouvfr/react-dsfr/dsfr/component/card/card.module.js'),
  },
  {
    selector: '.fr-checkbox-group input[type="checkbox"]',
    load: () => import('@codegouvfr/react-dsfr/dsfr/component/checkbox/checkbox.module.js'),
  },
  {
    selector: '.fr-segmented',
    load: () => import('@codegouvfr/react-dsfr/dsfr/component/segmented/segmented.module.js'),
  },
  {
    selector: '.fr-breadcrumb',
    load: () => import('@codegouvfr/react-dsfr/dsfr/component/breadcrumb/breadcrumb.module.js'),
  },
  {
    selector: '.fr-tooltip',
    load: () => import('@codegouvfr/react-dsfr/dsfr/component/tooltip/tooltip.module.js'),
  },
  {
    selector: '.fr-toggle__label',
    load: () => import('@codegouvfr/react-dsfr/dsfr/component/toggle/toggle.module.js'),
  },
  {
    selector: '.fr-sidemenu__list',
    load: () => import('@codegouvfr/react-dsfr/dsfr/component/sidemenu/sidemenu.module.js'),
  },
  {
    selector: '.fr-password',
    load: () => import('@codegouvfr/react-dsfr/dsfr/component/password/password.module.js'),
  },
  {
    selector: '.fr-tabs',
    load: () => import('@codegouvfr/react-dsfr/dsfr/component/tab/tab.module.js'),
  },
  {
    selector: '.fr-tag[aria-pressed], .fr-tag--dismiss',
    load: () => import('@codegouvfr/react-dsfr/dsfr/component/tag/tag.module.js'),
  },
  {
    selector: '.fr-transcription',
    load: () =>
      import('@codegouvfr/react-dsfr/dsfr/component/transcription/transcription.module.js'),
  },
  {
    selector: '.fr-tile--download',
    load: () => import('@codegouvfr/react-dsfr/dsfr/component/tile/tile.module.js'),
  },
  {
    selector: '.fr-range',
    load: () => import('@codegouvfr/react-dsfr/dsfr/component/range/range.module.js'),
  },
  {
    selector: '.fr-table',
    load: () => import('@codegouvfr/react-dsfr/dsfr/component/table/table.module.js'),
  },
];

/**
 * Loads each component's script the first time an element of it is in the document, then stops
 * watching once every one is loaded. A script that fails to download is tried again at the next change.
 */
function loadComponentsInSight(): void {
  const waiting = new Set(DSFR_COMPONENTS);
  const observer = new MutationObserver(look);
  watch();
  look();

  function watch(): void {
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributeFilter: ['class', 'aria-pressed'],
    });
  }
  function look(): void {
    for (const component of waiting) {
      if (document.querySelector(component.selector) === null) continue;
      waiting.delete(component);
      component.load().catch(() => {
        waiting.add(component);
        watch();
      });
    }
    if (waiting.size === 0) observer.disconnect();
  }
}

loadComponentsInSight();
