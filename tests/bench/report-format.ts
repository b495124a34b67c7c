// The bench table's formatting: one line per metric, its target beside it, PASS or MISS.
export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
export const med = <T>(runs: T[], pick: (run: T) => number) => median(runs.map(pick));
export const ms = (value: number) => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(1)} ms`);
export const times = (value: number) => `${value.toFixed(value >= 10 ? 0 : 2)}x`;
export const count = (value: number) => Math.round(value).toLocaleString('en-US');
export const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export const lines: string[] = [];
export const row = (metric: string, value: string, target = '', pass?: boolean) =>
  lines.push(`  ${metric.padEnd(58)} ${value.padEnd(26)} ${target.padEnd(22)} ${pass === undefined ? '' : pass ? 'PASS' : 'MISS'}`.trimEnd());

