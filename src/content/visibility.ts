// Is a block's text shown? Read from computed style, up the flat tree, rather than with Element.checkVisibility():
// in Firefox that call constructs the frames of all the page not yet laid out (on a 5 MB page, one call of
// 63-140 ms inside one slice, in a third of the loads), where computed style only needs the style flush.
// What checkVisibility({ checkVisibilityCSS: true }) also sees: display: none on the way up, content-visibility:
// hidden above the text, visibility: hidden, nodes no slot takes, a frame that is not rendered, and a closed
// <details> (its UA shadow tree is out of reach, so its rule is written out here: only the first <summary> shows).
// Unlike it, text in a `display: contents` element counts as shown, as it is. Not seen: the fallback content of a
// slot that has nodes assigned, and the styles above a slot in a closed shadow root.
import { isTopFrame } from './frame-site.ts';

/**
 * `contentShownOf`: which elements show what they hold, kept while styles cannot change (one slice); it saves
 * reading the same ancestors' style for every block. `text`: the block's first text node, under `element`.
 */
export function isVisible(element: Element, contentShownOf = new Map<Element, boolean>(), text?: Text): boolean {
  if (!element.isConnected || (text && leftOutBy(element, text))) return false;
  try {
    const style = getComputedStyle(element);
    return style.visibility !== 'hidden' && style.visibility !== 'collapse' && contentShown(element, style, contentShownOf);
  } catch {
    // Firefox 153 threw NS_ERROR_NOT_INITIALIZED from the session once in an e2e run, on a tab closed while its
    // endless changes kept rescans going: what Gecko's window methods (getComputedStyle, innerWidth) throw for a
    // window that is no longer its browsing context's current one. Nothing is shown there.
    return false;
  }
}

/** Is `element` (of computed `style`) rendered, with its content: neither it nor any element above hides it? */
function contentShown(element: Element, style: CSSStyleDeclaration, contentShownOf: Map<Element, boolean>): boolean {
  const chain: Element[] = [];
  let shown = true;
  for (let at: Element | null = element; at; ) {
    const answer = contentShownOf.get(at);
    if (answer !== undefined) {
      shown = answer;
      break;
    }
    chain.push(at);
    const own = at === element ? style : getComputedStyle(at);
    const parent = flatParent(at);
    if (own.display === 'none' || hidesContent(own) || (parent ? leftOutBy(parent, at) : !frameRendered())) {
      shown = false;
      break;
    }
    at = parent;
  }
  for (const at of chain) contentShownOf.set(at, shown);
  return shown;
}

// content-visibility applies to elements that can be contained, not to inline boxes (CSS Containment 2, 4).
const hidesContent = (style: CSSStyleDeclaration) => style.contentVisibility === 'hidden' && style.display !== 'inline' && style.display !== 'contents';

/** A frame whose element is display: none (as ad blockers hide ad frames) has no viewport. */
const frameRendered = () => isTopFrame || innerWidth > 0 || innerHeight > 0;

/** The parent in the flat tree: a slotted element's slot, a shadow root's host. */
function flatParent(element: Element): Element | null {
  const slot = element.assignedSlot;
  if (slot) return slot;
  const parent = element.parentNode;
  if (parent?.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return (parent as ShadowRoot).host ?? null;
  return parent?.nodeType === Node.ELEMENT_NODE ? (parent as Element) : null;
}

/** Does `parent` leave its child out of the rendering (a closed <details>, a shadow host with no slot for it)? */
function leftOutBy(parent: Element, child: Element | Text): boolean {
  if (parent.localName === 'details' && !(parent as HTMLDetailsElement).open) return child !== parent.querySelector(':scope > summary');
  return !!parent.shadowRoot && !child.assignedSlot && child.parentNode === parent;
}
