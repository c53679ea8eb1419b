/** Knowledge base: entities, aliases, lookups. See `kb.ts`. */
export { aliasesOf, buildIndex, fuzzyKeys, getEntity, kbIndex, lookup, roleAt, spellingVariant, useKbFile } from './kb.ts';
export type { AliasEntry, KbIndex, LookupHit } from './kb.ts';
export { nameKey, wordKey } from './keys.ts';
export { transliterate } from './translit.ts';
export type { KbEntity, KbKind, KbRole } from './types.ts';
