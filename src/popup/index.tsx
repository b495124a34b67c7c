import { render } from 'preact';
import { PopupApp } from './PopupApp.tsx';

// popup.html?tab=ID reads that tab instead of the active one; ?brief=ID is the full-brief page.
const params = new URLSearchParams(location.search);
const tabParam = Number(params.get('tab'));
render(
  <PopupApp tabId={Number.isInteger(tabParam) && tabParam > 0 ? tabParam : undefined} briefId={params.get('brief') ?? undefined} />,
  document.getElementById('app')!,
);
