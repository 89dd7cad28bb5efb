// The Embed dialog's script (EmbedButton.astro): on open, writes the snippets and download links for the step
// on the stage, then shows the modal dialog; Tab wraps inside it; on close, focus goes back to the button.
import { framesSnippet, iframeSnippet, pymSnippet } from '../../lib/embedSnippets';
import { embedUrls } from '../../lib/embedUrls';
import { wireCopyButtons } from './copyButtons';

function json<T>(text: string | undefined, fallback: T): T {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

export function startEmbedDialog(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-embed-open]');
  const dialog = document.querySelector<HTMLDialogElement>('[data-embed-dialog]');
  const stage = button?.closest<HTMLElement>('[data-graphic]');
  if (!button || !dialog || !stage) return;
  const base = dialog.dataset.base ?? '/';
  const heights = json<Record<string, number>>(dialog.dataset.heights, {});
  const names = json<Record<string, string>>(dialog.dataset.names, {});
  const set = (id: string, value: string) => {
    const el = document.getElementById(id) as HTMLTextAreaElement | null;
    if (el) el.value = value;
  };
  const fillIn = () => {
    const step = stage.dataset.activeStep ?? '';
    const figure = stage.dataset.activeFigure ?? 'map';
    const u = embedUrls(new URL(base, location.href).href, figure, step);
    const title = names[figure] ?? figure;
    set('embed-snippet-iframe', iframeSnippet({ url: u.embed, title, height: heights[figure] }));
    set('embed-snippet-pym', pymSnippet({ url: u.embed, title }));
    set('embed-snippet-frames', framesSnippet({ url: u.embed, title }));
    set('embed-snippet-link', u.embed);
    for (const a of dialog.querySelectorAll<HTMLAnchorElement>('[data-dl]')) {
      const key = a.dataset.dl as keyof typeof u;
      if (u[key]) {
        a.href = u[key];
        // The files are saved, not opened (the oEmbed JSON is for reading).
        if (key !== 'oembed') a.setAttribute('download', '');
      } else a.removeAttribute('href');
    }
    for (const s of dialog.querySelectorAll('[data-copy-status]')) s.textContent = '';
  };
  button.addEventListener('click', () => {
    fillIn();
    dialog.showModal();
  });
  dialog.querySelector('[data-embed-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => button.focus());
  // A click on the backdrop (outside the dialog's box) closes it too.
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) {
      const r = dialog.getBoundingClientRect();
      const inside = e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
      if (!inside) dialog.close();
    }
  });
  // Tab and Shift+Tab wrap around inside the dialog (a modal <dialog> makes the page inert, but lets Tab leave for
  // the browser's own controls).
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab') return;
    const stops = [...dialog.querySelectorAll<HTMLElement>('a[href], button, textarea, input, select')].filter((el) => el.offsetParent !== null);
    const first = stops[0];
    const last = stops.at(-1);
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  });
  wireCopyButtons(dialog);
}
