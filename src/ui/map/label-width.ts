// A label's width in pixels at the map's label font (12px system-ui, in map.css), measured where a
// canvas can, guessed from its length where none can (unit tests).
const font = '12px system-ui, sans-serif';
let context: CanvasRenderingContext2D | null | undefined;

export function labelWidth(text: string): number {
  if (context === undefined) {
    context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (context) context.font = font;
  }
  return Math.ceil(context ? context.measureText(text).width : text.length * 7);
}
