// A page's own messages (messageAreas.ts), downloaded together with the page's chunk and in the page's
// language only: under <PageMessages>, `t` reads the shell's keys and the page's.

import { lazy, use, useContext, useMemo, type ComponentType, type ReactNode } from 'react';
import { I18nContext, LoadedMessagesContext, type I18n } from './I18nProvider';
import { translator } from './translator';
import { areaMessages } from './loadMessages';
import type { PageArea } from './messageAreas';

/** Renders `children` once the page area's dictionary is there in the current language. */
export function PageMessages({ area, children }: { area: PageArea; children: ReactNode }) {
  const i18n = useContext(I18nContext);
  const loaded = useContext(LoadedMessagesContext);
  if (i18n === null || loaded === null) throw new Error('PageMessages outside <I18nProvider>');
  const own = use(areaMessages(i18n.language, area));
  const value = useMemo<I18n>(
    () => ({
      ...i18n,
      t: translator({ ...loaded.complete, ...loaded.shell, ...own }, loaded.onMissing),
    }),
    [i18n, loaded, own],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/**
 * A lazily loaded page with its messages: rendering it starts the download of the page's chunk and of
 * its area's dictionary at once, and shows the page when both are there.
 */
export function lazyPage<Props extends object>(
  area: PageArea,
  load: () => Promise<ComponentType<Props>>,
): ComponentType<Props> {
  let chunk: Promise<{ default: ComponentType<Props> }> | undefined;
  const loadChunk = () => (chunk ??= load().then((page) => ({ default: page })));
  const Page = lazy(loadChunk);
  function PageWithMessages(props: Props) {
    void loadChunk();
    return (
      <PageMessages area={area}>
        <Page {...props} />
      </PageMessages>
    );
  }
  return PageWithMessages;
}
