import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { Providers } from './app/Providers';
// The global styles by feature, in cascade order: later files refine earlier ones.
import './styles/base.css';
import './styles/shell.css';
import './styles/controls.css';
import './styles/filters.css';
import './styles/states.css';
import './styles/table.css';
import './styles/form.css';
import './styles/dialogs.css';
import './styles/team.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <Providers>
      <App />
    </Providers>
  </StrictMode>,
);
