// What a hostile page must look like to itself with Backstory as without: its DOM as its own
// scripts can read it, compared with the same page in the same browser with Backstory turned off.
import { writeSettings } from './page-probes.ts';
import type { TestPage } from './session.ts';
import type { TestBed } from './test-bed.ts';

/**
 * The page's DOM, its open shadow roots and same-origin frames included, with how many style sheets
 * each document and shadow root adopted; as text when short, else its length and SHA-256.
 */
export const pageDom = (page: TestPage): Promise<string> =>
  page.evaluate(async () => {
    const parts: string[] = [];
    const visit = (root: Document | ShadowRoot, path: string) => {
      const html = root instanceof ShadowRoot || root.nodeType !== Node.DOCUMENT_NODE ? (root as ShadowRoot).innerHTML : (root as Document).documentElement?.outerHTML;
      parts.push(`${path} (${root.adoptedStyleSheets.length} adopted): ${html}`);
      root.querySelectorAll('*').forEach((element, i) => {
        if (element.shadowRoot) visit(element.shadowRoot, `${path} > ${i} shadow`);
        if (element.localName === 'iframe' || element.localName === 'frame') {
          let inner: Document | null = null;
          try {
            inner = (element as HTMLIFrameElement).contentDocument;
          } catch {
            inner = null;
          }
          if (inner) visit(inner, `${path} > ${i} frame`);
        }
      });
    };
    visit(document, 'document');
    const text = parts.join('\n');
    if (text.length < 50_000) return text;
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
    return `${text.length} characters, SHA-256 ${[...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
  });

/**
 * Opens `url` with Backstory turned off, does `act` as the test did with it on, and returns what
 * `act` returned and the page's DOM; then turns Backstory back on with `settings`.
 */
export async function withoutBackstory<T>(bed: TestBed, url: string, settings: object, act: (page: TestPage) => Promise<T>): Promise<{ result: T; dom: string }> {
  await writeSettings(bed.session, { ...settings, enabled: false });
  try {
    const page = await bed.session.open(url);
    const result = await act(page);
    const dom = await pageDom(page);
    await page.close();
    return { result, dom };
  } finally {
    await writeSettings(bed.session, settings);
  }
}
