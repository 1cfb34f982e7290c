import { describe, expect, it } from 'vitest';
import { scriptSafeCode } from '../../src/server/site.js';

describe('scriptSafeCode', () => {
  it.each([
    ["'</script><script>alert(1)</script>'"],
    ['`<!-- <script> -->`'],
    ["/<\\/SCRIPT>|<!--|<script/i.test('<!--')"],
    ["[/<script>/u.test('<script>'), '<Script'.length]"],
    ["'a<!--b'.split('<!--')"],
  ])('%s keeps its meaning and cannot end the element', (code) => {
    const safe = scriptSafeCode(code);
    expect(safe).not.toMatch(/<\/script|<!--|<script/i);
    expect((0, eval)(safe)).toEqual((0, eval)(code));
  });
});
