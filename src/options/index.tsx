import { render } from 'preact';
import { setPageLanguage } from '../ui/page-language.ts';
import { OptionsApp } from './OptionsApp.tsx';

setPageLanguage('optionsTitle');

render(<OptionsApp />, document.getElementById('app')!);
