/**
 * Near-duplicate documents: the same wire story printed by several outlets, lightly edited. Counting each copy
 * would multiply every co-mention in it, so the pipeline leaves the copies out of edge weights.
 *
 * Method: each document becomes the set of its word 4-shingles (lower-cased, letters and digits only); MinHash
 * signatures with banded LSH propose candidate pairs in about linear time; each candidate is then checked exactly
 * by the overlap of the two shingle sets, `|A ∩ B| / min(|A|, |B|)`, which stays high when one outlet trimmed or
 * extended the story.
 *
 * Written here rather than taken from npm: the packages on offer are either unmaintained toys (`minhash`, 2015)
 * or a bundle of probabilistic structures with seven runtime dependencies (`bloom-filters`) for what is fifty
 * lines, and neither does the exact check or grouping of copies that decides the result.
 */

export interface NearDuplicateOptions {
  /**
   * Least share of the shorter document's word 4-shingles that the other must also contain, in (0, 1];
   * 0.5 by default. Rewritten copies of one story score about 0.7, different stories on one topic under 0.15.
   */
  threshold?: number;
}

export const DEFAULT_DUPLICATE_THRESHOLD = 0.5;
const SHINGLE_WORDS = 4;
/** Fewer shingles than this is too little text to call two documents copies (a headline, a caption). */
const MIN_SHINGLES = 8;
const BANDS = 64;
const ROWS = 2;

/** A threshold outside (0, 1]. */
export class DuplicateThresholdError extends RangeError {
  constructor(threshold: number) {
    super(`graph: near-duplicate threshold ${threshold} is out of range (give a share between 0 and 1, e.g. 0.5)`);
    this.name = 'DuplicateThresholdError';
  }
}

/**
 * A document, by its text or by its `shingles(text)` computed earlier: a build that streams documents keeps the
 * shingles (src/build.ts) and drops the text.
 */
export type NearDuplicateInput =
  | { id: string; text: string }
  | {
      id: string;
      shingles: Iterable<number>;
      /** `minHashSignature(shingles)` kept from an earlier build (src/build.ts caches it): saves most of the work. */
      signature?: ArrayLike<number>;
    };

/**
 * Finds near-duplicate documents. Each group of copies keeps the document that comes first in `docs` as the
 * original (sort by date first to keep the earliest), and every other member maps to it.
 * @returns copy id → original id; documents with no copy are absent.
 */
export function findNearDuplicates(docs: NearDuplicateInput[], options: NearDuplicateOptions = {}): Map<string, string> {
  const threshold = options.threshold ?? DEFAULT_DUPLICATE_THRESHOLD;
  if (!(threshold > 0 && threshold <= 1)) throw new DuplicateThresholdError(threshold);

  const shingleSets = docs.map((d) => ('text' in d ? shingles(d.text) : new Set(d.shingles)));
  const signatures: ArrayLike<number>[] = [];
  // Union-find whose root is always the smallest index: the first document of a group is its original.
  const parent = docs.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  // LSH buckets hold one document per group of copies: a thousand reprints of one story cost a thousand
  // checks, not half a million.
  const buckets = new Map<string, number[]>();
  // Which document last checked each one, instead of a Set per document: the bucket scan below is the hot loop.
  const checkedBy = new Int32Array(docs.length).fill(-1);
  shingleSets.forEach((set, index) => {
    if (set.size < MIN_SHINGLES) return;
    const given = docs[index]!;
    const signature = 'signature' in given && given.signature?.length === SEEDS.length ? given.signature : minHash(set);
    signatures[index] = signature;
    const bandKeys: string[] = [];
    for (let band = 0; band < BANDS; band++) {
      let key = `${band}:${signature[band * ROWS]}`;
      for (let row = 1; row < ROWS; row++) key += `,${signature[band * ROWS + row]}`;
      bandKeys.push(key);
      for (const other of buckets.get(key) ?? []) {
        if (checkedBy[other] === index || root(other) === root(index)) continue;
        checkedBy[other] = index;
        if (!plausible(signatures[other]!, signature, shingleSets[other]!.size, set.size, threshold)) continue;
        if (overlap(shingleSets[other]!, set) < threshold) continue;
        const [ra, rb] = [root(other), root(index)];
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }
    for (const key of bandKeys) {
      const bucket = buckets.get(key);
      if (!bucket) buckets.set(key, [index]);
      else if (!bucket.some((other) => root(other) === root(index))) bucket.push(index);
    }
  });

  const copies = new Map<string, string>();
  docs.forEach((doc, i) => {
    const original = root(i);
    if (original !== i) copies.set(doc.id, docs[original]!.id);
  });
  return copies;
}

/**
 * Whether the signatures leave the pair a chance of reaching the threshold: the share of equal MinHash slots
 * estimates Jaccard, and an overlap of `threshold` on sets of these sizes needs Jaccard of at least
 * `t·min / (|A| + |B| − t·min)`. The margin is four standard errors of the estimate, so the exact check that
 * follows, not this guess, decides.
 */
function plausible(a: ArrayLike<number>, b: ArrayLike<number>, sizeA: number, sizeB: number, threshold: number): boolean {
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  const estimate = equal / a.length;
  const shared = threshold * Math.min(sizeA, sizeB);
  const needed = shared / (sizeA + sizeB - shared);
  return estimate >= needed - 4 * Math.sqrt((needed * (1 - needed)) / a.length) - 1 / a.length;
}

/** Hashes of the document's word 4-shingles. */
export function shingles(text: string): Set<number> {
  const words = text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const set = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) set.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return set;
}

/** `|A ∩ B| / min(|A|, |B|)`. */
export function overlap(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / small.size;
}

/** 32-bit FNV-1a over UTF-16 code units. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Fixed seeds, one per hash function, so signatures and hence results never vary between runs. */
const SEEDS = Array.from({ length: BANDS * ROWS }, (_, i) => mix(i + 1));

/** The document's MinHash signature, for callers that keep it between builds (see NearDuplicateInput). */
export function minHashSignature(shingleHashes: Iterable<number>): number[] {
  return minHash(new Set(shingleHashes));
}

function minHash(set: Set<number>): number[] {
  // Hash function outermost, over a typed array: twice as fast as the other way round, and this loop is the cost.
  const values = Uint32Array.from(set);
  const signature = new Array<number>(SEEDS.length);
  for (let i = 0; i < SEEDS.length; i++) {
    const seed = SEEDS[i]!;
    let least = 0xffffffff;
    for (let j = 0; j < values.length; j++) {
      const h = mix(values[j]! ^ seed);
      if (h < least) least = h;
    }
    signature[i] = least;
  }
  return signature;
}

/** murmur3's 32-bit finaliser: a cheap, well-spread permutation of 32-bit integers. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}
