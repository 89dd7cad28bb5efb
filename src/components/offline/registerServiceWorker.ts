// Registers the build's service worker (<base>sw.js) so the story, the presenter, the notes and the kit work
// offline after one visit, and offers a reload when a new build's worker is waiting. Never on /embed/ pages
// (an embed lives in someone else's article) and never inside a frame; every browser API call is wrapped, so a
// sandboxed frame, a disabled worker or missing storage leaves the page working exactly as without it.
// The worker is made by workbox-build with skipWaiting off: it waits until the reader says "Reload", then the
// page posts SKIP_WAITING (workbox's own message), and reloads once the new worker has taken over.

function framed(): boolean {
  try {
    return window.top !== window.self;
  } catch {
    return true;
  }
}

export function registerServiceWorker(base: string, notice: HTMLElement | null): void {
  try {
    if (framed() || location.pathname.startsWith(`${base}embed/`)) return;
    if (!('serviceWorker' in navigator)) return;
    const sw = navigator.serviceWorker;
    let reloading = false;
    const offer = (worker: ServiceWorker) => {
      if (!notice) return;
      notice.hidden = false;
      const message = notice.querySelector<HTMLElement>('[data-sw-message]');
      if (message) message.textContent = message.dataset.swMessage ?? '';
      // Assigned, not added: a second offer (another update) replaces the first worker's handler.
      const reload = notice.querySelector<HTMLButtonElement>('[data-sw-reload]');
      const dismiss = notice.querySelector<HTMLButtonElement>('[data-sw-dismiss]');
      if (reload)
        reload.onclick = () => {
          reloading = true;
          worker.postMessage({ type: 'SKIP_WAITING' });
        };
      if (dismiss) dismiss.onclick = () => (notice.hidden = true);
    };
    // The first install also changes the controller (clientsClaim); only a reload the reader asked for reloads.
    sw.addEventListener('controllerchange', () => {
      if (reloading) location.reload();
    });
    // After the page has loaded, so the precache never competes with what the reader is waiting for.
    const register = () =>
      sw
        .register(`${base}sw.js`, { scope: base })
        .then((reg) => {
          // A worker already waiting (the notice was dismissed, or the page was opened in another tab) is offered too.
          if (reg.waiting && sw.controller) offer(reg.waiting);
          reg.addEventListener('updatefound', () => {
            const incoming = reg.installing;
            incoming?.addEventListener('statechange', () => {
              if (incoming.state === 'installed' && sw.controller) offer(incoming);
            });
          });
        })
        .catch(() => undefined);
    if (document.readyState === 'complete') void register();
    else window.addEventListener('load', () => void register(), { once: true });
  } catch {
    // No service worker here (a sandboxed frame, a privacy mode): the site works online as before.
  }
}
