import { SideMenu } from '@codegouvfr/react-dsfr/SideMenu';
import type { MouseEvent } from 'react';
import type { MessageKey } from '../i18n/messages';
import { useI18n } from '../i18n/useI18n';

/** One section of the process page, reachable from the side menu. */
export interface ProcessSection {
  /** The id of the element wrapping the section in the page. */
  id: string;
  label: MessageKey;
}

/**
 * The design system's side menu listing the process page's sections: a sticky column on a desktop, a
 * folded "go to a section" button on a phone. A link scrolls to its section and moves the focus there,
 * so that a keyboard or screen reader user continues from it.
 */
export function ProcessSectionsMenu({ sections }: { sections: readonly ProcessSection[] }) {
  const { t } = useI18n();
  const jump = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const target = document.getElementById(id);
    if (target === null) return;
    // Our router would treat "#id" as a page: the browser's own in-page jump is what is wanted.
    event.preventDefault();
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
    window.history.replaceState(window.history.state, '', `#${id}`);
  };
  return (
    <SideMenu
      className="process-menu"
      sticky
      title={t('console.menu.title')}
      burgerMenuButtonText={t('console.menu.button')}
      items={sections.map((section) => ({
        text: t(section.label),
        linkProps: { href: `#${section.id}`, onClick: (event) => jump(event, section.id) },
      }))}
    />
  );
}
