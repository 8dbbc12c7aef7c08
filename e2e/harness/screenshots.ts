// Screenshots the end-to-end tests take for people to look at (test-output/). They assert nothing, so
// they are taken only when asked for: `npm run test:screens`, or KLEROTERION_SCREENSHOTS=1. A full-page
// capture of a long page can take more than Playwright's 30 s on a loaded 2-core machine, and a picture
// nobody looks at must not fail a run.

import type { Locator, Page } from 'playwright-core';

type PageShotOptions = NonNullable<Parameters<Page['screenshot']>[0]>;
type LocatorShotOptions = NonNullable<Parameters<Locator['screenshot']>[0]>;

export const screenshotsWanted = (): boolean => process.env.KLEROTERION_SCREENSHOTS === '1';

export async function keepScreenshot(target: Page, options: PageShotOptions): Promise<void>;
export async function keepScreenshot(target: Locator, options: LocatorShotOptions): Promise<void>;
export async function keepScreenshot(
  target: Page | Locator,
  options: PageShotOptions & LocatorShotOptions,
): Promise<void> {
  if (!screenshotsWanted()) return;
  await target.screenshot(options);
}
