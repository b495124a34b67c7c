// The bench table's lines for what every page pays (fixed cost), the big page against a bare walk,
// a page that keeps changing, and Firefox.
import type { CpuRun } from './chromium-runs.ts';
import { perFrameCost, type EverydayPage } from './everyday-pages.ts';
import type { FirefoxResults } from './firefox-runs.ts';
import type { FrameRun } from './frames.ts';
import type { HostileRun } from './hostile-runs.ts';
import { lines, med, ms, row, times } from './report-format.ts';

type RunsByFile = Record<string, CpuRun[]>;

export interface EverydayResults {
  pages: EverydayPage[];
  /** Extension CPU per page: the do-nothing extension, the seed build (and again, in another browser), the 5,000-entity build. */
  cpu: { idle: RunsByFile; seed: RunsByFile; seedAgain: RunsByFile; large: RunsByFile };
  /** The 5 MB article: a content script making one bare TreeWalker pass, and Backstory. */
  bigPage: { label: string; walk: CpuRun[]; seed: CpuRun[]; large: CpuRun[] };
  /** The 5 MB page whose ticker changes 50 times a second. */
  ticking: { file: string; frames: { plain: FrameRun[]; seed: FrameRun[] } };
  /** The hostile suite's big pages, by file. */
  hostile: Record<string, HostileRun[]>;
  firefox: FirefoxResults;
}

const cpu = (runs: CpuRun[]) => med(runs, (r) => r.extensionMs);
const worstSlice = (runs: { stats?: { longestSliceMs: number } }[]) => Math.max(...runs.map((r) => r.stats?.longestSliceMs ?? 0));

function fixedCostRows({ pages, cpu: runs }: EverydayResults) {
  lines.push('', 'Fixed cost per page: extension CPU (renderer profile, 100 µs samples) minus a do-nothing extension');
  for (const page of pages) {
    const idle = cpu(runs.idle[page.file]!);
    for (const [label, key, limit] of [['seed', 'seed', 2], ['5,000 entities', 'large', 3]] as const) {
      const cost = cpu(runs[key][page.file]!) - idle;
      row(`${page.label}, ${label}`, ms(cost), `<= ${limit} ms`, cost <= limit);
      if (page.documents > 1) row(`  per document (${page.documents}: the page and its frames), ${label}`, ms(cost / page.documents));
      const perFrame = perFrameCost(page, (file) => cpu(runs[key][file]!));
      if (perFrame !== undefined) {
        row(`  per text-less frame (the page less the page without its ${page.documents - 1} frames), ${label}`, ms(perFrame), '<= 0.5 ms', perFrame <= 0.5);
      }
    }
    const again = perFrameCost(page, (file) => cpu(runs.seedAgain[file]!));
    const againFrames = again === undefined ? '' : ` (${ms(again)} per text-less frame)`;
    row(`  seed, the same build again in another browser: the noise`, `${ms(cpu(runs.seedAgain[page.file]!) - idle)}${againFrames}`);
    row(`  do-nothing extension on it`, ms(idle));
  }
}

function bigPageRows({ bigPage }: EverydayResults) {
  lines.push('', `${bigPage.label}: extension CPU against a content script that makes one bare TreeWalker pass`);
  const walk = cpu(bigPage.walk);
  row('bare TreeWalker pass (as a content script)', ms(walk));
  for (const [label, runs] of [['seed', bigPage.seed], ['5,000 entities', bigPage.large]] as const) {
    const ratio = cpu(runs) / walk;
    row(`Backstory, ${label}`, `${ms(cpu(runs))} (${times(ratio)} the walk)`, '<= 5x', ratio <= 5);
    row(`  longest slice, ${label} (worst of runs)`, ms(worstSlice(runs)), '<= 16 ms', worstSlice(runs) <= 16);
  }
}

function tickingRows({ ticking }: EverydayResults) {
  lines.push('', '5 MB page full of names whose ticker line changes 50 times a second');
  const { plain, seed } = ticking.frames;
  row('frame p50 / p95, no extension', `${ms(med(plain, (r) => r.p50))} / ${ms(med(plain, (r) => r.p95))}`);
  const p95 = med(seed, (r) => r.p95) / med(plain, (r) => r.p95);
  row('frame p50 / p95, Backstory', `${ms(med(seed, (r) => r.p50))} / ${ms(med(seed, (r) => r.p95))}`, 'p95 within 10%', p95 <= 1.1);
  missedRow(plain, seed);
  timerRows(plain, seed);
}

function missedRow(plain: FrameRun[], backstory: FrameRun[]) {
  const share = (runs: FrameRun[]) => `${(100 * med(runs, (r) => r.missedShare)).toFixed(1)}%`;
  row('  frames missed, no extension / Backstory (median of runs)', `${share(plain)} / ${share(backstory)}`);
}

/** From DOMContentLoaded to the end of the frame count: the first scan and the rescans of the ticker. */
function timerRows(plain: FrameRun[], backstory: FrameRun[]) {
  const late = (runs: FrameRun[]) => med(runs, (r) => r.timerWorstMs);
  row("  page's own 25 ms timer, most it ran late, no extension", ms(late(plain)));
  row("  page's own 25 ms timer, most it ran late, Backstory", ms(late(backstory)), '<= 50 ms more', late(backstory) - late(plain) <= 50);
}

function firefoxRows({ firefox, pages, bigPage, ticking }: EverydayResults) {
  lines.push('', `Firefox ${firefox.version}: the content script's own scan stats (Firefox has no CDP profile)`);
  const labels = new Map([...pages.map((p) => [p.file, p.label] as const), ['article-5mb.html', bigPage.label], [ticking.file, 'ticking 5 MB page']]);
  for (const [file, scans] of Object.entries(firefox.scans)) {
    const worst = Math.max(...scans.map((s) => s.longestSliceMs));
    row(`${labels.get(file) ?? file}: busy, longest slice (worst)`, `${ms(med(scans, (s) => s.busyMs))}, ${ms(worst)}`, '<= 16 ms slice', worst <= 16);
  }
  const { plain, backstory } = firefox.frames;
  row('ticking page frame p50 / p95, no extension', `${ms(med(plain, (r) => r.p50))} / ${ms(med(plain, (r) => r.p95))}`);
  const p95 = med(backstory, (r) => r.p95) / med(plain, (r) => r.p95);
  row('ticking page frame p50 / p95, Backstory', `${ms(med(backstory, (r) => r.p50))} / ${ms(med(backstory, (r) => r.p95))}`, 'p95 within 10%', p95 <= 1.1);
  missedRow(plain, backstory);
  timerRows(plain, backstory);
}

function hostileRows({ hostile }: EverydayResults) {
  lines.push('', "The hostile suite's big pages (tests/fixtures/pages/hostile/), default settings, Chromium");
  for (const [file, runs] of Object.entries(hostile)) {
    const worst = Math.max(...runs.map((r) => r.longestSliceMs));
    const late = med(runs, (r) => r.lateWith - r.lateWithout);
    row(`${file}: longest slice (worst of runs)`, ms(worst), '<= 16 ms', worst <= 16);
    row(`  a bare walk in slices: its longest slice (worst of runs)`, ms(Math.max(...runs.map((r) => r.walkLongestSliceMs))));
    row(`  page's 25 ms timer, held back beyond its lateness without Backstory`, ms(late), '<= 50 ms', late <= 50);
    row(`  the same, by a bare walk in slices (the floor of a walk that touches every node)`, ms(med(runs, (r) => r.lateWithWalk - r.lateWithout)));
  }
}

export function everydayRows(results: EverydayResults) {
  fixedCostRows(results);
  bigPageRows(results);
  tickingRows(results);
  hostileRows(results);
  firefoxRows(results);
}
