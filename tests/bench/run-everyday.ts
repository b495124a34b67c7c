// The bench's rounds for what every page pays, the big page against a bare walk, the changing page, and Firefox.
import type { BenchBrowser } from './browser.ts';
import { baselineExtension } from './baseline-extensions.ts';
import { cpuOnce, framesOnce, type CpuRun } from './chromium-runs.ts';
import type { EverydayPage } from './everyday-pages.ts';
import { firefoxRuns } from './firefox-runs.ts';
import { hostileOnce, hostilePages, type HostileRun } from './hostile-runs.ts';
import type { EverydayResults } from './report-everyday.ts';

const bigFile = 'article-5mb.html';
/** A fixed cost is a few ms, and one load's figure moves by ±2 ms on this shared machine: medians of more rounds. */
const fixedCostRuns = 11;
const tickingFile = 'ticking-5mb.html';

export async function measureEveryday(options: {
  pages: EverydayPage[];
  origin: string;
  work: string;
  largeDist: string;
  runs: number;
  log(message: string): void;
  withBrowsers<T>(dists: (string | undefined)[], use: (browsers: BenchBrowser[]) => Promise<T>): Promise<T>;
}): Promise<EverydayResults> {
  const { pages, origin, work, largeDist, runs, log, withBrowsers } = options;
  const idleDist = baselineExtension('dist', work, 'idle');
  const walkDist = baselineExtension('dist', work, 'walk');
  const slicedWalkDist = baselineExtension('dist', work, 'slicedWalk');
  const byFile = () => Object.fromEntries(pages.map((p) => [p.file, [] as CpuRun[]]));
  const cpu = { idle: byFile(), seed: byFile(), seedAgain: byFile(), large: byFile() };
  const bigPage = { label: '5 MB article', walk: [] as CpuRun[], seed: [] as CpuRun[], large: [] as CpuRun[] };
  const frames = { plain: [] as EverydayResults['ticking']['frames']['plain'], seed: [] as EverydayResults['ticking']['frames']['seed'] };

  log(`Firefox, ${runs} rounds`);
  const firefox = await firefoxRuns(origin, [...pages.map((p) => p.file), bigFile], tickingFile, runs);
  log(`fixed cost (${fixedCostRuns} rounds) and the 5 MB article against a bare walk (${runs}), Chromium CPU profiles`);
  // The seed build twice, in two browsers: how far apart one build's figures land is the noise of the fixed costs.
  await withBrowsers([idleDist, 'dist', largeDist, walkDist, 'dist'], async ([idle, seed, large, walk, seedAgain]) => {
    for (let round = 0; round <= fixedCostRuns; round++) {
      // Round 0 warms each browser up and is not kept.
      const keep = <T>(list: T[], run: T) => void (round > 0 && list.push(run));
      for (const page of pages) {
        keep(cpu.idle[page.file]!, await cpuOnce(idle!, origin, page.file, false));
        keep(cpu.seed[page.file]!, await cpuOnce(seed!, origin, page.file, true));
        keep(cpu.large[page.file]!, await cpuOnce(large!, origin, page.file, true));
        keep(cpu.seedAgain[page.file]!, await cpuOnce(seedAgain!, origin, page.file, true));
      }
      if (round > runs) continue;
      keep(bigPage.walk, await cpuOnce(walk!, origin, bigFile, false));
      keep(bigPage.seed, await cpuOnce(seed!, origin, bigFile, true));
      keep(bigPage.large, await cpuOnce(large!, origin, bigFile, true));
    }
  });
  log(`the ticking 5 MB page, frame times, and the hostile suite's big pages, ${runs} rounds`);
  const hostile = Object.fromEntries(hostilePages.map((file) => [file, [] as HostileRun[]]));
  await withBrowsers([undefined, 'dist', slicedWalkDist], async ([plain, seed, slicedWalk]) => {
    for (let round = 0; round < runs; round++) {
      frames.plain.push(await framesOnce(plain!, `${origin}/${tickingFile}`, false));
      frames.seed.push(await framesOnce(seed!, `${origin}/${tickingFile}`, true));
      for (const file of hostilePages) hostile[file]!.push(await hostileOnce(seed!, plain!, slicedWalk!, `${origin}/hostile/${file}`));
    }
  });
  return { pages, cpu, bigPage, ticking: { file: tickingFile, frames }, hostile, firefox };
}
