// Where a block of text sits on the page, for the editorial rules of calm mode (Wikipedia's
// MOS:OVERLINK, MOS:REPEATLINK, MOS:NOSECTIONLINKS; the rules are listed in the README):
// `chrome` is never marked (navigation, menus, site header and footer, sidebars, link lists,
// breadcrumbs, comments); `heading` and `byline` are marked in every-mention mode only; `main` is the
// page's main text. Each element is classified once: a block reuses its ancestors' answers.
import { blockOf } from './text-blocks.ts';

export type TextRole = 'main' | 'heading' | 'byline' | 'chrome';

export interface Region {
  role: TextRole;
  /** The article the text belongs to (a live blog has several): calm mode marks a name once in each. */
  scope: Element | null;
}

const chromeRoles = new Set(['navigation', 'menu', 'menubar', 'banner', 'contentinfo', 'search']);
const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/**
 * Class and id names that say page chrome, a label or a byline. Whole names for the comments: body and
 * post classes such as WordPress's "comments-open" say nothing about where the text is.
 */
const chromeName = /^(comments|comments?-?list|disqus.*|.*breadcrumb.*)$/;
const headingName = /kicker/;
const bylineName = /byline|dateline|^(.*[-_])?author([-_].*)?$/;
/** Where a <header> or <footer> is the article's or the section's own, not the site's (HTML-AAM: banner, contentinfo). */
const scopedBy = 'article, aside, main, nav, section, [role=main]';

const namesOf = (element: Element) => `${element.id} ${element.getAttribute('class') ?? ''}`.toLowerCase().split(/\s+/);

/** What this element alone says about the text inside it. */
function ownRole(element: Element): TextRole | undefined {
  const name = element.localName;
  const role = element.getAttribute('role');
  if (name === 'nav' || (role && chromeRoles.has(role))) return 'chrome';
  if ((name === 'header' || name === 'footer') && !element.parentElement?.closest(scopedBy)) return 'chrome';
  if ((name === 'aside' || role === 'complementary') && !element.closest('article')) return 'chrome';
  if (element.getAttribute('aria-label')?.toLowerCase().includes('breadcrumb')) return 'chrome';
  if (name === 'li' && isLinkList(element)) return 'chrome';
  if (headingTags.has(name) || role === 'heading') return 'heading';
  if (name === 'address' || /\bauthor\b/.test(`${element.getAttribute('rel')} ${element.getAttribute('itemprop')}`)) return 'byline';
  if (name === 'body' || name === 'html') return undefined;
  const names = namesOf(element);
  if (names.some((n) => chromeName.test(n))) return 'chrome';
  if (names.some((n) => headingName.test(n))) return 'heading';
  if (names.some((n) => bylineName.test(n))) return 'byline';
  return undefined;
}

/** A list item that is a link to elsewhere (a menu, "related", "most read"), or a story teaser with its own heading. */
function isLinkList(item: Element): boolean {
  if (item.querySelector('h1, h2, h3, h4, h5, h6, [role=heading]')) return true;
  const all = item.textContent?.trim().length ?? 0;
  let linked = 0;
  for (const link of item.querySelectorAll('a')) linked += link.textContent?.trim().length ?? 0;
  return all > 0 && linked * 2 >= all;
}

/** Chrome outranks a heading, a heading a byline: the strongest role on the way up wins. */
const rank: Record<TextRole, number> = { main: 0, byline: 1, heading: 2, chrome: 3 };

export interface PageRegions {
  /** The region of a block of text (its text nodes, in order). */
  of(nodes: Text[]): Region;
}

/**
 * Made before the scan: finding the page's main text takes document-wide queries, milliseconds on a page of
 * 200,000 elements, which then land in no slice of it.
 */
export function createPageRegions(document: Document): PageRegions {
  const cache = new WeakMap<Element, Region>();
  /**
   * The page's main text: its main landmark, or else its one article; the whole page when it names
   * neither. Its headline (the first h1) belongs to it even where the article element leaves it out.
   */
  const articles = document.querySelectorAll('article');
  const root = document.querySelector('main, [role=main]') ?? (articles.length === 1 ? articles[0]! : null);
  const headline = document.querySelector('h1');

  const of = (element: Element): Region => {
    const cached = cache.get(element);
    if (cached) return cached;
    const parent = element.parentElement;
    const inherited: Region = parent ? of(parent) : { role: 'main', scope: null };
    const own = ownRole(element);
    const role = own && rank[own] > rank[inherited.role] ? own : inherited.role;
    const scope = element.localName === 'article' ? element : inherited.scope;
    const region = role === inherited.role && scope === inherited.scope ? inherited : { role, scope };
    cache.set(element, region);
    return region;
  };

  return {
    of(nodes) {
      const block = blockOf(nodes[0]!);
      // Text outside the main landmark (or the one article) is the site around it.
      if (!block || (root && root.isConnected && !root.contains(block) && !headline?.contains(block))) return { role: 'chrome', scope: null };
      const region = of(block);
      return region.role !== 'chrome' && isAllLink(nodes, block) ? { role: 'chrome', scope: region.scope } : region;
    },
  };
}

/** Text that is all link (a teaser's headline, "Read more: ..."): a way elsewhere, not the page's own text. */
function isAllLink(nodes: Text[], block: Element): boolean {
  if (block.closest('a')) return true;
  return nodes.every((node) => {
    for (let element = node.parentElement; element && element !== block; element = element.parentElement) if (element.localName === 'a') return true;
    return false;
  });
}
