/**
 * HTML to article text: the main content is found with Mozilla Readability on a linkedom
 * DOM, then turned into plain text with one paragraph per block element.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE',
  'TABLE', 'TR', 'HEADER', 'FOOTER', 'FIGURE', 'FIGCAPTION', 'BR', 'HR', 'DL', 'DT', 'DD', 'MAIN', 'ASIDE',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
}

/** Plain text of a DOM node: blocks become paragraphs separated by a blank line. */
export function nodeText(root: NodeLike): string {
  const parts: string[] = [];
  let cur = '';
  const flush = () => {
    const t = cur.replace(/[ \t\r\n\u00a0]+/g, ' ').trim();
    if (t) parts.push(t);
    cur = '';
  };
  const walk = (n: NodeLike) => {
    if (n.nodeType === 3) { cur += n.textContent ?? ''; return; }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
    const name = n.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    const block = BLOCK.has(name);
    if (block) flush();
    for (let i = 0; i < n.childNodes.length; i++) walk(n.childNodes[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return parts.join('\n\n');
}

/** Plain text of an HTML fragment (for feed items and ninjs html bodies). */
export function htmlFragmentText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return nodeText(document.body as unknown as NodeLike);
}

export interface HtmlArticle {
  title: string | null;
  text: string;
  published: string | null;
  url: string | null;
  lang: string | null;
}

function metaContent(document: Document, selectors: string[]): string | null {
  for (const sel of selectors) {
    const el = document.querySelector(sel);
    const v = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.getAttribute('href');
    if (v && v.trim()) return v.trim();
  }
  return null;
}

/** The main article of an HTML page. */
export function htmlArticle(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const published = metaContent(doc, [
    'meta[property="article:published_time"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="date"]',
    'meta[itemprop="datePublished"]', 'time[datetime]',
  ]);
  const url = metaContent(doc, ['link[rel="canonical"]', 'meta[property="og:url"]']);
  const lang = doc.documentElement?.getAttribute('lang') ?? null;
  let title: string | null = metaContent(doc, ['meta[property="og:title"]']) ?? (doc.title || null);
  let text = '';
  try {
    const parsed = new Readability(doc.cloneNode(true) as Document).parse();
    if (parsed?.content) {
      text = htmlFragmentText(parsed.content);
      title = parsed.title || title;
    }
  } catch {
    // fall back to the whole body below
  }
  if (!text.trim() && doc.body) text = nodeText(doc.body as unknown as NodeLike);
  // Readability turns the page's h1 into the article's first paragraph: keep it once
  if (title && text.startsWith(title)) text = text.slice(title.length).replace(/^\s+/, '');
  return { title: title?.trim() || null, text, published, url, lang };
}
