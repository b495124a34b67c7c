// The text position under the pointer. caretPositionFromPoint is Chrome 128+ and Firefox;
// older Chrome has caretRangeFromPoint. Both cost well under a millisecond, unlike highlightsFromPoint.
interface CaretDocument {
  caretPositionFromPoint?(x: number, y: number, options?: { shadowRoots: ShadowRoot[] }): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

export function caretAt(x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | undefined {
  const doc = document as unknown as CaretDocument;
  if (doc.caretPositionFromPoint) {
    const position = doc.caretPositionFromPoint(x, y, { shadowRoots });
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/** The line box of the range that contains the point, or the first one. */
export function lineRectAt(range: AbstractRange, x?: number, y?: number): DOMRect | undefined {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  const rects = [...live.getClientRects()];
  if (x === undefined || y === undefined) return rects[0];
  return rects.find((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
}
