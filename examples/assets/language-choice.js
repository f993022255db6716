// Every example page offers the widgets' three languages as plain links (`?lang=ja-x-easy`). This file, from
// the page's own origin (the pages' CSP allows no inline script), puts that `lang` on each tsunagu widget,
// marks the current link and keeps the choice on the site's own links. Nothing is stored: the choice lives
// in the address only. The page's own copy stays Japanese and keeps `<html lang="ja">`.
// Loaded before the embed script, so a widget's first render is already in the chosen language.
const LOCALES = ['ja', 'ja-x-easy', 'en'];
const asked = new URLSearchParams(window.location.search).get('lang') ?? '';
const lang = LOCALES.includes(asked) ? asked : 'ja';

for (const el of document.querySelectorAll('body *')) {
  if (el.localName.startsWith('tsunagu-')) el.setAttribute('lang', lang);
}

for (const link of document.querySelectorAll('.language-choice a')) {
  const current = new URL(link.href).searchParams.get('lang') === lang;
  if (current) link.setAttribute('aria-current', 'true');
  else link.removeAttribute('aria-current');
}

if (lang !== 'ja') {
  // the site's own pages (and the report's status page) keep the language
  const keep = (href) => {
    const url = new URL(href, window.location.href);
    if (url.origin !== window.location.origin || url.hash) return href;
    url.searchParams.set('lang', lang);
    return url.pathname + url.search;
  };
  for (const link of document.querySelectorAll('header nav:not(.language-choice) a[href]')) {
    link.setAttribute('href', keep(link.getAttribute('href')));
  }
  for (const el of document.querySelectorAll('[status-url]')) {
    el.setAttribute('status-url', keep(el.getAttribute('status-url')));
  }
}
