import { describe, expect, it } from 'vitest';
import { OverridesError, addOverrideRule, applyOverrides, emptyOverrides, parseOverrides, resolve } from '../../src/resolve/index.js';
import type { OverrideRule, Overrides, Resolution } from '../../src/types.js';
import { analyses } from './fixture.js';

const corpus = analyses([
  {
    text: 'Vladimir Putin met Lavrov. The Pentagon and the US Department of Defense agreed. Putin left.',
    mentions: [['Vladimir Putin', 'person'], ['Lavrov', 'person'], ['Pentagon', 'organization'], ['US Department of Defense', 'organization'], ['Putin', 'person']],
  },
  { text: 'The Pentagon spoke. Yonhap reported it.', mentions: [['Pentagon', 'organization'], ['Yonhap', 'person']] },
]);

const rules = (...list: OverrideRule[]): Overrides => ({ format: 'comention-overrides', version: 1, rules: list });
const entity = (resolution: Resolution, key: string) => resolution.entities.find((e) => e.key === key);
const mentionsOf = (resolution: Resolution, key: string) => resolution.mentions.filter((m) => m.entity === key);

describe('overrides: each operation', () => {
  const automatic = resolve(corpus);

  it('starts from the automatic resolution the rules are written against', () => {
    expect(automatic.entities.map((e) => e.key).sort()).toEqual([
      'organization:pentagon',
      'organization:united-states-department-of-defense',
      'person:lavrov',
      'person:vladimir-putin',
      'person:yonhap',
    ]);
  });

  it('merge: every mention of `from` moves into `into`, and `from` is gone', () => {
    const merged = resolve(corpus, { overrides: rules({ op: 'merge', from: 'organization:pentagon', into: 'organization:united-states-department-of-defense' }) });
    expect(entity(merged, 'organization:pentagon')).toBeUndefined();
    expect(mentionsOf(merged, 'organization:united-states-department-of-defense').map((m) => m.text)).toEqual(['Pentagon', 'US Department of Defense', 'Pentagon']);
    expect(entity(merged, 'organization:united-states-department-of-defense')?.aliases).toEqual(['Pentagon', 'US Department of Defense']);
    expect(merged.mentions).toHaveLength(automatic.mentions.length);
  });

  it('split: mentions written as the alias leave for an entity of their own', () => {
    const split = resolve(corpus, { overrides: rules({ op: 'split', entity: 'person:vladimir-putin', alias: 'Putin' }) });
    expect(mentionsOf(split, 'person:vladimir-putin').map((m) => m.text)).toEqual(['Vladimir Putin']);
    expect(mentionsOf(split, 'person:putin').map((m) => m.text)).toEqual(['Putin']);
    expect(entity(split, 'person:putin')).toMatchObject({ label: 'Putin', type: 'person' });
  });

  it('rename: the label changes, the key stays', () => {
    const renamed = resolve(corpus, { overrides: rules({ op: 'rename', entity: 'organization:pentagon', label: 'The Pentagon (US)' }) });
    expect(entity(renamed, 'organization:pentagon')?.label).toBe('The Pentagon (US)');
  });

  it('retype: the entity, its key and its mentions change type', () => {
    const retyped = resolve(corpus, { overrides: rules({ op: 'retype', entity: 'person:yonhap', type: 'organization' }) });
    expect(entity(retyped, 'person:yonhap')).toBeUndefined();
    expect(entity(retyped, 'organization:yonhap')).toMatchObject({ type: 'organization', label: 'Yonhap' });
    expect(mentionsOf(retyped, 'organization:yonhap').map((m) => m.type)).toEqual(['organization']);
  });

  it('ignore: the entity and its mentions are dropped', () => {
    const ignored = resolve(corpus, { overrides: rules({ op: 'ignore', entity: 'person:lavrov' }) });
    expect(entity(ignored, 'person:lavrov')).toBeUndefined();
    expect(ignored.mentions.some((m) => m.text === 'Lavrov')).toBe(false);
    expect(ignored.mentions).toHaveLength(automatic.mentions.length - 1);
  });

  it('a later rule still finds an entity by the key it had before a merge or retype', () => {
    const chained = resolve(corpus, {
      overrides: rules(
        { op: 'merge', from: 'organization:pentagon', into: 'organization:united-states-department-of-defense' },
        { op: 'rename', entity: 'organization:pentagon', label: 'Department of Defense' },
        { op: 'retype', entity: 'person:yonhap', type: 'organization' },
        { op: 'rename', entity: 'person:yonhap', label: 'Yonhap News Agency' },
      ),
    });
    expect(entity(chained, 'organization:united-states-department-of-defense')?.label).toBe('Department of Defense');
    expect(entity(chained, 'organization:yonhap')?.label).toBe('Yonhap News Agency');
  });

  it('finds an entity by a key it had under another full name, never by a lone surname', () => {
    const grown = analyses([
      { text: 'Apple Computer sold Macs. Apple Computer grew.', mentions: [['Apple Computer', 'organization'], ['Apple Computer', 'organization']] },
      { text: 'Apple Inc. and Apple and Apple again. Vladimir Putin and Putin.', mentions: [['Apple Inc.', 'organization'], ['Apple', 'organization'], ['Apple', 'organization'], ['Vladimir Putin', 'person'], ['Putin', 'person']] },
    ]);
    const renamed = resolve(grown, {
      overrides: rules({ op: 'rename', entity: 'organization:apple-computer', label: 'Apple (the company)' }, { op: 'ignore', entity: 'person:putin' }),
    });
    expect(entity(renamed, 'organization:apple')?.label).toBe('Apple (the company)');
    expect(entity(renamed, 'person:vladimir-putin')).toBeDefined();
  });

  it('splits an alias as listed, possessives included', () => {
    const split = resolve(corpus, { overrides: rules({ op: 'split', entity: 'person:vladimir-putin', alias: 'Vladimir Putin' }) });
    expect(mentionsOf(split, 'person:vladimir-putin').map((m) => m.text)).toEqual(['Putin']);
    const possessive = resolve(analyses([{ text: 'Vladimir Putin and Putin’s aides.', mentions: [['Vladimir Putin', 'person'], ['Putin’s', 'person']] }]), {
      overrides: rules({ op: 'split', entity: 'person:vladimir-putin', alias: 'Putin' }),
    });
    expect(mentionsOf(possessive, 'person:putin').map((m) => m.text)).toEqual(['Putin’s']);
  });

  it('reports rules that name no entity of this build, and applies the rest', () => {
    const { resolution, unapplied } = applyOverrides(
      automatic,
      rules({ op: 'ignore', entity: 'person:nobody' }, { op: 'ignore', entity: 'person:lavrov' }, { op: 'split', entity: 'person:vladimir-putin', alias: 'Vlad' }),
    );
    expect(unapplied).toEqual([{ op: 'ignore', entity: 'person:nobody' }, { op: 'split', entity: 'person:vladimir-putin', alias: 'Vlad' }]);
    expect(entity(resolution, 'person:lavrov')).toBeUndefined();
  });

  it('does not change the resolution it is given', () => {
    const copy = structuredClone(automatic);
    applyOverrides(automatic, rules({ op: 'merge', from: 'organization:pentagon', into: 'organization:united-states-department-of-defense' }), );
    expect(automatic).toEqual(copy);
  });
});

describe('overrides: the file', () => {
  it('reads a valid file back as written', () => {
    const file = rules({ op: 'merge', from: 'a:x', into: 'a:y' }, { op: 'retype', entity: 'person:x', type: 'country' });
    expect(parseOverrides(JSON.stringify(file), 'comention.overrides.json')).toEqual(file);
    expect(parseOverrides(JSON.stringify(emptyOverrides()))).toEqual(emptyOverrides());
  });

  it.each([
    ['not JSON', '{"format": ', /not valid JSON/],
    ['not an object', '[]', /must hold an object/],
    ['another format', '{"format": "gephi", "version": 1, "rules": []}', /format "gephi"/],
    ['another version', '{"format": "comention-overrides", "version": 2, "rules": []}', /version 2/],
    ['no rules', '{"format": "comention-overrides", "version": 1}', /no "rules" array/],
    ['an unknown op', '{"format": "comention-overrides", "version": 1, "rules": [{"op": "mrege"}]}', /rule 1: unknown op "mrege"/],
    ['a missing field', '{"format": "comention-overrides", "version": 1, "rules": [{"op": "merge", "from": "a:b"}]}', /rule 1: "merge" needs a non-empty string "into"/],
    ['an unknown type', '{"format": "comention-overrides", "version": 1, "rules": [{"op": "retype", "entity": "a:b", "type": "place"}]}', /type "place" is not one of/],
    ['a merge into itself', '{"format": "comention-overrides", "version": 1, "rules": [{"op": "ignore", "entity": "a:b"}, {"op": "merge", "from": "a:b", "into": "a:b"}]}', /rule 2: merges "a:b" into itself/],
  ])('rejects %s with a typed, one-line error naming the file', (_what, json, message) => {
    let error: unknown;
    try {
      parseOverrides(json, 'corpus/comention.overrides.json');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(OverridesError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain('"corpus/comention.overrides.json"');
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('addOverrideRule', () => {
  it('returns a new object and leaves the old one alone', () => {
    const before = emptyOverrides();
    const after = addOverrideRule(before, { op: 'ignore', entity: 'person:x' });
    expect(before.rules).toEqual([]);
    expect(after.rules).toEqual([{ op: 'ignore', entity: 'person:x' }]);
  });

  it('starts a file when there is none, does not repeat a rule, and keeps one rename per entity', () => {
    let overrides = addOverrideRule(undefined, { op: 'rename', entity: 'person:x', label: 'X' });
    overrides = addOverrideRule(overrides, { op: 'ignore', entity: 'person:y' });
    overrides = addOverrideRule(overrides, { op: 'ignore', entity: 'person:y' });
    overrides = addOverrideRule(overrides, { op: 'rename', entity: 'person:x', label: 'Mr X' });
    expect(overrides).toEqual(rules({ op: 'ignore', entity: 'person:y' }, { op: 'rename', entity: 'person:x', label: 'Mr X' }));
  });

  it('rejects an invalid rule with a typed error', () => {
    expect(() => addOverrideRule(undefined, { op: 'retype', entity: 'person:x', type: 'place' as never })).toThrow(OverridesError);
  });
});
