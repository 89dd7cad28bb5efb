// The map's camera glide, as a Svelte 5 hook:
//   const glide = useCameraGlide(() => scene.camera, { ready: () => mounted, instant: () => reduced || paused });
//   glide.camera   the camera to draw with now
//   glide.moving   true from the moment the target changes until the camera arrives (the marks wait)
//   glide.turning  true once the camera has left where it was (the land is drawn coarse from then on)
// When the target changes, the camera glides from wherever it is on screen straight to the target (GLIDE_MS,
// ease in and out; src/lib/geo.ts glideAt). It jumps instead on the first target after mounting (a reload
// mid-story lands without replaying the way there) and whenever `instant()` says so. The state changes in a
// pre-effect, before the DOM updates, so no frame ever shows the new scene's marks at the old camera.
import { untrack } from 'svelte';
import { glideAt, sameCamera } from '../../lib/geo';
import type { Camera } from '../../scenes/types';

const GLIDE_MS = 900;
/** After a glide, the marks come back this many frames after the land is exact, the particles this many. */
export const SETTLE_FRAMES = { marks: 1, flows: 2 } as const;

export interface CameraGlide {
  readonly camera: Camera;
  readonly moving: boolean;
  readonly turning: boolean;
}

export function useCameraGlide(target: () => Camera, opts: { ready: () => boolean; instant: () => boolean }): CameraGlide {
  let camera = $state.raw<Camera>(untrack(target));
  let moving = $state(false);
  let turning = $state(false);
  let synced = false;

  $effect.pre(() => {
    const to = target();
    if (!opts.ready()) return;
    const first = !synced;
    synced = true;
    const from = untrack(() => camera);
    if (first || untrack(opts.instant) || sameCamera(from, to)) {
      camera = to;
      moving = turning = false;
      return;
    }
    moving = true;
    const start = performance.now();
    let raf = requestAnimationFrame(function step(now) {
      const g = glideAt(from, to, now - start, GLIDE_MS);
      camera = g.camera;
      turning = !g.done;
      if (g.done) moving = false;
      else raf = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(raf);
  });

  return {
    get camera() {
      return camera;
    },
    get moving() {
      return moving;
    },
    get turning() {
      return turning;
    },
  };
}

/**
 * True once `busy()` has been false for `frames` animation frames (and from the start, if it never was busy):
 * lets the map spread the work of settling over frames (land, then marks, then particles) instead of one long one.
 * Read it together with busy() itself (`!busy() && after.done`): it turns false only in an effect, a moment late.
 */
export function useAfterFrames(busy: () => boolean, frames: number): { readonly done: boolean } {
  let done = $state(true);
  $effect(() => {
    if (busy()) {
      done = false;
      return;
    }
    if (untrack(() => done)) return;
    let left = frames;
    let raf = requestAnimationFrame(function tick() {
      if (--left <= 0) done = true;
      else raf = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(raf);
  });
  return {
    get done() {
      return done;
    },
  };
}
