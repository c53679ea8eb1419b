/** Co-occurrence network with cytoscape (canvas; labels are drawn, never parsed as HTML). */
import { useEffect, useRef } from 'preact/hooks';
import type { Json } from '../api.ts';
import { href } from '../state.ts';
import { show } from '../util.ts';

export function CoGraph({ center, others }: { center: { id: string; label: string }; others: Json[] }) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let cy: { destroy(): void } | null = null;
    let live = true;
    // cytoscape is the largest dependency: loaded only when a graph is shown
    void import('cytoscape').then(({ default: cytoscape }) => {
      if (!live || !el.current) return;
      cy = draw(cytoscape, el.current);
    });
    return () => {
      live = false;
      cy?.destroy();
    };
  }, [center.id, JSON.stringify(others)]);
  return <div ref={el} class="graph" data-testid="cooc-graph" />;

  function draw(cytoscape: typeof import('cytoscape'), container: HTMLElement) {
    const max = Math.max(1, ...others.map((o) => Number(o.count ?? o.articles ?? o.n ?? 1)));
    const nodes = [{ data: { id: `n:${center.id}`, label: center.label, eid: center.id, w: 1 } }];
    const edges: { data: Record<string, unknown> }[] = [];
    const seen = new Set([`n:${center.id}`]);
    for (const o of others.slice(0, 40)) {
      const id = show(o.id ?? o.entity ?? o.key);
      if (!id || seen.has(`n:${id}`)) continue;
      seen.add(`n:${id}`);
      const c = Number(o.count ?? o.articles ?? o.n ?? 1);
      nodes.push({ data: { id: `n:${id}`, label: show(o.labelEn ?? o.label_en ?? o.label ?? o.label_ar ?? o.name ?? id), eid: id, w: c / max } });
      edges.push({ data: { id: `e:${id}`, source: `n:${center.id}`, target: `n:${id}`, w: c / max } });
    }
    const cy = cytoscape({
      container,
      elements: [...nodes, ...edges],
      layout: { name: 'concentric', concentric: (n: any) => (n.id() === `n:${center.id}` ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 30, animate: false } as any,
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'font-family': 'Noto Sans Arabic, Noto Naskh Arabic, sans-serif', 'background-color': '#5b8def', width: 'mapData(w, 0, 1, 12, 30)', height: 'mapData(w, 0, 1, 12, 30)', color: '#222', 'text-valign': 'bottom', 'text-margin-y': 4 } },
        { selector: `node[id = "n:${center.id.replace(/["\\]/g, '')}"]`, style: { 'background-color': '#e4572e', width: 34, height: 34, 'font-weight': 'bold' } },
        { selector: 'edge', style: { width: 'mapData(w, 0, 1, 1, 6)', 'line-color': '#b9c4d6', 'curve-style': 'straight' } },
      ],
      userZoomingEnabled: false,
    });
    cy.on('tap', 'node', (e) => {
      const id = e.target.data('eid');
      if (id && id !== center.id) location.hash = href(['entity', id]);
    });
    return cy;
  }
}
