// Integer arrays packed in strings and read in place. A string literal in content.js costs
// nothing until it is read, where decoding a typed array of 100,000 values costs milliseconds
// in a frame whose JIT has not warmed up yet.

/** Keeps small values out of the control characters that a JSON or JS literal would escape. */
const BIAS = 0x20;
/**
 * Units skip the surrogates and stop short of the noncharacters U+FDD0 and up: Chrome loads a content script
 * only if it is UTF-8 without either (base::IsStringUTF8, "It isn't UTF-8 encoded").
 */
const SURROGATES = 0xd800;
const SURROGATES_END = 0xe000;
const NONCHARACTERS = 0xfdd0;
/** The largest value one UTF-16 unit holds; a wide array takes two units per value. */
export const NARROW_MAX = NONCHARACTERS - 1 - BIAS - (SURROGATES_END - SURROGATES);
const RADIX = NARROW_MAX + 1;

const toUnit = (value: number) => (value + BIAS >= SURROGATES ? value + BIAS + SURROGATES_END - SURROGATES : value + BIAS);
const valueOf = (unit: number) => (unit >= SURROGATES_END ? unit - (SURROGATES_END - SURROGATES) : unit) - BIAS;

export interface Packed {
  units: string;
  wide: boolean;
}

export function at(p: Packed, i: number): number {
  if (!p.wide) return valueOf(p.units.charCodeAt(i));
  return valueOf(p.units.charCodeAt(2 * i)) * RADIX + valueOf(p.units.charCodeAt(2 * i + 1));
}

/** One unit per value when every value fits, else two. */
export function pack(values: ArrayLike<number>): Packed {
  let max = 0;
  for (let i = 0; i < values.length; i++) max = Math.max(max, values[i]!);
  const wide = max > NARROW_MAX;
  if (wide && max >= RADIX * RADIX) throw new Error(`matcher: ${max} is too large to pack`);
  const units = new Uint16Array(wide ? values.length * 2 : values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isInteger(v) || v < 0) throw new Error(`matcher: cannot pack ${v}`);
    if (wide) {
      units[2 * i] = toUnit(Math.floor(v / RADIX));
      units[2 * i + 1] = toUnit(v % RADIX);
    } else units[i] = toUnit(v);
  }
  return { units: unitsToString(units), wide };
}

function unitsToString(units: Uint16Array): string {
  let out = '';
  for (let i = 0; i < units.length; i += 0x2000) out += String.fromCharCode(...units.subarray(i, i + 0x2000));
  return out;
}

export function packedLength(p: Packed): number {
  return p.wide ? p.units.length / 2 : p.units.length;
}

/** In an ascending packed array, the last index whose value is <= `value` (0 if none). */
export function lastAtMost(p: Packed, value: number): number {
  let low = 0;
  let high = packedLength(p) - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (at(p, mid) <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}
