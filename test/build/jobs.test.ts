import { describe, expect, it } from 'vitest';
import { BYTES_PER_JOB, defaultJobs, MAX_DEFAULT_JOBS } from '../../src/workers/pool.js';

describe('defaultJobs', () => {
  it.each([
    ['an empty corpus', 0, 2, 1],
    ['a corpus under a megabyte', BYTES_PER_JOB - 1, 2, 1],
    ['1.5 MB on 2 cores', BYTES_PER_JOB * 1.5, 2, 1],
    ["5 MB on 2 cores: the second core is left to V8's compiler threads", BYTES_PER_JOB * 5, 2, 1],
    ['5 MB on 4 cores', BYTES_PER_JOB * 5, 4, 3],
    ['5 MB on 16 cores', BYTES_PER_JOB * 5, 16, 5],
    ['1 GB on 64 cores', BYTES_PER_JOB * 1024, 64, MAX_DEFAULT_JOBS],
    ['1 GB on 1 core', BYTES_PER_JOB * 1024, 1, 1],
  ])('gives %s: %d bytes, %d cores → %d', (_case, bytes, cores, expected) => {
    expect(defaultJobs(bytes, cores)).toBe(expected);
  });
});
