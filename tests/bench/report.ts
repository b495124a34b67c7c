// The table `npm run bench` prints: one line per metric, its target beside it, PASS or MISS.
import type { BenchPage } from './generate-pages.ts';
import type { TablesRun } from './matcher-tables.ts';
import type { FloorRun, MarkJsRun, ScanRun } from './measure.ts';
import { count, kb, lines, mb, med, median, ms, row, times } from './report-format.ts';
import { everydayRows, type EverydayResults } from './report-everyday.ts';
import type { ViewRun } from './views.ts';

export interface PageResults {
  page: BenchPage;
  floor: FloorRun[];
  seed: ScanRun[];
  large: ScanRun[];
  markJs?: MarkJsRun;
}

export interface BenchResults {
  pages: PageResults[];
  seedEntities: number;
  seedTerms: number;
  largeTerms: number;
  markJsCapMs: number;
  /** mark.js given the 5,000-entity names on a one-paragraph page. */
  largeMarkJsProbe: MarkJsRun;
  /** Heap after GC on the 5 MB page: plain browser, seed dictionary, 5,000 entities. */
  heap: { plain: FloorRun['heap'][]; seed: ScanRun['heap'][]; large: ScanRun['heap'][] };
  /** content.js, and session.js: the session with the matcher's tables, imported once a page's text passes the prefilter. */
  bundle: { bytes: number; gzipBytes: number; largeBytes: number; sessionBytes: number; largeSessionBytes: number };
  /** The matcher's precompiled tables, seed and 5,000 entities. */
  tables: { seed: TablesRun; large: TablesRun };
  everyday: EverydayResults;
  /** The popup's views on the demo page, one run per round. */
  views: ViewRun[];
  machine: string;
}

function scanRows(label: string, runs: ScanRun[]) {
  const worst = Math.max(...runs.map((r) => r.longestSliceMs));
  row(`Backstory busy (scan + highlight), ${label}`, ms(med(runs, (r) => r.busyMs)), `${count(med(runs, (r) => r.marks))} marks, ${count(med(runs, (r) => r.slices))} slices`);
  row(`  longest slice, ${label}`, `${ms(med(runs, (r) => r.longestSliceMs))} (worst ${ms(worst)})`, '<= 16 ms (one frame)', worst <= 16);
  row(`  first slice (session start -> top marked)`, ms(med(runs, (r) => r.firstSliceMs)), '< 100 ms', med(runs, (r) => r.firstSliceMs) < 100);
  row(`  wall time (session start -> scan end)`, ms(med(runs, (r) => r.wallMs)));
}

function pageRows(results: BenchResults, { page, floor, seed, large, markJs }: PageResults) {
  lines.push('', `${page.label}: ${count(page.textChars)} characters in ${count(floor[0]?.textNodes ?? 0)} text nodes, ${count(page.nodes)} nodes in all`);
  const floorMs = med(floor, (r) => r.coldMs);
  const seedMs = med(seed, (r) => r.busyMs);
  const largeMs = med(large, (r) => r.busyMs);
  row('floor: bare TreeWalker pass, first on the page', ms(floorMs), `(second pass ${ms(med(floor, (r) => r.warmMs))})`);
  scanRows('seed', seed);
  row('Backstory / floor, seed', times(seedMs / floorMs), '<= 2x', seedMs / floorMs <= 2);
  scanRows('5,000 entities', large);
  row('Backstory / floor, 5,000 entities', times(largeMs / floorMs));
  row('5,000 entities / seed', times(largeMs / seedMs), '<= 1.5x', largeMs / seedMs <= 1.5);
  if (!markJs || 'error' in markJs) return;
  if ('timedOut' in markJs) {
    row(`mark.js 8.11.1, seed names (one run)`, `> ${ms(results.markJsCapMs)} (stopped)`);
    const bound = results.markJsCapMs / seedMs;
    row('mark.js / Backstory, seed', `> ${times(bound)}`, '>= 100x', bound >= 100);
  } else {
    row(`mark.js 8.11.1, seed names (one run)`, ms(markJs.ms), `${count(markJs.marks)} marks`);
    row('mark.js / Backstory, seed', times(markJs.ms / seedMs), '>= 100x', markJs.ms / seedMs >= 100);
  }
}

function largeMarkJsRows({ largeMarkJsProbe: probe, largeTerms }: BenchResults) {
  lines.push('', `mark.js with the ${count(largeTerms)} names of 5,000 entities: not timed on the pages above`);
  if ('error' in probe) lines.push(`  on a one-paragraph page it fails: ${probe.error.replace(/^page\.evaluate: /, '').replace(/\/\(.*\/g\w*/, '/(...)/')}`);
  else if ('timedOut' in probe) lines.push('  on a one-paragraph page it did not finish in time');
  else lines.push(`  on a one-paragraph page it took ${ms(probe.ms)}; it makes one regex pass over the whole text per name`);
}

const notes = [
  'floor: in a Chromium without the extension, the first TreeWalker(SHOW_TEXT) pass after the load event of a fresh load.',
  'Backstory: the first scan\'s stats, asked of the content script through the message protocol. The session starts after the settings are read; the matcher is loaded from',
  'its precompiled tables after that (loadMatcher above), in the first slice and the wall time, not in busy or longest slice.',
  "mark.js: mark(names, { separateWordSearch: false, diacritics: false, accuracy: 'exactly' + punctuation limiters }),",
  'without the extension, timed in the page; it is case-insensitive and matches within single text nodes.',
  "views: in the extension's own pages on the demo article, to the frame after the content is drawn: the popup (popup.html?tab=ID) and the",
  "full-brief tab (popup.html?full#/brief/pokrovsk) from their navigation start, the map from the popup's hash change to #/map.",
];

export function report(results: BenchResults): string {
  lines.length = 0;
  lines.push(`Backstory benchmark: ${results.machine}`);
  lines.push(`Dictionaries: seed = ${results.seedEntities} entities, ${results.seedTerms} names; 5,000 entities = ${count(results.largeTerms)} names`);
  lines.push(`  ${'metric'.padEnd(58)} ${'median'.padEnd(26)} ${'target'.padEnd(22)}`);
  everydayRows(results.everyday);
  for (const page of results.pages) pageRows(results, page);
  largeMarkJsRows(results);
  const plain = median(results.heap.plain.map((h) => h!.js));
  const plainBlink = median(results.heap.plain.map((h) => h!.blink));
  lines.push('', 'Memory: 5 MB article after the scan and a full GC, minus the same page without the extension');
  for (const [label, heaps, target] of [['seed', results.heap.seed, true], ['5,000 entities', results.heap.large, false]] as const) {
    const added = median(heaps.map((h) => h!.js)) - plain;
    row(`added JS heap, ${label}`, mb(added), '< 10 MB', target ? added < 10 * 2 ** 20 : undefined);
    row(`  added Blink heap, ${label}`, mb(median(heaps.map((h) => h!.blink)) - plainBlink));
  }
  lines.push('', 'Views');
  const of = `median of ${results.views.length}`;
  const popupMs = med(results.views, (v) => v.popupFirstContentMs);
  const mapMs = med(results.views, (v) => v.mapRenderMs);
  row(`popup open -> first content (names listed, ${of})`, ms(popupMs), '< 100 ms', popupMs < 100);
  row(`full-brief tab open -> brief and locator map drawn (${of})`, ms(med(results.views, (v) => v.fullBriefMs)));
  row(`map render (route change -> places drawn, ${of})`, ms(mapMs), '< 50 ms', mapMs < 50);
  lines.push('', 'Bundle');
  row('dist/content.js, minified (the session and its tables in session.js)', kb(results.bundle.bytes));
  row('  gzip -9', kb(results.bundle.gzipBytes));
  row('  content.js with 5,000 entities', kb(results.bundle.largeBytes), '<= 200 KB', results.bundle.largeBytes <= 200 * 1024);
  row('dist/session.js (loaded once text passes the prefilter)', kb(results.bundle.sessionBytes));
  row('  session.js with 5,000 entities', kb(results.bundle.largeSessionBytes));
  const { seed, large } = results.tables;
  row('matcher tables, seed (JSON)', kb(seed.bytes));
  row('  matcher tables, 5,000 entities', kb(large.bytes));
  row('  5,000 entities / seed', times(large.bytes / seed.bytes));
  row('automaton, seed: states / patterns', `${seed.states} / ${seed.patterns}`);
  row('  declining stems / name patterns / their languages', `${seed.declining} / ${seed.inflections} / ${seed.languages}`);
  row('  automaton, 5,000 entities: states / patterns', `${large.states} / ${large.patterns}`);
  const languages = Object.entries(seed.byLanguage).sort(([a], [b]) => a.localeCompare(b));
  row('aliases (name patterns) by language, seed', languages.map(([lang, c]) => `${lang} ${c.aliases}${c.patterns ? ` (${c.patterns})` : ''}`).join(', '));
  row('loadMatcher, seed (Node, median)', `${seed.loadMs.toFixed(3)} ms`, '< 0.5 ms', seed.loadMs < 0.5);
  row('  loadMatcher, 5,000 entities', `${large.loadMs.toFixed(3)} ms`, '< 0.5 ms', large.loadMs < 0.5);
  lines.push('', ...notes);
  return lines.join('\n');
}
