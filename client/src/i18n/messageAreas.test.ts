import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  areaKeys,
  dictionaryFiles,
  keysNamedIn,
  moduleGraph,
  scan,
} from '../../../scripts/lib/messageUses';
import { PAGE_AREAS } from './messageAreas';
import { MESSAGES, type MessageKey } from './messages';
import { translator } from './translator';

const root = fileURLToPath(new URL('../', import.meta.url));
const keys = new Set(Object.keys(MESSAGES.fr));
const areas = areaKeys({ root, pages: PAGE_AREAS, keys });
const dictionaries = dictionaryFiles(root);
/** The client's modules that are not dictionaries nor tests. */
const sources = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$|\.d\.ts$/.test(name))
  .map((name) => join(root, name))
  .filter((file) => !dictionaries.has(file));

/**
 * Keys that no module names: unused today. A key that a module builds in a way the scan cannot see
 * would land here, and be missing from its page's dictionary: this list may only shrink.
 */
const UNUSED: readonly string[] = [
  'nav.skip',
  'footer.text',
  'footer.spec',
  'home.verifier',
  'home.organiser',
  'public.source.beacon',
  'room.conflict.declare',
  'room.conflict.declared',
  'room.conflicts',
  'room.conflicts.none',
  'room.conflicts.seat',
  'room.enter',
  'room.timer.left',
  'room.hands.give',
  'room.seat',
  'room.present',
  'calls.pageTitle',
  'calls.form.required',
  'calls.form.optional',
  'calls.form.errorPrefix',
  'calls.summary.one',
  'calls.summary.many',
  'calls.summary.detail',
  'calls.counter.short',
  'calls.counter.ok',
  'calls.counter.over',
  'dossier.facts',
  'dossier.agenda.count',
  'dossier.drawer.label',
  'timer.heading',
  'seat.service.session',
  'seat.service.sessionRange',
  'drand.delayRefused',
  'beacon.recorded',
  'beacon.off',
  'account.error.required',
  'account.accounts.colName',
  'account.accounts.colEmail',
  'account.accounts.colRoles',
  'account.accounts.colState',
  'account.accounts.colActions',
  'witness.home.link',
  'callsDsfr.application.notFoundTitle',
  'ui.modal.close',
  'ui.table.scroll',
  'file.chosen',
  'public.stage.heading',
  'results.jump',
  'layout.skip.label',
  'layout.nav.label',
  'home.process.link',
  'organiser.apiError.badCredentials',
  'organiser.drand.expected',
  'organiser.errors.detail',
  'organiser.errors.many',
  'organiser.errors.one',
  'organiser.login.alreadySet',
  'organiser.login.password',
  'organiser.login.required',
  'organiser.login.submit',
  'organiser.login.title',
  'organiser.results.notStarted',
  'organiser.setup.confirm',
  'organiser.setup.intro',
  'organiser.setup.mismatch',
  'organiser.setup.password',
  'organiser.setup.passwordHint',
  'organiser.setup.storage',
  'organiser.setup.submit',
  'organiser.setup.title',
  'organiser.setup.tooShort',
  'stratified.compute.running',
];

describe('message areas', () => {
  it('loads every page of App.tsx with the area that names the same entry module', () => {
    const app = readFileSync(join(root, 'App.tsx'), 'utf8');
    const loaded = [
      ...app.matchAll(/lazyPage\(\s*'(\w+)',\s*\(\)\s*=>\s*import\('\.\/([^']+)'\)/g),
    ].map((match) => [match[1], match[2]]);
    expect(Object.fromEntries(loaded)).toEqual(PAGE_AREAS);
    // No page chunk without its messages: every dynamic import of App.tsx is a page's.
    expect(app.match(/import\(/g)).toHaveLength(loaded.length);
  });

  it('scans every module that names a key: the shell’s, or a page’s', () => {
    const reached = moduleGraph(join(root, 'main.tsx'), { dynamic: false });
    for (const entry of Object.values(PAGE_AREAS))
      for (const file of moduleGraph(join(root, `${entry}.tsx`), { dynamic: true }))
        reached.add(file);
    const unreached = sources.filter(
      (file) => !reached.has(file) && keysNamedIn([file], keys).size > 0,
    );
    expect(unreached.map((file) => file.slice(root.length))).toEqual([]);
  });

  it('finds every key in a module, but the few unused ones', () => {
    const named = keysNamedIn(sources, keys);
    const unnamed = [...keys].filter((key) => !named.has(key));
    expect(unnamed.sort()).toEqual([...UNUSED].sort());
  });

  it('gives each page the keys its modules name, beyond the shell’s', () => {
    for (const [area, entry] of Object.entries(PAGE_AREAS)) {
      const files = moduleGraph(join(root, `${entry}.tsx`), {
        dynamic: true,
        stop: (file) => dictionaries.has(file),
      });
      const loaded = new Set([...(areas['shell'] ?? []), ...(areas[area] ?? [])]);
      const missing = [...keysNamedIn(files, keys)].filter((key) => !loaded.has(key));
      expect({ area, missing }).toEqual({ area, missing: [] });
    }
  });

  it('gives each page the keys built by the dictionary modules whose helpers it calls', () => {
    // A dictionary's modules are not read for a page's area: a key a page builds through a helper that
    // lives there (reasonKey once lived in reasonMessages.ts) must still reach the page's dictionaries.
    const builtIn = (dictionary: string) =>
      scan(readFileSync(dictionary, 'utf8'))
        .literals.filter(({ text, prefix }) => prefix && /^[a-zA-Z][\w.]*\.$/.test(text))
        .flatMap(({ text }) => [...keys].filter((key) => key.startsWith(text)));
    for (const [area, entry] of Object.entries(PAGE_AREAS)) {
      const taken = new Set<string>();
      for (const file of moduleGraph(join(root, `${entry}.tsx`), {
        dynamic: true,
        stop: (file) => dictionaries.has(file),
      }))
        moduleGraph(file, {
          dynamic: true,
          stop: (imported) => (dictionaries.has(imported) && taken.add(imported), true),
        });
      const loaded = new Set([...(areas['shell'] ?? []), ...(areas[area] ?? [])]);
      const missing = [...taken].flatMap(builtIn).filter((key) => !loaded.has(key));
      expect({ area, missing }).toEqual({ area, missing: [] });
    }
  });

  it('puts the frame’s and the server errors’ keys in the shell, and a page’s own keys only in its area', () => {
    const shell = areas['shell'] ?? new Set();
    for (const key of ['app.name', 'lang.label', 'page.loading', 'layout.notFound.title'])
      expect(shell.has(key), key).toBe(true);
    expect([...shell].some((key) => key.startsWith('serverError.'))).toBe(true);
    // The invitation page shows the seat's text; the public page none of the console's.
    expect([...(areas['invitation'] ?? [])].some((key) => key.startsWith('seat.'))).toBe(true);
    expect([...shell].some((key) => key.startsWith('seat.'))).toBe(false);
    for (const area of ['invitation', 'process'])
      expect([...(areas[area] ?? [])].filter((key) => key.startsWith('organiser.'))).toEqual([]);
  });

  it('reads the keys built from a template’s beginning and a plural’s base', () => {
    const room = areas['room'] ?? new Set();
    for (const key of keys)
      if (key.startsWith('room.phase.'))
        expect(room.has(key) || areas['shell']?.has(key)).toBe(true);
    expect(room.has('room.progress.one') && room.has('room.progress.other')).toBe(true);
  });
});

describe('string literals of a module', () => {
  it('reads quoted strings, template beginnings, and nested templates', () => {
    const source = [
      't(\'a.b\'); t("c.d");',
      't(`room.phase.${phase}`, { n: `${x}` });',
      't(`x.${`inner.${y}`}.z`); t(`plain`);',
      "t('it\\'s');",
    ].join('\n');
    expect(scan(source).literals).toEqual([
      { text: 'a.b', prefix: false },
      { text: 'c.d', prefix: false },
      { text: 'room.phase.', prefix: true },
      { text: '', prefix: true },
      { text: 'x.', prefix: true },
      { text: 'inner.', prefix: true },
      { text: 'plain', prefix: false },
      { text: "it\\'s", prefix: false },
    ]);
  });

  it('closes a quote left open at the end of its line (an apostrophe in JSX text)', () => {
    expect(scan("<p>l'avis</p>\nt('a.b');").literals).toEqual([{ text: 'a.b', prefix: false }]);
  });

  it('leaves comments out, but not what looks like one inside a string', () => {
    const source = [
      "const route = '/organiser/*'; // t('not.this')",
      "import { a } from './a'; /* t('nor.this') */ t(`x//${'y.z'}`);",
    ].join('\n');
    const { code, literals } = scan(source);
    expect(literals.map((literal) => literal.text)).toEqual(['/organiser/*', './a', 'x//', 'y.z']);
    expect(code).toContain("from './a'");
    expect(code).not.toContain('not.this');
  });
});

describe('a key missing from the dictionaries loaded', () => {
  it('shows as nothing, never as the raw key, and is reported', () => {
    const missing: MessageKey[] = [];
    const t = translator({ 'app.name': 'Kleroterion {x}' }, (key) => missing.push(key));
    expect(t('app.name', { x: 1 })).toBe('Kleroterion 1');
    expect(t('lang.label')).toBe('');
    expect(missing).toEqual(['lang.label']);
  });
});
