// The floor the dashboard is measured against: the smallest Vite + React page that renders
// content and re-renders on a date input, built the same way.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

function Bare() {
  const [from, setFrom] = useState('2011-03-15');
  return (
    <main>
      <label>
        From <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      </label>
      <p className="panel__subtitle" data-testid="bare-ready">
        Showing from {from}
      </p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Bare />
  </StrictMode>,
);
