// Projected lines -> the shortest SVG path text we can make: integer units, relative moves, no
// separator where a minus sign will do.

export type Line = [number, number][];

const joined = (values: number[]) => values.map((v, i) => (i > 0 && v >= 0 ? ` ${v}` : `${v}`)).join('');

/** The line on the integer grid, without repeated points; rings keep at least three corners or vanish. */
export function snap(line: Line, closed: boolean): Line {
  const out: Line = [];
  for (const [x, y] of line) {
    const point: [number, number] = [Math.round(x), Math.round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  if (closed && out.length > 1 && out[0]![0] === out.at(-1)![0] && out[0]![1] === out.at(-1)![1]) out.pop();
  return out.length >= (closed ? 3 : 2) ? out : [];
}

/** Lines (rings when `closed`) as one path's `d`. */
export function pathString(lines: Line[], closed: boolean): string {
  let d = '';
  for (const raw of lines) {
    const line = snap(raw, closed);
    if (line.length === 0) continue;
    const [first, ...rest] = line;
    const steps = rest.flatMap(([x, y], i) => [x - line[i]![0], y - line[i]![1]]);
    d += `M${joined(first!)}${steps.length ? `l${joined(steps)}` : ''}${closed ? 'z' : ''}`;
  }
  return d;
}
