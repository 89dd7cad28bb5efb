// Wires the page's Pause button (PauseButton.astro) to the motion switch every moving thing reads.
import { isPaused, setPaused, subscribePaused } from '../../lib/motion';

export function startPauseControl(button: HTMLButtonElement | null): void {
  if (!button) return;
  const icon = button.querySelector('.icon');
  // The strings come from the server HTML, in the page's language.
  const pauseText = button.title;
  const resumeText = button.dataset.resume ?? pauseText;
  const show = (paused: boolean) => {
    button.setAttribute('aria-pressed', String(paused));
    // The name stays "Pause motion" (aria-pressed says whether it is on); icon and tooltip say what a click does.
    if (icon) icon.textContent = paused ? '▶' : '❚❚';
    button.title = paused ? resumeText : pauseText;
  };
  button.addEventListener('click', () => setPaused(!isPaused()));
  subscribePaused(show);
  show(isPaused());
}
