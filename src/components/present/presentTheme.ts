// The presenter's two themes: "projector" (light, high contrast, the default: projectors wash out dark pages)
// and "dark". The T key and the Theme button switch; the choice is kept for the next visit when storage works.
type PresentTheme = 'projector' | 'dark';
const KEY = 'tokens-abroad:present-theme';

function stored(): PresentTheme {
  try {
    return localStorage.getItem(KEY) === 'dark' ? 'dark' : 'projector';
  } catch {
    return 'projector';
  }
}

export function startTheme(button: HTMLButtonElement | null): { toggle(): void } {
  const root = document.documentElement;
  const name = button?.querySelector<HTMLElement>('[data-theme-name]');
  const apply = (theme: PresentTheme) => {
    root.dataset.presentTheme = theme;
    root.dataset.theme = theme === 'dark' ? 'dark' : 'light';
    if (name && button) name.textContent = (theme === 'dark' ? button.dataset.themeDark : button.dataset.themeProjector) ?? theme;
  };
  apply(stored());
  return {
    toggle() {
      const next: PresentTheme = root.dataset.presentTheme === 'dark' ? 'projector' : 'dark';
      apply(next);
      try {
        localStorage.setItem(KEY, next);
      } catch {
        // No storage (private mode, sandbox): the theme lasts until the page is left.
      }
    },
  };
}
