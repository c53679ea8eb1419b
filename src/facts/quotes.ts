/**
 * Quotes with their speakers.
 *
 * Direct quotes: text between quotation marks (“ ” « » „ and straight " pairs). An opening
 * mark with no closing mark in its paragraph (or followed by another opening mark) is
 * ended at the end of the paragraph. Short quoted names (`“متحدون 2024”`, fewer than four
 * words, no reporting verb next to them) are titles, not quotes.
 *
 * Reported speech: a reporting verb, an optional speaker, then a complementizer or a colon
 * (`قال علييف إن ...`, `وأضاف أن ...`, `وأشار إلى أن ...`, `قال الوزير: ...`); a verb with
 * `بذلك` after it points back at the previous sentence (`صرح بذلك الرئيس ...`); and
 * attributions (`حسب الوزارة`, `وفقا لـ ...`, `نقلا عن ...`). The content runs to the end of
 * the sentence.
 *
 * Speakers: a PER/ORG entity in the speaker slot when an `entities` layer is present; else
 * the phrase in the slot when it names a role (`المتحدث باسم الوزارة`) or looks like a
 * name; a missing subject (`وأضاف أن`) takes the previous speaker. A slot that is neither
 * (machine-translation word salad) gives no speaker rather than an invented one.
 */
import type { Entity, Token } from '../core/doc.ts';
import {
  ATTRIBUTIONS,
  COMPLEMENTIZERS,
  NON_SPEAKERS,
  PARTICIPLES,
  RELATION_NOUNS,
  PRONOUN_SPEAKERS,
  ROLE_NOUNS,
  SPEAKER_STOPS,
  reportingVerb,
} from './reporting.ts';

export interface Speaker {
  text: string;
  start?: number;
  end?: number;
  id?: string;
  type?: string;
  /** How it was found: named in the slot, a role phrase, or carried over from the previous quote. */
  source: 'entity' | 'name' | 'role' | 'previous';
}

export interface Quote {
  start: number;
  end: number;
  text: string;
  kind: 'direct' | 'indirect';
  speaker: Speaker | null;
  trigger: { start: number; end: number; text: string } | null;
}

export interface QuoteInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly { start: number; end: number; tokenStart: number; tokenEnd: number; kind?: string }[];
  entities?: readonly Entity[];
}

/** A role or organisation noun, with or without a clitic or the article (`لمصادر`, `السكان`, `للوزارة`). */
function isRoleWord(w: string): boolean {
  const forms = [w, w.replace(/^[وفبل]/, ''), w.replace(/^ل/, 'ا'), w.replace(/^ال/, ''), w.replace(/^[وف]?لل/, 'ال')];
  return forms.some((f) => ROLE_NOUNS.has(f) || ROLE_NOUNS.has(f.replace(/^ال/, '')));
}

const OPEN = new Set(['“', '«', '„', '‹']);
const CLOSE_OF: Record<string, string[]> = { '“': ['”', '“'], '«': ['»'], '„': ['“', '”'], '‹': ['›'] };
const STRAIGHT = new Set(['"', '＂']);

export function findQuotes(input: QuoteInput): Quote[] {
  const { text, tokens, sentences } = input;
  const n = tokens.length;
  const ents = (input.entities ?? []).filter((e) => e.type === 'PER' || e.type === 'ORG');
  const nm = (i: number) => tokens[i]?.norm ?? '';
  const sentIdx = new Int32Array(n).fill(-1);
  sentences.forEach((s, si) => {
    for (let k = s.tokenStart; k < s.tokenEnd && k < n; k++) sentIdx[k] = si;
  });
  const paraEnd = (pos: number) => {
    const e = text.indexOf('\n', pos);
    return e < 0 ? text.length : e;
  };
  const trimEnd = (s: number, e: number) => {
    while (e > s && /[\s.،,؛;:!?؟]/.test(text[e - 1]!)) e--;
    return e;
  };
  const span = (s: number, e: number) => ({ start: s, end: e, text: text.slice(s, e) });
  const out: Quote[] = [];
  const directRanges: [number, number][] = [];
  let directFlags: Uint8Array | null = null; // per token, built once the direct quotes are known
  const inDirect = (tok: number) => directFlags![tok] === 1;

  // ---- speaker slot: tokens [a, b) between the verb and the complementizer
  function speakerIn(a: number, b: number): Speaker | null | 'none' {
    // a quoted name (`"يويفا"`): drop the marks around it
    if (tokens[a]?.kind === 'quote') {
      a++;
      let k = a;
      while (k < b && tokens[k]!.kind !== 'quote') k++;
      if (k < b) b = k;
    }
    // Cut at words that end a speaker phrase (`خلال`, `في`, `لوكالة` ...).
    let e = a;
    while (e < b) {
      const t = tokens[e]!;
      if (t.kind === 'punct' || t.kind === 'quote' || t.kind === 'number') break;
      if (e > a && (reportingVerb(t.norm) || COMPLEMENTIZERS.has(t.norm))) break;
      if (e > a && SPEAKER_STOPS.has(t.norm)) {
        // `عدد من المسؤولين`, `مسؤول في الوزارة`: a partitive or an affiliation that names people stays in
        const nx = tokens[e + 1];
        if ((t.norm === 'من' || t.norm === 'في') && nx && nx.kind === 'word' && isRoleWord(nx.norm) && e + 1 < b) {
          e += 2;
          continue;
        }
        break;
      }
      if (e === a && SPEAKER_STOPS.has(t.norm)) return 'none';
      e++;
    }
    if (e === a) return 'none';
    // `تقارير`, `النتائج`, `دراسة`: a source that is no person or organisation
    if (NON_SPEAKERS.has(nm(a)) || NON_SPEAKERS.has(nm(a).replace(/^[وفبل]/, ''))) return null;
    const s0 = tokens[a]!.start;
    const e0 = tokens[e - 1]!.end;
    if (PRONOUN_SPEAKERS.has(nm(a)) && e === a + 1) return 'none';
    // `عائلة زينب`, `محامي المتهم`: the relation speaks, not the person named after it
    if (RELATION_NOUNS.has(nm(a)) && e - a <= 6) return { text: text.slice(s0, e0), start: s0, end: e0, source: 'role' };
    if (ents.length) {
      const inside = ents.filter((x) => x.start >= s0 && x.end <= e0);
      const pick = inside.find((x) => x.type === 'PER') ?? inside.find((x) => x.type === 'ORG');
      if (pick) {
        const sp: Speaker = { text: text.slice(pick.start, pick.end), start: pick.start, end: pick.end, source: 'entity', type: pick.type };
        if (typeof pick.id === 'string') sp.id = pick.id;
        return sp;
      }
    }
    const words = tokens.slice(a, e);
    const isRole = words.some((w) => isRoleWord(w.norm));
    if (isRole && e - a <= 8) return { text: text.slice(s0, e0), start: s0, end: e0, source: 'role' };
    // A country speaking stands for its government (`وقالت روسيا إن`).
    const country = (input.entities ?? []).find((x) => x.start >= s0 && x.end <= e0 && x.kind === 'country');
    if (country && e0 - s0 <= country.end - country.start + 2) {
      const sp: Speaker = { text: text.slice(country.start, country.end), start: country.start, end: country.end, source: 'entity', type: country.type };
      if (typeof country.id === 'string') sp.id = country.id;
      return sp;
    }
    // A name the entity layer missed: one to four words, no article on the first (names rarely
    // take `ال`, and word salad such as `السفن` does), and no place inside.
    const otherEntity = (input.entities ?? []).some((x) => x.start < e0 && x.end > s0);
    if (!otherEntity && e - a <= 4 && words.every((w) => w.kind === 'word' || w.kind === 'latin') && !text.startsWith('ال', s0)) {
      return { text: text.slice(s0, e0), start: s0, end: e0, source: 'name' };
    }
    return null;
  }

  // Previous speaker (for `وأضاف` and an unnamed subject), by position.
  const speakersByPos: { pos: number; sp: Speaker }[] = [];
  function previousSpeaker(pos: number): Speaker | null {
    let best: { pos: number; sp: Speaker } | null = null;
    for (const x of speakersByPos) if (x.pos < pos && (!best || x.pos > best.pos)) best = x;
    if (best && pos - best.pos < 2500) return { ...best.sp, source: 'previous' };
    // Else the last person entity before the position (the article's main actor).
    const per = ents.filter((e) => e.type === 'PER' && e.end <= pos).at(-1);
    if (per && pos - per.end < 1500) {
      const sp: Speaker = { text: text.slice(per.start, per.end), start: per.start, end: per.end, source: 'previous', type: 'PER' };
      if (typeof per.id === 'string') sp.id = per.id;
      return sp;
    }
    return null;
  }
  /** A verb without a subject after it: the nearest person/organisation before it in its sentence. */
  function subjectBefore(verbTok: number): Speaker | null {
    const si = sentIdx[verbTok]!;
    if (si < 0) return null;
    const sStart = sentences[si]!.start;
    const vStart = tokens[verbTok]!.start;
    let best: Entity | undefined;
    // Arabic puts the subject right after the first verb: the first person/organisation of the sentence
    for (const e of ents) if (e.start >= sStart && e.end <= vStart && (!best || e.start < best.start)) best = e;
    // or a role phrase before the entity (`غير أن الاتحاد المصري لكرة القدم قال`)
    for (let k = Math.max(sentences[si]!.tokenStart, verbTok - 7); k < verbTok; k++) {
      if (best && tokens[k]!.start >= best.start) break;
      if (tokens[k]!.kind === 'word' && isRoleWord(nm(k))) {
        let e = k + 1;
        while (e < verbTok && e < k + 5 && tokens[e]!.kind === 'word' && !SPEAKER_STOPS.has(nm(e)) && !reportingVerb(nm(e))) e++;
        return { text: text.slice(tokens[k]!.start, tokens[e - 1]!.end), start: tokens[k]!.start, end: tokens[e - 1]!.end, source: 'role' };
      }
    }
    if (!best) return null;
    const sp: Speaker = { text: text.slice(best.start, best.end), start: best.start, end: best.end, source: 'entity', type: best.type };
    if (typeof best.id === 'string') sp.id = best.id;
    return sp;
  }
  const remember = (pos: number, sp: Speaker | null) => {
    if (sp && sp.source !== 'previous') speakersByPos.push({ pos, sp });
    else if (sp) speakersByPos.push({ pos, sp: { ...sp } });
  };

  // ---- 1. direct quotes
  const pending: { q: Quote; open: number; close: number }[] = [];
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'quote') continue;
    const ch = text[t.start]!;
    let closeTok = -1;
    const pEnd = paraEnd(t.start);
    if (OPEN.has(ch)) {
      const closers = CLOSE_OF[ch]!;
      for (let k = i + 1; k < n && tokens[k]!.start < pEnd; k++) {
        const c = text[tokens[k]!.start]!;
        if (tokens[k]!.kind !== 'quote') continue;
        if (closers.includes(c)) {
          closeTok = k;
          break;
        }
        if (OPEN.has(c)) break;
      }
      // `“ ... “` : a second opening mark used as the closing one, only when it ends the text run
      if (closeTok >= 0 && text[tokens[closeTok]!.start] === '“' && ch === '“') {
        const nx = tokens[closeTok + 1];
        const closesHere = !nx || nx.kind === 'punct' || text.slice(tokens[closeTok]!.end, nx.start).includes('\n') || !/\s/.test(text[tokens[closeTok]!.start - 1] ?? ' ') ;
        if (!closesHere) closeTok = -1;
      }
    } else if (STRAIGHT.has(ch)) {
      for (let k = i + 1; k < n && tokens[k]!.start < pEnd; k++) {
        if (tokens[k]!.kind === 'quote' && STRAIGHT.has(text[tokens[k]!.start]!)) {
          closeTok = k;
          break;
        }
      }
      if (closeTok < 0) continue; // an unpaired straight mark is noise
    } else continue;
    const i0 = i;
    const s = t.end;
    const e = closeTok >= 0 ? tokens[closeTok]!.start : trimEnd(s, pEnd);
    const inner = text.slice(s, e).trim();
    const lead = text.slice(s, e).length - text.slice(s, e).trimStart().length;
    const qs = s + lead;
    const qe = qs + inner.length;
    const wordCount = inner.split(/\s+/).filter(Boolean).length;
    const lastTok = closeTok >= 0 ? closeTok : tokensBefore(qe);
    // The marks are consumed whatever is decided below, so a closing mark never opens the next quote.
    i = Math.max(i, lastTok);
    if (!inner) continue;
    // a reporting verb (or participle) before the marks in the same sentence, or one right after them
    let verbBefore = -1;
    for (let k = i0 - 1; k >= 0 && k >= i0 - 30; k--) {
      if (sentIdx[k] !== sentIdx[i0] || tokens[k]!.kind === 'quote') break;
      if (reportingVerb(nm(k)) || PARTICIPLES.has(nm(k))) {
        verbBefore = k;
        break;
      }
    }
    let verbAfter = -1;
    if (closeTok >= 0) {
      for (let k = closeTok + 1; k < n && k <= closeTok + 3 && sentIdx[k] === sentIdx[closeTok]; k++) {
        if (reportingVerb(nm(k)) || ATTRIBUTIONS.has(nm(k))) {
          verbAfter = k;
          break;
        }
        if (tokens[k]!.kind !== 'punct' || /^[.!?؟…]+$/.test(tokens[k]!.norm)) break;
      }
    }
    const prevTok = tokens[i0 - 1];
    // `وصفه بأنه "..."`, `يعتقد أنها "..."`: a complementizer introduces a quote only after a reporting verb
    const introduced =
      !!prevTok &&
      (prevTok.norm === ':' || reportingVerb(prevTok.norm) !== null || PARTICIPLES.has(prevTok.norm) || (COMPLEMENTIZERS.has(prevTok.norm) && verbBefore >= 0));
    const paraStart = !prevTok || text.slice(prevTok.end, t.start).includes('\n');
    // `وقال "يويفا" إنه`, `قال "يويفا" لبي بي سي`: a quoted name in the speaker slot
    const nextTok = closeTok >= 0 ? tokens[closeTok + 1] : undefined;
    if (wordCount < 4 && nextTok && nextTok.kind === 'word' && (COMPLEMENTIZERS.has(nextTok.norm) || /^(الي|علي|في)$/.test(nextTok.norm) || /^ل(بي|وكاله|صحيفه|قناه|موقع)/.test(nextTok.norm))) continue;
    // Quoted names, titles and scare quotes are not quotes: a quote is introduced (`قال:`, `إن "`),
    // followed by a verb (`"..."، قال`), a long stretch after a verb in its sentence, or a paragraph of its own.
    // `وهنا يجب أن نسأل: "...؟"`: the writer's own question, not a quotation
    const question = /[؟?]$/.test(inner) && verbBefore < 0 && verbAfter < 0;
    const ok = !question && (verbAfter >= 0 || introduced || (verbBefore >= 0 && wordCount >= 4) || (paraStart && wordCount >= 4));
    if (!ok) continue;
    directRanges.push([t.start, closeTok >= 0 ? tokens[closeTok]!.end : qe]);
    const q: Quote = { ...span(qs, qe), kind: 'direct', speaker: null, trigger: null };
    pending.push({ q, open: i0, close: lastTok });
    (q as Quote & { _vb?: number; _va?: number })._vb = verbBefore;
    (q as Quote & { _vb?: number; _va?: number })._va = verbAfter;
  }

  function tokensBefore(pos: number): number {
    let k = 0;
    while (k < n && tokens[k]!.end <= pos) k++;
    return Math.max(0, k - 1);
  }

  directFlags = new Uint8Array(n);
  {
    let r = 0;
    for (let k = 0; k < n; k++) {
      const p = tokens[k]!.start;
      while (r < directRanges.length && directRanges[r]![1] <= p) r++;
      if (r < directRanges.length && p >= directRanges[r]![0]) directFlags[k] = 1;
    }
  }

  // ---- 2. reported speech
  const indirect: { q: Quote; verbTok: number; slot: [number, number]; continuation: boolean }[] = [];
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || inDirect(i)) continue;
    const verb = reportingVerb(t.norm) ?? (PARTICIPLES.has(t.norm) ? t.norm : null);
    const si = sentIdx[i]!;
    const sent = si >= 0 ? sentences[si]! : null;
    const sEndTok = sent ? sent.tokenEnd : n;
    // `يذكر أن`, `يشار إلى أن`: editorial background, not reported speech
    if (verb && /^(يذكر|ويذكر|يشار|ويشار)$/.test(t.norm)) continue;
    if (verb) {
      // `صرح بذلك X`: the previous sentence is what was said.
      if ((nm(i + 1) === 'بذلك' || nm(i + 1) === 'بهذا' || nm(i + 1) === 'ذلك') && sent && si > 0) {
        const prev = sentences[si - 1]!;
        if (prev.kind !== 'headline' && text.slice(prev.end, sent.start).indexOf('\n') < 0) {
          const sp = speakerIn(i + 2, sEndTok);
          const qs = prev.start;
          const qe = trimEnd(prev.start, prev.end);
          if (sp !== 'none' && qe > qs) {
            indirect.push({ q: { ...span(qs, qe), kind: 'indirect', speaker: sp, trigger: span(t.start, tokens[i + 1]!.end) }, verbTok: i, slot: [i + 2, i + 2], continuation: false });
            continue;
          }
        }
      }
      // verb [speaker] [إلى|على] (أن|إن|:) content
      let k = i + 1;
      let comp = -1;
      for (; k < sEndTok && k <= i + 12; k++) {
        const w = nm(k);
        if (tokens[k]!.kind === 'punct' && w === ':') {
          comp = k;
          break;
        }
        if (COMPLEMENTIZERS.has(w)) {
          comp = k;
          break;
        }
        if (tokens[k]!.kind === 'punct' && w !== '-' && w !== '–') break;
        // a quoted name in the slot (`وقال "يويفا" إنه`) is allowed; other quotation marks end the search
        if (tokens[k]!.kind === 'quote' && !(k === i + 1 || (k <= i + 5 && tokens[i + 1]?.kind === 'quote'))) break;
      }
      if (comp < 0) continue;
      // the slot excludes a preposition before the complementizer (`أشار إلى أن`, `شدد على أن`)
      let slotEnd = comp;
      if (slotEnd > i + 1 && /^(الي|علي|في)$/.test(nm(slotEnd - 1))) slotEnd--;
      const contentStart = comp + 1;
      if (contentStart >= sEndTok) continue;
      const qs = tokens[contentStart]!.start;
      // a direct quote right after the complementizer or colon is already a quote: give it this speaker instead
      const directAfter = pending.find((p) => p.open === contentStart);
      const qe = trimEnd(qs, sent ? sent.end : paraEnd(qs));
      if (qe <= qs) continue;
      const sp: Speaker | null | 'none' = slotEnd > i + 1 && !PARTICIPLES.has(verb) ? speakerIn(i + 1, slotEnd) : 'none';
      const trig = span(t.start, tokens[comp]!.end);
      if (directAfter) {
        (directAfter.q as Quote & { _sp?: Speaker | null | 'none'; _tr?: typeof trig })._sp = sp;
        (directAfter.q as Quote & { _tr?: typeof trig })._tr = trig;
        continue;
      }
      indirect.push({ q: { ...span(qs, qe), kind: 'indirect', speaker: sp === 'none' ? null : sp, trigger: trig }, verbTok: i, slot: [i + 1, slotEnd], continuation: sp === 'none' });
      continue;
    }
    // attribution: `حسب X`, `وفقا لـ X`, `نقلا عن X`
    if (ATTRIBUTIONS.has(t.norm) && sent) {
      let a = i + 1;
      if (/^(وفقا|ووفقا|طبقا|وفق)$/.test(t.norm)) {
        // `وفقا لـ` / `وفقا للوزارة`: the ل is a clitic of the next word or a token of its own
        if (nm(a) === 'ل' || nm(a) === 'لـ') a++;
      } else if (t.norm === 'نقلا') {
        if (nm(a) !== 'عن') continue;
        a++;
      }
      let e = a;
      // the source ends at punctuation or where the reported clause starts (`فإن`, `فمن المقرر`, `أن`)
      while (e < sEndTok && tokens[e]!.kind !== 'punct' && tokens[e]!.kind !== 'quote' && e - a < 8 && !COMPLEMENTIZERS.has(nm(e)) && !/^ف(ان|من|قد)/.test(nm(e))) e++;
      if (e === a) continue;
      // speaker must be an entity or a role noun (`حسب التقرير` stays without a speaker → skipped)
      const sp = speakerFromAttribution(a, e);
      if (!sp) continue;
      // `وفقا لبيان الوزارة: "..."`: the quotation after the colon carries it
      if (nm(e) === ':') continue;
      // content: the rest of the sentence on the other side of the attribution (after it when
      // little comes before: `وتتضمن المطالب، بحسب المرصد، تسليم السلاح`)
      let wordsBefore = 0;
      for (let k = sent.tokenStart; k < i; k++) if (tokens[k]!.kind === 'word') wordsBefore++;
      const atStart = wordsBefore < 4;
      let qs: number, qe: number;
      if (atStart) {
        let c = e;
        while (c < sEndTok && (tokens[c]!.kind === 'punct' || nm(c) === 'فان' || nm(c) === 'فانه')) c++;
        if (c >= sEndTok) continue;
        qs = tokens[c]!.start;
        qe = trimEnd(qs, sent.end);
      } else {
        qs = sent.start;
        qe = trimEnd(qs, t.start);
      }
      if (qe - qs < 10) continue;
      indirect.push({ q: { ...span(qs, qe), kind: 'indirect', speaker: sp, trigger: span(t.start, tokens[a - 1]!.end) }, verbTok: i, slot: [a, e], continuation: false });
    }
  }

  function speakerFromAttribution(a: number, e: number): Speaker | null {
    // `بحسب ما نقلته وكالة ...`, `وفقا لما ذكرته قوات ...`: skip the relative and its verb
    if (/^(ما|لما)$/.test(nm(a)) && e - a > 2) a += 2;
    if (NON_SPEAKERS.has(nm(a)) || NON_SPEAKERS.has(nm(a).replace(/^[وفبل]/, ''))) return null;
    const s0 = tokens[a]!.start;
    const e0 = tokens[e - 1]!.end;
    const inside = ents.filter((x) => x.start >= s0 - 2 && x.end <= e0);
    if (inside.length) {
      const pick = inside[0]!;
      const sp: Speaker = { text: text.slice(pick.start, pick.end), start: pick.start, end: pick.end, source: 'entity', type: pick.type };
      if (typeof pick.id === 'string') sp.id = pick.id;
      return sp;
    }
    const words = tokens.slice(a, e);
    const role = words.some((w) => isRoleWord(w.norm));
    if (role) return { text: text.slice(s0, e0), start: s0, end: e0, source: 'role' };
    return null;
  }

  // ---- 3. speakers, in text order (so `وأضاف` takes the speaker before it)
  type Item = { pos: number; kind: 'd'; p: (typeof pending)[number] } | { pos: number; kind: 'i'; x: (typeof indirect)[number] };
  const items: Item[] = [
    ...pending.map((p) => ({ pos: p.q.start, kind: 'd' as const, p })),
    ...indirect.map((x) => ({ pos: tokens[x.verbTok]!.start, kind: 'i' as const, x })),
  ].sort((a, b) => a.pos - b.pos);
  const resolvedIndirect: Quote[] = [];
  for (const it of items) {
    if (it.kind === 'i') {
      const { q, continuation } = it.x;
      if (!q.speaker && continuation) q.speaker = subjectBefore(it.x.verbTok) ?? previousSpeaker(it.pos);
      remember(it.pos, q.speaker);
      resolvedIndirect.push(q);
      out.push(q);
    } else {
      const q = it.p.q as Quote & { _vb?: number; _va?: number; _sp?: Speaker | null | 'none'; _tr?: { start: number; end: number; text: string } };
      let sp: Speaker | null = null;
      // a quotation inside reported speech (`واعتبر أن السلطة "..."`) belongs to that speaker
      const host = resolvedIndirect.find((x) => x.start <= q.start && q.end <= x.end + 2);
      if (host && q._sp === undefined && (q._va === undefined || q._va < 0)) {
        q.speaker = host.speaker;
        q.trigger = host.trigger;
        delete q._vb;
        delete q._va;
        remember(q.start, q.speaker);
        out.push(q);
        continue;
      }
      if (q._sp !== undefined) {
        sp = q._sp === 'none' ? subjectBefore(it.p.open) ?? previousSpeaker(q.start) : q._sp;
        q.trigger = q._tr ?? null;
      } else if (q._va !== undefined && q._va >= 0) {
        // `«...»، قال الوزير` / `«...»، حسب الوزير`
        const k = q._va;
        let e = k + 1;
        while (e < n && e < k + 8 && tokens[e]!.kind !== 'punct' && tokens[e]!.kind !== 'quote') e++;
        const slot = speakerIn(k + 1, e);
        sp = slot === 'none' ? previousSpeaker(q.start) : slot;
        q.trigger = span(tokens[k]!.start, tokens[k]!.end);
      } else if (q._vb !== undefined && q._vb >= 0) {
        const k = q._vb;
        const open = it.p.open;
        let e = open;
        while (e > k + 1 && tokens[e - 1]!.kind === 'punct') e--;
        const slot = e > k + 1 && !PARTICIPLES.has(nm(k)) ? speakerIn(k + 1, e) : 'none';
        sp = slot === 'none' ? subjectBefore(k) ?? previousSpeaker(q.start) : slot;
        q.trigger = span(tokens[k]!.start, tokens[k]!.end);
      } else {
        // No verb around the marks: a quote paragraph of its own continues the current speaker;
        // anything else (`وجه هذا السؤال: "..."`) gets no speaker rather than a guessed one.
        const o = it.p.open;
        const own = o === 0 || text.slice(tokens[o - 1]!.end, tokens[o]!.start).includes('\n');
        sp = own ? previousSpeaker(q.start) : null;
      }
      q.speaker = sp;
      delete q._vb;
      delete q._va;
      delete q._sp;
      delete q._tr;
      remember(q.start, sp);
      out.push(q);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
