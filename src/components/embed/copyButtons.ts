// Wires every Copy button ([data-copy-for=<textarea id>]) under a root: one click copies the text area's text;
// when the clipboard is refused (no permission, an insecure page, a sandboxed frame) the text is selected and the
// status line says to copy it with the keyboard.
export function wireCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-copy-for]')) {
    button.addEventListener('click', async () => {
      const id = button.dataset.copyFor ?? '';
      const area = document.getElementById(id) as HTMLTextAreaElement | null;
      const status = root.querySelector<HTMLElement>(`[data-copy-status="${CSS.escape(id)}"]`);
      if (!area) return;
      const ok = await navigator.clipboard.writeText(area.value).then(
        () => true,
        () => false,
      );
      if (!ok) {
        area.focus();
        area.select();
      }
      if (status) status.textContent = (ok ? button.dataset.copied : button.dataset.failed) ?? '';
    });
  }
}
