// Which elements are within about two viewports of what is on screen, told in batches at most every
// ~100 ms: registering only those marks keeps a changing page cheap, since Chromium revalidates every
// registered highlight range on each DOM change (notes/performance.md: 39 ms a frame with none, 103 ms with 8,000).

export const batchIntervalMs = 100;
/**
 * Two viewport heights above and below, in pixels: the spec resolves a percentage rootMargin against the
 * root's width on every side (https://w3c.github.io/IntersectionObserver/#dom-intersectionobserver-rootmargin),
 * as Firefox does, while Chromium takes the height for top and bottom (https://crbug.com/1138031).
 */
const margin = () => `${2 * innerHeight}px 0px`;

export interface NearViewport {
  observe(element: Element): void;
  unobserve(element: Element): void;
  disconnect(): void;
}

type Observer = Pick<IntersectionObserver, 'observe' | 'unobserve' | 'disconnect'>;
type ObserverFactory = (callback: (entries: Pick<IntersectionObserverEntry, 'target' | 'isIntersecting' | 'boundingClientRect'>[]) => void, rootMargin: string) => Observer;

const intersectionObserver: ObserverFactory = (callback, rootMargin) => new IntersectionObserver(callback, { rootMargin });

/**
 * `onChange` gets the elements that came near (true) or went away (false) since the last batch. A pixel margin
 * goes stale when the window is resized: the watch then starts a new observer with the new margin.
 */
export function watchNearViewport(onChange: (changes: Map<Element, boolean>) => void, makeObserver: ObserverFactory = intersectionObserver): NearViewport {
  let pending = new Map<Element, boolean>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastBatch = -Infinity;
  const observed = new Set<Element>();

  const flush = () => {
    timer = undefined;
    lastBatch = performance.now();
    const changes = pending;
    pending = new Map();
    onChange(changes);
  };
  const told: Parameters<ObserverFactory>[0] = (entries) => {
    for (const { target, isIntersecting, boundingClientRect: box } of entries) {
      // An element with no box of its own (display: contents) never intersects, though its text is on screen.
      pending.set(target, isIntersecting || (box.width === 0 && box.height === 0));
    }
    if (timer !== undefined) return;
    const wait = lastBatch + batchIntervalMs - performance.now();
    if (wait <= 0) flush();
    else timer = setTimeout(flush, wait);
  };
  let rootMargin = margin();
  let observer = makeObserver(told, rootMargin);
  const onResize = () => {
    if (margin() === rootMargin) return;
    observer.disconnect();
    rootMargin = margin();
    observer = makeObserver(told, rootMargin);
    for (const element of observed) observer.observe(element);
  };
  addEventListener('resize', onResize, { passive: true });

  return {
    observe(element) {
      observed.add(element);
      observer.observe(element);
    },
    unobserve(element) {
      observed.delete(element);
      observer.unobserve(element);
      pending.delete(element);
    },
    disconnect() {
      removeEventListener('resize', onResize);
      observer.disconnect();
      observed.clear();
      clearTimeout(timer);
      pending.clear();
    },
  };
}
