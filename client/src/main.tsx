import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { I18nProvider } from './i18n/I18nProvider';
import { startDesignSystem } from './startDesignSystem';
import { Announcer } from './ui/Announcer';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './styles.css';

startDesignSystem();

const container = document.getElementById('root');
if (container === null) throw new Error('missing #root');
createRoot(container).render(
  <StrictMode>
    <I18nProvider>
      <Announcer>
        <App />
      </Announcer>
    </I18nProvider>
  </StrictMode>,
);
