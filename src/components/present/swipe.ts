// Swipes on a touch screen: a horizontal swipe of at least 50 px that is mostly sideways moves one step (to the
// left: next, as on a phone's photo viewer). Swipes that start on a control (a slider, a button) are left alone.
export function startSwipe(area: HTMLElement | null, onSwipe: (dir: 'next' | 'prev') => void): void {
  if (!area) return;
  let start: { x: number; y: number } | null = null;
  area.addEventListener(
    'touchstart',
    (e) => {
      const t = e.changedTouches[0];
      const onControl = (e.target as Element | null)?.closest('input, select, textarea, button, a, [role="slider"]');
      start = e.touches.length === 1 && t && !onControl ? { x: t.clientX, y: t.clientY } : null;
    },
    { passive: true },
  );
  area.addEventListener(
    'touchend',
    (e) => {
      const t = e.changedTouches[0];
      if (!start || !t) return;
      const dx = t.clientX - start.x;
      const dy = t.clientY - start.y;
      start = null;
      if (Math.abs(dx) >= 50 && Math.abs(dx) > 1.5 * Math.abs(dy)) onSwipe(dx < 0 ? 'next' : 'prev');
    },
    { passive: true },
  );
}
