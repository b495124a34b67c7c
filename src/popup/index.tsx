import { render } from 'preact';
import { PopupApp } from './PopupApp.tsx';

const tabParam = Number(new URLSearchParams(location.search).get('tab'));
render(<PopupApp tabId={Number.isInteger(tabParam) && tabParam > 0 ? tabParam : undefined} />, document.getElementById('app')!);
