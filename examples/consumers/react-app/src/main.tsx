// React 19 with the typed wrappers from @tsunagu/elements/react (@lit/react): `publishableKey` because React
// reserves `key`, and `onFinderResults` typed with the event's detail.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { TsunaguHelpCard, TsunaguWindowFinder } from '@tsunagu/elements/react';

function App() {
  const [count, setCount] = useState<number | null>(null);
  return (
    <>
      <p id="count">{count === null ? 'loading' : `${count} windows`}</p>
      <TsunaguWindowFinder
        apiBase={import.meta.env.VITE_TSUNAGU_API as string}
        publishableKey={import.meta.env.VITE_TSUNAGU_KEY as string}
        ward="naka"
        onFinderResults={(event) => setCount(event.detail.count)}
      />
      <footer>
        <TsunaguHelpCard
          apiBase={import.meta.env.VITE_TSUNAGU_API as string}
          publishableKey={import.meta.env.VITE_TSUNAGU_KEY as string}
          ward="naka"
        />
      </footer>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
