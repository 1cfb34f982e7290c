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

  // Sorted typed arrays rather than Sets: a tenth of the memory, and the exact check is a merge of two of them.
  const shingleSets = docs.map((d) => ('text' in d ? shingleHashes(d.text) : sortedDistinct(d.shingles)));
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
    if (set.length < MIN_SHINGLES) return;
    const given = docs[index]!;
    const signature = 'signature' in given && given.signature?.length === SEEDS.length ? given.signature : minHashOf(set);
    signatures[index] = signature;
    const bandKeys: string[] = [];
    for (let band = 0; band < BANDS; band++) {
      let key = `${band}:${signature[band * ROWS]}`;
      for (let row = 1; row < ROWS; row++) key += `,${signature[band * ROWS + row]}`;
      bandKeys.push(key);
      for (const other of buckets.get(key) ?? []) {
        if (checkedBy[other] === index || root(other) === root(index)) continue;
        checkedBy[other] = index;
        if (!plausible(signatures[other]!, signature, shingleSets[other]!.length, set.length, threshold)) continue;
        if (sortedOverlap(shingleSets[other]!, set) < threshold) continue;
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
 * What a pass remembers for the next build: its documents in order (id and a key of the content, which decides the
 * shingles), the threshold, and the copies it found.
 */
export interface NearDuplicateRecord {
  threshold: number;
  documents: [id: string, content: string][];
  copies: [copy: string, original: string][];
}

/** A document as nearDuplicatesAfterAdding takes it: its shingles, signature and content key. */
export type KeyedNearDuplicateInput = { id: string; content: string; shingles: Uint32Array; signature?: ArrayLike<number> };

/**
 * Band comparisons (added documents × documents × bands) beyond which a full pass is run instead: adding a few
 * hundred documents to ten thousand is still far cheaper this way.
 */
const MAX_ADDED_SCAN = 1e8;

/**
 * What findNearDuplicates(docs) returns, worked out from the record of an earlier pass when `docs` are that pass's
 * documents, unchanged and in the same order, with others added anywhere among them, and no added document comes
 * close to any other: then the earlier copies are the answer. Undefined when that does not hold (a document gone or
 * edited, an added one that may be a copy, another threshold): run findNearDuplicates.
 *
 * Why the answer is the same: the full pass unites only pairs that share a band and pass both checks (plausible,
 * then the exact overlap). Each added document is checked here against every document it shares a band with, a
 * superset of the pairs the full pass would check it against. When none passes, the full pass never unites an added
 * document: it stays a group of its own, fails every check it takes part in, and a bucket turns a document away only
 * for one of its own group, so the other documents are grouped exactly as they were without it.
 */
export function nearDuplicatesAfterAdding(
  docs: KeyedNearDuplicateInput[],
  previous: NearDuplicateRecord,
  options: NearDuplicateOptions = {},
): Map<string, string> | undefined {
  const threshold = options.threshold ?? DEFAULT_DUPLICATE_THRESHOLD;
  if (previous.threshold !== threshold) return undefined;
  const added: number[] = [];
  let matched = 0;
  for (const [index, doc] of docs.entries()) {
    const next = previous.documents[matched];
    if (next && next[0] === doc.id && next[1] === doc.content) matched++;
    else added.push(index);
  }
  if (matched !== previous.documents.length) return undefined;
  if (added.length * docs.length * BANDS > MAX_ADDED_SCAN) return undefined;
  const sets = docs.map((doc) => sortedDistinct(doc.shingles));
  const signatureOf = (index: number): ArrayLike<number> => {
    const given = docs[index]!.signature;
    return given?.length === SEEDS.length ? given : minHashOf(sets[index]!);
  };
  const signatures = docs.map((_, index) => (sets[index]!.length < MIN_SHINGLES ? undefined : signatureOf(index)));
  for (const index of added) {
    const signature = signatures[index];
    if (signature === undefined) continue;
    for (const [other, theirs] of signatures.entries()) {
      if (theirs === undefined || other === index || !sharesBand(signature, theirs)) continue;
      if (plausible(theirs, signature, sets[other]!.length, sets[index]!.length, threshold) && sortedOverlap(sets[other]!, sets[index]!) >= threshold) {
        return undefined;
      }
    }
  }
  return new Map(previous.copies);
}

/** The record of a pass over `docs` that found `copies`, for nearDuplicatesAfterAdding in the next build. */
export function nearDuplicateRecord(docs: { id: string; content: string }[], copies: Map<string, string>, options: NearDuplicateOptions = {}): NearDuplicateRecord {
  return { threshold: options.threshold ?? DEFAULT_DUPLICATE_THRESHOLD, documents: docs.map((doc) => [doc.id, doc.content]), copies: [...copies] };
}

/** Whether two signatures fall into one LSH bucket in some band, as findNearDuplicates buckets them. */
function sharesBand(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  for (let band = 0; band < BANDS; band++) {
    let row = 0;
    while (row < ROWS && a[band * ROWS + row] === b[band * ROWS + row]) row++;
    if (row === ROWS) return true;
  }
  return false;
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
  return new Set(shingleHashes(text));
}

/** Word characters below 128: ASCII letters and digits. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, code) => (/[A-Za-z0-9]/.test(String.fromCharCode(code)) ? 1 : 0));
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
/** Whether a code point above 127 is a letter or digit, remembered: a corpus uses few of them. */
const wideWords = new Map<number, boolean>();
function isWideWord(codePoint: number): boolean {
  let known = wideWords.get(codePoint);
  if (known === undefined) wideWords.set(codePoint, (known = WORD_CHARACTER.test(String.fromCodePoint(codePoint))));
  return known;
}

/**
 * `shingles(text)` as a sorted typed array of distinct hashes: what a streaming build keeps and a worker sends.
 * Words are the runs of `[\p{L}\p{N}]` of the NFKC, lower-cased text, hashed in place rather than sliced and
 * joined: the same hashes at a third of the cost, and extraction pays it for every document.
 */
export function shingleHashes(text: string): Uint32Array {
  const lower = text.normalize('NFKC').toLowerCase();
  // Start and end of each word; a word takes at least one character and a separator, so length + 1 pairs suffice.
  const bounds = new Int32Array(lower.length + 2);
  let words = 0;
  let start = -1;
  for (let i = 0; i < lower.length; ) {
    const code = lower.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const word = code < 128 ? ASCII_WORD[code] === 1 : isWideWord(code);
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      bounds[words * 2] = start;
      bounds[words * 2 + 1] = i;
      words++;
      start = -1;
    }
    i += width;
  }
  if (start >= 0) {
    bounds[words * 2] = start;
    bounds[words * 2 + 1] = lower.length;
    words++;
  }
  const hashes = new Uint32Array(Math.max(0, words - SHINGLE_WORDS + 1));
  for (let first = 0; first < hashes.length; first++) {
    // 32-bit FNV-1a over the UTF-16 code units of the shingle's words joined by single spaces, without that string.
    let hash = 0x811c9dc5;
    for (let w = first; w < first + SHINGLE_WORDS; w++) {
      if (w > first) hash = Math.imul(hash ^ 0x20, 0x01000193);
      const end = bounds[w * 2 + 1]!;
      for (let k = bounds[w * 2]!; k < end; k++) hash = Math.imul(hash ^ lower.charCodeAt(k), 0x01000193);
    }
    hashes[first] = hash >>> 0;
  }
  return distinct(hashes.sort());
}

/** The values sorted, without repeats; a typed array that already is so is returned as it is. */
function sortedDistinct(values: Iterable<number>): Uint32Array {
  if (values instanceof Uint32Array && isSortedDistinct(values)) return values;
  return distinct(Uint32Array.from(values).sort());
}

function isSortedDistinct(values: Uint32Array): boolean {
  for (let i = 1; i < values.length; i++) if (values[i - 1]! >= values[i]!) return false;
  return true;
}

/** Drops repeats from a sorted array, in place; returns the part that holds the distinct values. */
function distinct(sorted: Uint32Array): Uint32Array {
  let kept = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[kept - 1]) sorted[kept++] = sorted[i]!;
  return kept === sorted.length ? sorted : sorted.slice(0, kept);
}

/** `|A ∩ B| / min(|A|, |B|)`. */
export function overlap(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / small.size;
}

/** `overlap` of two sorted arrays of distinct values. */
function sortedOverlap(a: Uint32Array, b: Uint32Array): number {
  const smaller = Math.min(a.length, b.length);
  if (smaller === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / smaller;
}

/** Fixed seeds, one per hash function, so signatures and hence results never vary between runs. */
const SEEDS = Uint32Array.from({ length: BANDS * ROWS }, (_, i) => mix(i + 1));

/** The document's MinHash signature, for callers that keep it between builds (see NearDuplicateInput). */
export function minHashSignature(shingleHashes: Iterable<number>): number[] {
  return Array.from(minHashOf(sortedDistinct(shingleHashes)));
}

/**
 * The MinHash signature of distinct shingle hashes (`shingleHashes(text)`), as a typed array: one slot per seed,
 * the least of `mix(hash ^ seed)` over the shingles.
 */
export function minHashOf(values: Uint32Array): Uint32Array {
  const signature = new Uint32Array(SEEDS.length);
  // Hash function outermost, over a typed array: twice as fast as the other way round, and this loop is the cost.
  // mix() is written out and compared as signed numbers with the top bit flipped (the same order as unsigned),
  // which keeps every value a small integer to V8: a third faster.
  for (let i = 0; i < SEEDS.length; i++) {
    const seed = SEEDS[i]!;
    let least = 0x7fffffff;
    for (let j = 0; j < values.length; j++) {
      let x = values[j]! ^ seed;
      x ^= x >>> 16;
      x = Math.imul(x, 0x85ebca6b);
      x ^= x >>> 13;
      x = Math.imul(x, 0xc2b2ae35);
      x = (x ^ (x >>> 16) ^ 0x80000000) | 0;
      if (x < least) least = x;
    }
    signature[i] = (least ^ 0x80000000) >>> 0;
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
