// Where a test's episodes lie in history (decisions.md ruling 1): N windows of the episode length
// inside the date range, on the strategy's candle grid, drawn from a seeded generator so a test is
// reproducible from its reported seed. Windows do not overlap whenever N of them fit in the range;
// when they cannot, they overlap as little as the draw allows, never extending past the range.
import { Prng } from '../market/prng.js';

export interface EpisodeWindow {
  /** Unix ms, on the candle grid. */
  start: number;
  end: number;
}

export interface EpisodePlan {
  /** The range: its start is moved up to the grid. */
  startMs: number;
  endMs: number;
  count: number;
  durationMs: number;
  /** The strategy's candle interval: windows start on its multiples. */
  stepMs: number;
  /** Random placement (seeded); else back to back from the range's start (evenly spread when they cannot fit). */
  randomize: boolean;
  seed: number;
}

/**
 * The windows, in chronological order (episode 1 is the earliest). Needs `durationMs` ≤ the range
 * (the caller validates); the duration is a multiple of `stepMs`.
 *
 * @example planEpisodes({ startMs: 0, endMs: 10 * DAY, count: 3, durationMs: 2 * DAY, stepMs: HOUR, randomize: true, seed: 7 })
 */
export function planEpisodes(plan: EpisodePlan): EpisodeWindow[] {
  const { stepMs, count } = plan;
  const first = Math.ceil(plan.startMs / stepMs) * stepMs;
  const totalSteps = Math.floor((plan.endMs - first) / stepMs);
  const width = Math.round(plan.durationMs / stepMs);
  if (width < 1 || width > totalSteps) throw new RangeError('the episode does not fit in the range');
  const rng = new Prng('strategy-test-episodes', plan.seed);
  const offsets: number[] = [];
  const slack = totalSteps - count * width;
  if (slack >= 0) {
    if (plan.randomize) {
      // Stars and bars: N sorted draws from 0…slack are the free space before each window.
      const gaps = Array.from({ length: count }, () => rng.int(slack + 1)).sort((a, b) => a - b);
      gaps.forEach((gap, i) => offsets.push(gap + i * width));
    } else {
      for (let i = 0; i < count; i++) offsets.push(i * width);
    }
  } else {
    const last = totalSteps - width;
    if (plan.randomize) {
      offsets.push(...Array.from({ length: count }, () => rng.int(last + 1)).sort((a, b) => a - b));
    } else {
      for (let i = 0; i < count; i++) offsets.push(count === 1 ? 0 : Math.round((i * last) / (count - 1)));
    }
  }
  return offsets.map((o) => ({ start: first + o * stepMs, end: first + (o + width) * stepMs }));
}

/** The overlaps of two sorted lists of disjoint [start, end) ranges, sorted. */
export function intersectRanges(
  a: ReadonlyArray<{ start: number; end: number }>,
  b: ReadonlyArray<{ start: number; end: number }>,
): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i]!.start, b[j]!.start);
    const end = Math.min(a[i]!.end, b[j]!.end);
    if (start < end) out.push({ start, end });
    if (a[i]!.end < b[j]!.end) i++;
    else j++;
  }
  return out;
}
