import { render } from 'preact';
import { setPageLanguage } from '../ui/page-language.ts';
import { App } from './App.tsx';
import viewsCss from './views.css';

// popup.html is the popup; popup.html?full#/brief/ID is the full-brief tab (wide, no page to read);
// ?tab=ID reads that tab instead of the active one (the tests open the popup as a page that way).
// The views' styles ride in the bundle (a constructed sheet, no build step of their own); page.css holds the tokens.
const sheet = new CSSStyleSheet();
sheet.replaceSync(viewsCss);
document.adoptedStyleSheets = [sheet];

setPageLanguage('extName');
const params = new URLSearchParams(location.search);
const tabParam = Number(params.get('tab'));
const full = params.has('full');
document.body.classList.toggle('popup', !full);
document.body.classList.toggle('full', full);
render(<App tabId={Number.isInteger(tabParam) && tabParam > 0 ? tabParam : undefined} full={full} />, document.getElementById('app')!);
