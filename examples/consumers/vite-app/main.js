// A plain Vite app: register one widget from the installed @tsunagu/elements and point it at the API.
import '@tsunagu/elements/define/window-finder.js';

const finder = document.querySelector('#finder');
finder.setAttribute('api-base', import.meta.env.VITE_TSUNAGU_API);
finder.setAttribute('publishable-key', import.meta.env.VITE_TSUNAGU_KEY);
finder.addEventListener('tsunagu-finder-results', (event) => {
  document.body.dataset.results = String(event.detail.count);
});
