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

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
