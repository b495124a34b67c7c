import type { RefObject } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * The element's width in CSS pixels, kept up to date as it resizes: undefined until measured (before the first
 * paint), so that what depends on it is drawn once, at the right width. `fallback` where nothing has a width (unit tests).
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number): number | undefined {
  const [width, setWidth] = useState<number>();
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const measure = () => {
      const measured = Math.round(element.getBoundingClientRect().width);
      setWidth((current) => (measured > 0 ? measured : (current ?? fallback)));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
