import '@fontsource-variable/inter';
import '@fontsource-variable/noto-sans-arabic';
import 'virtual:colours.css';
import './styles/tokens.css';
import './styles/base.css';
import './components/components.css';
import './components/tables.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { connectLanguage, useLanguageStore } from './i18n/language';
import { t } from './i18n/t';

// <html lang dir> before the first paint, so that the page never shows the wrong direction.
connectLanguage();
const showTitle = () => {
  document.title = t('app.title');
};
showTitle();
useLanguageStore.subscribe(showTitle);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
