// The overview dialog's behaviour: opens on the current step, arrow keys move between thumbnails (left and right
// along the story, up and down to the same place in the chapter above or below), Enter or a click shows a step
// and closes the dialog. Esc closes it (the native <dialog>).
import { getActiveStep } from '../../lib/stepStore';

export function startOverview(dialog: HTMLDialogElement | null, go: (id: string) => void): { open(): void } {
  if (!dialog) return { open() {} };
  const rows = [...dialog.querySelectorAll<HTMLElement>('[data-ov-row]')].map((r) => [...r.querySelectorAll<HTMLButtonElement>('[data-goto]')]);
  const all = rows.flat();
  const where = (b: Element) => {
    const r = rows.findIndex((row) => row.includes(b as HTMLButtonElement));
    return { r, c: r < 0 ? -1 : rows[r].indexOf(b as HTMLButtonElement) };
  };
  dialog.addEventListener('click', (e) => {
    const b = (e.target as Element).closest<HTMLButtonElement>('[data-goto]');
    if (!b?.dataset.goto) return;
    go(b.dataset.goto);
    dialog.close();
  });
  dialog.addEventListener('keydown', (e) => {
    const current = document.activeElement;
    if (!(current instanceof HTMLButtonElement) || !current.dataset.goto) return;
    const i = all.indexOf(current);
    const { r, c } = where(current);
    let to: HTMLButtonElement | undefined;
    if (e.key === 'ArrowRight') to = all[i + 1];
    else if (e.key === 'ArrowLeft') to = all[i - 1];
    else if (e.key === 'ArrowDown' && rows[r + 1]) to = rows[r + 1][Math.min(c, rows[r + 1].length - 1)];
    else if (e.key === 'ArrowUp' && rows[r - 1]) to = rows[r - 1][Math.min(c, rows[r - 1].length - 1)];
    else if (e.key === 'Home') to = all[0];
    else if (e.key === 'End') to = all.at(-1);
    else return;
    e.preventDefault();
    to?.focus();
  });
  return {
    open() {
      const id = getActiveStep()?.id;
      for (const b of all) {
        if (b.dataset.goto === id) b.setAttribute('aria-current', 'step');
        else b.removeAttribute('aria-current');
      }
      if (!dialog.open) dialog.showModal();
      const current = all.find((b) => b.dataset.goto === id) ?? all[0];
      current?.focus();
      current?.scrollIntoView({ block: 'nearest' });
    },
  };
}
