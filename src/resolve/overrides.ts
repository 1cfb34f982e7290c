/**
 * Curation rules (`comention.overrides.json`): parsed and validated here, applied to a finished Resolution.
 * Pure: reading and writing the file is the command line's and the server's business.
 *
 * Rules apply in order. A rule names entities by node key; after `merge` the old key and after `retype` the old
 * key still find the entity, so a later rule written against an earlier build keeps working.
 */
import { ENTITY_TYPES } from '../types.js';
import type { Entity, EntityType, OverrideRule, Overrides, Resolution, ResolvedMention } from '../types.js';
import { byCodeUnits, entityKey, looksLikeAcronym, organizationName, personName, stripEdges } from './names.js';
import { describeEntity } from './label.js';

/** A curation file that cannot be used. The message is one line that says where and how to fix it. */
export class OverridesError extends Error {
  override name = 'OverridesError';
  constructor(
    message: string,
    readonly source?: string,
  ) {
    super(message);
  }
}

export function emptyOverrides(): Overrides {
  return { format: 'comention-overrides', version: 1, rules: [] };
}

const OPS: ReadonlyArray<OverrideRule['op']> = ['merge', 'split', 'rename', 'retype', 'ignore'];
const FIELDS: Record<OverrideRule['op'], readonly string[]> = {
  merge: ['from', 'into'],
  split: ['entity', 'alias'],
  rename: ['entity', 'label'],
  retype: ['entity', 'type'],
  ignore: ['entity'],
};

/** Parses and validates an overrides file; throws OverridesError naming the file, the rule and the fix. */
export function parseOverrides(json: string, source = 'overrides'): Overrides {
  const fail = (why: string): never => {
    throw new OverridesError(`overrides: "${source}" ${why}`, source);
  };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    fail(`is not valid JSON (${(error as Error).message}); fix the syntax or delete the file`);
  }
  if (!isRecord(data)) return fail('must hold an object {"format": "comention-overrides", "version": 1, "rules": [...]}');
  if (data.format !== 'comention-overrides') fail(`has format ${JSON.stringify(data.format)}; expected "comention-overrides"`);
  if (data.version !== 1) fail(`has version ${JSON.stringify(data.version)}; this comention reads version 1`);
  if (!Array.isArray(data.rules)) return fail('has no "rules" array; add "rules": []');
  const rules = data.rules.map((rule: unknown, index: number) => validateRule(rule, (why) => fail(`rule ${index + 1}: ${why}`)));
  return { format: 'comention-overrides', version: 1, rules };
}

function validateRule(rule: unknown, fail: (why: string) => never): OverrideRule {
  if (!isRecord(rule)) return fail('must be an object with an "op"');
  const op = rule.op;
  if (typeof op !== 'string' || !(OPS as readonly string[]).includes(op)) {
    return fail(`unknown op ${JSON.stringify(op)}; use one of ${OPS.join(', ')}`);
  }
  const known = op as OverrideRule['op'];
  for (const field of FIELDS[known]) {
    const value = rule[field];
    if (typeof value !== 'string' || value.trim() === '') fail(`"${op}" needs a non-empty string "${field}"`);
  }
  const text = (field: string): string => (rule[field] as string).trim();
  switch (known) {
    case 'merge':
      if (text('from') === text('into')) fail(`merges "${text('from')}" into itself; remove the rule`);
      return { op: 'merge', from: text('from'), into: text('into') };
    case 'split':
      return { op: 'split', entity: text('entity'), alias: text('alias') };
    case 'rename':
      return { op: 'rename', entity: text('entity'), label: text('label') };
    case 'retype': {
      const type = text('type');
      if (!(ENTITY_TYPES as readonly string[]).includes(type)) fail(`type ${JSON.stringify(type)} is not one of ${ENTITY_TYPES.join(', ')}`);
      return { op: 'retype', entity: text('entity'), type: type as EntityType };
    }
    case 'ignore':
      return { op: 'ignore', entity: text('entity') };
  }
}

/**
 * A new Overrides with `rule` appended (the input is not touched). A rule equal to one already there is not
 * repeated, and a rename or retype replaces an earlier one of the same entity.
 */
export function addOverrideRule(overrides: Overrides | undefined, rule: OverrideRule): Overrides {
  const base = overrides ?? emptyOverrides();
  const checked = validateRule(rule, (why) => {
    throw new OverridesError(`overrides: cannot add rule: ${why}`);
  });
  const replaces = (existing: OverrideRule): boolean =>
    JSON.stringify(existing) === JSON.stringify(checked) ||
    (existing.op === checked.op && (checked.op === 'rename' || checked.op === 'retype') && 'entity' in existing && existing.entity === checked.entity);
  return { format: 'comention-overrides', version: 1, rules: [...base.rules.filter((existing) => !replaces(existing)), checked] };
}

export interface OverridesOutcome {
  resolution: Resolution;
  /** Rules that named no entity of this build (the corpus changed, or a typo), in file order. */
  unapplied: OverrideRule[];
}

/** Applies the rules to a resolution and returns a new one; the input is not changed. */
export function applyOverrides(resolution: Resolution, overrides: Overrides): OverridesOutcome {
  const entities = new Map<string, Entity>(resolution.entities.map((entity) => [entity.key, { ...entity, aliases: [...entity.aliases] }]));
  let mentions: ResolvedMention[] = resolution.mentions.map((mention) => ({ ...mention }));
  const renamed = new Set<string>();
  // Old key → current key, so rules written against an earlier build still find a merged or retyped entity.
  const redirect = new Map<string, string>();
  const byFullName = fullNameIndex(resolution.entities);
  const current = (key: string): string | undefined => {
    const seen = new Set<string>();
    let at = key;
    while (!entities.has(at)) {
      const next = redirect.get(at) ?? byFullName.get(at);
      if (next === undefined || seen.has(next)) return undefined;
      seen.add(at);
      at = next;
    }
    return at;
  };
  const move = (from: string, into: string, which: (mention: ResolvedMention) => boolean): void => {
    for (const mention of mentions) if (mention.entity === from && which(mention)) mention.entity = into;
  };
  const unapplied: OverrideRule[] = [];

  for (const rule of overrides.rules) {
    switch (rule.op) {
      case 'merge': {
        const from = current(rule.from);
        const into = current(rule.into);
        if (!from || !into) {
          unapplied.push(rule);
          break;
        }
        if (from === into) break;
        move(from, into, () => true);
        entities.delete(from);
        redirect.set(from, into);
        break;
      }
      case 'split': {
        const key = current(rule.entity);
        const entity = key ? entities.get(key) : undefined;
        // An alias as the explorer lists it: "Putin" also takes "Putin's".
        const alias = stripEdges(rule.alias);
        const matches = (mention: ResolvedMention): boolean => stripEdges(mention.text) === alias;
        if (!key || !entity || !mentions.some((mention) => mention.entity === key && matches(mention))) {
          unapplied.push(rule);
          break;
        }
        let newKey = entityKey(entity.type, rule.alias);
        for (let n = 2; entities.has(newKey); n++) newKey = `${entityKey(entity.type, rule.alias)}-${n}`;
        entities.set(newKey, { key: newKey, label: rule.alias, type: entity.type, aliases: [] });
        move(key, newKey, matches);
        break;
      }
      case 'rename': {
        const key = current(rule.entity);
        const entity = key ? entities.get(key) : undefined;
        if (!entity) {
          unapplied.push(rule);
          break;
        }
        entity.label = rule.label;
        renamed.add(entity.key);
        break;
      }
      case 'retype': {
        const key = current(rule.entity);
        const entity = key ? entities.get(key) : undefined;
        if (!key || !entity) {
          unapplied.push(rule);
          break;
        }
        if (entity.type === rule.type) break;
        const retyped = `${rule.type}:${key.slice(key.indexOf(':') + 1)}`;
        const target = entities.get(retyped);
        if (target) {
          // Another entity already holds that key: the retype is a merge into it.
          move(key, retyped, () => true);
        } else {
          entities.set(retyped, { ...entity, key: retyped, type: rule.type });
          move(key, retyped, () => true);
          if (renamed.has(key)) renamed.add(retyped);
        }
        entities.delete(key);
        redirect.set(key, retyped);
        break;
      }
      case 'ignore': {
        const key = current(rule.entity);
        if (!key) {
          unapplied.push(rule);
          break;
        }
        mentions = mentions.filter((mention) => mention.entity !== key);
        entities.delete(key);
        break;
      }
    }
  }

  for (const mention of mentions) {
    const entity = entities.get(mention.entity);
    if (entity) mention.type = entity.type;
  }
  // Labels and aliases follow the mentions an entity ended up with; a rename is the user's word and stays.
  const byEntity = new Map<string, ResolvedMention[]>();
  for (const mention of mentions) {
    const list = byEntity.get(mention.entity) ?? [];
    list.push(mention);
    byEntity.set(mention.entity, list);
  }
  const finished: Entity[] = [];
  for (const entity of entities.values()) {
    const own = byEntity.get(entity.key);
    if (!own) continue;
    const described = describeEntity(entity.type, own);
    finished.push({ ...entity, label: renamed.has(entity.key) ? entity.label : described.label, aliases: described.aliases });
  }
  finished.sort((a, b) => byCodeUnits(a.key, b.key));
  return { resolution: { entities: finished, mentions }, unapplied };
}

/**
 * Keys an entity could have had in an earlier build, from the full names it goes by ("organization:apple-computer"
 * for Apple when "Apple Computer" was once the most frequent name), so a rule survives the corpus growing. Only
 * full names: a lone surname or an acronym may have been a different entity then. A key two entities could
 * claim is left out.
 */
function fullNameIndex(entities: Entity[]): Map<string, string> {
  const index = new Map<string, string | null>();
  for (const entity of entities) {
    for (const alias of new Set([entity.label, ...entity.aliases])) {
      const name = entity.type === 'person' ? personName(alias).display : entity.type === 'organization' ? organizationName(alias).display : alias;
      const full = entity.type === 'person' ? name.split(/\s+/).length >= 2 : name !== '' && !looksLikeAcronym(name);
      if (!full) continue;
      const key = entityKey(entity.type, name);
      if (key === entity.key) continue;
      index.set(key, index.has(key) && index.get(key) !== entity.key ? null : entity.key);
    }
  }
  return new Map([...index].filter((entry): entry is [string, string] => entry[1] !== null));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
