// The builder's script (EmbedBuilder.astro): keeps the step list to the chosen figure, points the preview at the
// chosen embed and width, writes the snippets, and sizes the preview frame from the embed's own height message
// (it is a parent like any newsroom page, and only trusts messages from its own preview frame).
import { embedQuery, type EmbedTheme } from '../../lib/embedParams';
import { framesSnippet, iframeSnippet, pymSnippet } from '../../lib/embedSnippets';
import { embedUrls } from '../../lib/embedUrls';
import { wireCopyButtons } from './copyButtons';

export function startEmbedBuilder(): void {
  const root = document.querySelector<HTMLElement>('[data-builder]');
  const form = root?.querySelector<HTMLElement>('[data-builder-form]');
  const frame = root?.querySelector<HTMLIFrameElement>('[data-preview]');
  if (!root || !form || !frame) return;
  const figureSelect = form.querySelector<HTMLSelectElement>('select[name="figure"]')!;
  const stepSelect = form.querySelector<HTMLSelectElement>('select[name="step"]')!;
  const checked = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? null;
  let heights: Record<string, number> = {};
  try {
    heights = JSON.parse(root.dataset.heights ?? '{}') as Record<string, number>;
  } catch {
    heights = {};
  }
  const names = new Map([...figureSelect.options].map((o) => [o.value, o.textContent ?? o.value]));
  const base = new URL(root.dataset.base ?? '/', location.href).href;
  const set = (id: string, value: string) => {
    const el = document.getElementById(id) as HTMLTextAreaElement | null;
    if (el) el.value = value;
  };

  const update = () => {
    const figure = figureSelect.value;
    for (const g of stepSelect.querySelectorAll<HTMLOptGroupElement>('optgroup')) {
      const mine = g.dataset.figure === figure;
      g.hidden = !mine;
      g.disabled = !mine;
    }
    if (stepSelect.selectedOptions[0]?.dataset.figure && stepSelect.selectedOptions[0].dataset.figure !== figure) stepSelect.value = '';
    const query = embedQuery({ theme: (checked('theme') as EmbedTheme | null) ?? 'auto', plain: !!checked('plain'), static: !!checked('static') });
    const url = embedUrls(base, figure, stepSelect.value || null).embed + query;
    const title = names.get(figure) ?? figure;
    const width = Number(checked('width') ?? 660);
    frame.style.width = `${width}px`;
    frame.title = `${title}`;
    if (frame.src !== url) frame.src = url;
    set('builder-snippet-pym', pymSnippet({ url, title }));
    set('builder-snippet-frames', framesSnippet({ url, title }));
    set('builder-snippet-iframe', iframeSnippet({ url, title, height: heights[figure] }));
    set('builder-snippet-link', url);
    root.dataset.previewWidth = String(width);
  };
  window.addEventListener('message', (e) => {
    if (e.source !== frame.contentWindow) return;
    const d = e.data as { sentinel?: unknown; type?: unknown; height?: unknown } | null;
    if (d && d.sentinel === 'amp' && d.type === 'embed-size' && typeof d.height === 'number' && d.height > 0 && d.height < 100_000) {
      frame.height = String(Math.ceil(d.height));
    }
  });
  form.addEventListener('change', update);
  wireCopyButtons(root);
  update();
}
