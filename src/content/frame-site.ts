// Which site a frame belongs to, for the per-site switch. about:blank and srcdoc frames have no host
// of their own but inherit their parent's origin (HTML: "about:blank" and "srcdoc" documents take the
// creator's origin), so they follow the parent's switch. A sandboxed one has the opaque origin "null".
export function frameHost(): string {
  if (location.hostname) return location.hostname;
  try {
    return new URL(origin).hostname;
  } catch {
    return '';
  }
}

export const isTopFrame = window === window.top;

/** Documents Backstory leaves alone: SVG or other XML without an HTML body, and whole-document editors. */
export function isReadableDocument(): boolean {
  return document.body !== null && document.designMode !== 'on';
}
