// Is a block's text shown? Read from computed style, up the flat tree, rather than with Element.checkVisibility():
// in Firefox that call constructs the frames of all the page not yet laid out (on a 5 MB page, one call of
// 63-140 ms inside one slice, in a third of the loads), where computed style only needs the style flush.
// What checkVisibility({ checkVisibilityCSS: true }) also sees: display: none on the way up, content-visibility:
// hidden above the text, visibility: hidden, light-DOM children no slot takes, and a closed <details> (its UA
// shadow tree is out of reach, so its rule is written out here: only the first <summary> is shown).

/**
 * `known`: elements whose content is shown or not, kept while styles cannot change (one slice); it saves
 * reading the style of the same ancestors for every block of an article.
 */
export function isVisible(element: Element, known = new Map<Element, boolean>()): boolean {
  if (!element.isConnected) return false;
  const style = getComputedStyle(element);
  return style.visibility !== 'hidden' && style.visibility !== 'collapse' && contentShown(element, style, known);
}

/** Is what `element` (of computed `style`) holds rendered: is it, and do it and all above it show their content? */
function contentShown(element: Element, style: CSSStyleDeclaration, known: Map<Element, boolean>): boolean {
  const chain: Element[] = [];
  let shown = true;
  for (let at: Element | null = element; at; ) {
    const answer = known.get(at);
    if (answer !== undefined) {
      shown = answer;
      break;
    }
    chain.push(at);
    const own = at === element ? style : getComputedStyle(at);
    const parent = flatParent(at);
    if (own.display === 'none' || own.contentVisibility === 'hidden' || (parent && leftOutBy(parent, at))) {
      shown = false;
      break;
    }
    at = parent;
  }
  for (const at of chain) known.set(at, shown);
  return shown;
}

/** The parent in the flat tree: a slotted element's slot, a shadow root's host. */
function flatParent(element: Element): Element | null {
  const slot = element.assignedSlot;
  if (slot) return slot;
  const parent = element.parentNode;
  if (parent?.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return (parent as ShadowRoot).host ?? null;
  return parent?.nodeType === Node.ELEMENT_NODE ? (parent as Element) : null;
}

/** Does `parent` leave its child out of the rendering (a closed <details>, a shadow host with no slot for it)? */
function leftOutBy(parent: Element, child: Element): boolean {
  if (parent.localName === 'details' && !(parent as HTMLDetailsElement).open) return child !== parent.querySelector(':scope > summary');
  return !!parent.shadowRoot && !child.assignedSlot && child.parentNode === parent;
}
