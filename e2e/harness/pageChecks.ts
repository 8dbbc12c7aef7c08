// The checks the browser tour makes on every page: no horizontal overflow, no serious or critical axe
// violation, no CSP violation, the page's own window title. Each is a soft assertion, so that one visit
// reports every check that fails, and the screenshot is taken whatever they find.

import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { axeSource, seriousOrCriticalViolations } from './axe';

/** What the page's `securitypolicyviolation` events said, as they arrive. */
export interface CspWatch {
  violations: string[];
}

/**
 * Collects the page's CSP violations from an init script, before any of its own scripts run: each one
 * with its directive, the blocked URI and where it came from.
 */
export async function watchCspViolations(page: Page): Promise<CspWatch> {
  const watch: CspWatch = { violations: [] };
  await page.exposeFunction('reportCspViolation', (message: string) =>
    watch.violations.push(message),
  );
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportCspViolation: (message: string) => void }).reportCspViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}` +
          (event.sample === '' ? '' : ` (${event.sample})`),
      ),
    ),
  );
  return watch;
}

/** Collects into `errors` what the browser's console reports of the Content Security Policy, as errors. */
export function collectCspErrors(page: Page, errors: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      errors.push(message.text());
  });
}

export interface Overflow {
  scrollWidth: number;
  innerWidth: number;
  /** The innermost elements reaching past the window's right edge (a few), to name the culprit. */
  culprits: string[];
}

/** The document's width against the window's, and what sticks out when it is wider. */
export const measureOverflow = (page: Page): Promise<Overflow> =>
  // No named functions inside: a runner that keeps function names (tsx) would call its own helper.
  page.evaluate(() => {
    const innerWidth = window.innerWidth;
    const culprits = [...document.body.querySelectorAll('*')]
      .filter(
        (element) =>
          element.getBoundingClientRect().right > innerWidth + 1 &&
          ![...element.children].some(
            (child) => child.getBoundingClientRect().right > innerWidth + 1,
          ),
      )
      .slice(0, 5)
      .map((element) => {
        const id = element.id === '' ? '' : `#${element.id}`;
        const classes = [...element.classList]
          .slice(0, 3)
          .map((name) => `.${name}`)
          .join('');
        const right = Math.round(element.getBoundingClientRect().right);
        return `${element.tagName.toLowerCase()}${id}${classes} (right edge ${right}px)`;
      });
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth, culprits };
  });

export function expectNoHorizontalOverflow(overflow: Overflow, name: string): void {
  expect
    .soft(
      overflow.scrollWidth <= overflow.innerWidth
        ? 'no overflow'
        : `scrollWidth ${overflow.scrollWidth} > innerWidth ${overflow.innerWidth}; sticking out: ${overflow.culprits.join(', ')}`,
      `${name}: horizontal overflow`,
    )
    .toBe('no overflow');
}

export function expectNoCspViolation(violations: readonly string[], name: string): void {
  expect.soft(violations, `${name}: CSP violations`).toEqual([]);
}

/** Serious and critical axe violations of the page as it is now (its real CSP kept: no reload). */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return (await seriousOrCriticalViolations(page)).map(
    (violation) =>
      `${violation.id} (${violation.impact}, ${violation.count} node(s)): ${violation.help} — ${violation.nodes.join(' | ')}`,
  );
}

export function expectNoSeriousAxeViolation(violations: readonly string[], name: string): void {
  expect.soft(violations, `${name}: axe serious or critical violations`).toEqual([]);
}

export interface TitleRule {
  /** index.html's title, which means the page set none. */
  generic: string;
  /** How every page's title ends. */
  ending: string;
  /** What this page's title must contain (case-insensitive). */
  fragments: readonly (string | RegExp)[];
}

const titleProblems = (title: string, rule: TitleRule): string[] => {
  const problems: string[] = [];
  if (title === rule.generic) problems.push('is the generic title');
  if (!title.endsWith(rule.ending)) problems.push(`does not end with "${rule.ending}"`);
  const lower = title.toLowerCase();
  for (const fragment of rule.fragments) {
    const found =
      typeof fragment === 'string'
        ? lower.includes(fragment.toLowerCase())
        : new RegExp(fragment.source, 'i').test(title);
    if (!found) problems.push(`does not contain ${String(fragment)}`);
  }
  return problems;
};

/**
 * The window title, once it satisfies `rule` or after `waitMs` (a page sets it in an effect after the
 * render that shows its data, which the tour waits for first): a soft assertion naming what is wrong.
 */
export async function expectPageTitle(
  page: Page,
  rule: TitleRule,
  name: string,
  waitMs = 1_000,
): Promise<void> {
  const deadline = Date.now() + waitMs;
  let title = await page.title();
  while (titleProblems(title, rule).length > 0 && Date.now() < deadline) {
    await page.waitForTimeout(100);
    title = await page.title();
  }
  expect.soft(titleProblems(title, rule), `${name}: title "${title}"`).toEqual([]);
}
