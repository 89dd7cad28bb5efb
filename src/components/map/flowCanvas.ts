// The canvas flow layer: particles for every flow of the current scene, drawn on one canvas above the
// SVG map. Paths arrive projected (once per scene and size, by the map model); each frame moves the particles
// along them (src/lib/particles.ts) and draws all particles of one colour as one path with one fill().
// When it runs is decided by flowsShouldRun (flowRules.ts); its colours are the page's tokens, read from CSS.
// FlowLayer loads this module once the map is live: the first figure's JavaScript is the picture, not the motion.
import { layoutParticles, particleBox, updateParticles, type ParticleSet } from '../../lib/particles';
import type { ProjectedFlow } from '../../lib/mapModel';
import type { FlowKind } from '../../scenes/types';

interface FlowStyle {
  /** Particle radius, px. */
  r: number;
  /** Speed along the path, px per second (when no fixed duration). */
  speed?: number;
  /** Seconds per crossing, whatever the length. */
  duration?: number;
  /** Lateral scatter, px. */
  spread: number;
  /** Draw a soft halo (single slow pulses). */
  glow?: boolean;
  /** Offset left of travel, px: requests and answers share paths in opposite directions, in two lanes. */
  lane?: number;
}

/**
 * How each flow moves, scaled to the map width so a phone and a laptop show the same rhythm.
 * The 1858 message takes 24 s to cross: the Queen's 98 words took about sixteen hours.
 */
function flowStyle(kind: FlowKind, width: number): FlowStyle {
  const k = Math.max(0.45, width / 860);
  switch (kind) {
    case 'requests':
    case 'responses':
      return { r: 1.5, speed: 72 * k, spread: 1.4 * k, lane: 2.2 * k };
    case 'power':
      return { r: 1.5, speed: 42 * k, spread: 1.8 * k };
    case 'migration':
      return { r: 2, speed: 48 * k, spread: 3 * k };
    case 'message-1858':
      return { r: 4, duration: 24, spread: 0, glow: true };
    case 'message-1866':
      return { r: 2.4, duration: 3.5, spread: 0 };
  }
}

interface Layer {
  kind: FlowKind;
  set: ParticleSet;
  color: string;
  r: number;
  glow: boolean;
  /** How far (px) its particles stray from their paths: scatter, lane, radius. */
  pad: number;
}

const TAU = Math.PI * 2;

export class FlowCanvas {
  private ctx: CanvasRenderingContext2D | null;
  private layers: Layer[] = [];
  private raf = 0;
  private running = false;
  private t = 0;
  private last = 0;
  private frames = 0;
  private cost = 0;

  constructor(
    private canvas: HTMLCanvasElement,
    private colors: (kind: FlowKind) => string,
  ) {
    this.ctx = canvas.getContext('2d');
  }

  /** Colours changed (theme, forced colours): read them again and redraw. */
  setColors(colors: (kind: FlowKind) => string): void {
    this.colors = colors;
    for (const l of this.layers) l.color = colors(l.kind);
    this.draw();
  }

  private view = { width: 0, height: 0 };

  /** The map's size in px (the SVG's viewBox, which fills the figure): paths are in these units. */
  resize(width: number, height: number): void {
    if (width === this.view.width && height === this.view.height) return;
    this.view = { width, height };
    this.fit();
  }

  setFlows(flows: ProjectedFlow[], width: number): void {
    this.layers = flows.map((f, i) => {
      const style = flowStyle(f.kind, width);
      return {
        kind: f.kind,
        set: layoutParticles(f.paths, f.particles, { speed: style.speed, duration: style.duration, spread: style.spread, lane: style.lane, seed: 7 + i }),
        color: this.colors(f.kind),
        r: style.r,
        glow: !!style.glow,
        pad: (style.glow ? 3 * style.r : style.r) + style.spread + Math.abs(style.lane ?? 0) + 1,
      };
    });
    this.fit();
    this.draw();
  }

  /**
   * Covers only the box the particles can reach (a scene's flows rarely fill the map), HiDPI-aware: the backing
   * store follows devicePixelRatio, capped at 2 to bound fill cost.
   */
  private fit(): void {
    const pad = Math.max(0, ...this.layers.map((l) => l.pad));
    const box = particleBox(
      this.layers.flatMap((l) => l.set.paths),
      pad,
      this.view.width,
      this.view.height,
    ) ?? { x: 0, y: 0, w: 0, h: 0 };
    const dpr = Math.min(window.devicePixelRatio || 1, 2);
    const w = Math.round(box.w * dpr);
    const h = Math.round(box.h * dpr);
    if (this.canvas.width !== w || this.canvas.height !== h) {
      this.canvas.width = w;
      this.canvas.height = h;
    }
    Object.assign(this.canvas.style, { left: `${box.x}px`, top: `${box.y}px`, width: `${box.w}px`, height: `${box.h}px` });
    this.ctx?.setTransform(dpr, 0, 0, dpr, -box.x * dpr, -box.y * dpr);
  }

  /** No particles (the camera glides): the canvas keeps its size, so the next scene's often needs no new one. */
  clear(): void {
    this.layers = [];
    this.draw();
  }

  get particleCount(): number {
    return this.layers.reduce((s, l) => s + l.set.route.length, 0);
  }

  start(): void {
    if (this.running || !this.ctx) return;
    this.running = true;
    this.last = performance.now();
    this.raf = requestAnimationFrame(this.frame);
  }

  stop(): void {
    this.running = false;
    cancelAnimationFrame(this.raf);
  }

  private frame = (now: number): void => {
    if (!this.running) return;
    // Clamp the step so a stall (or a long hidden spell) never makes particles jump.
    this.t += Math.min(0.1, Math.max(0, (now - this.last) / 1000));
    this.last = now;
    const t0 = performance.now();
    this.draw();
    this.cost += performance.now() - t0;
    if (++this.frames % 120 === 0) {
      // Average time per frame spent moving and drawing particles, for the bench and the curious.
      this.canvas.dataset.frameMs = (this.cost / 120).toFixed(3);
      this.canvas.dataset.particles = String(this.particleCount);
      this.cost = 0;
    }
    this.raf = requestAnimationFrame(this.frame);
  };

  draw(): void {
    const ctx = this.ctx;
    if (!ctx) return;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    ctx.restore();
    for (const layer of this.layers) {
      const n = updateParticles(layer.set, this.t);
      const pos = layer.set.pos;
      const r = layer.r;
      if (layer.glow) {
        ctx.globalAlpha = 0.22;
        ctx.beginPath();
        for (let k = 0; k < n; k++) {
          const x = pos[2 * k];
          const y = pos[2 * k + 1];
          if (x !== x) continue;
          ctx.moveTo(x + r * 3, y);
          ctx.arc(x, y, r * 3, 0, TAU);
        }
        ctx.fillStyle = layer.color;
        ctx.fill();
        ctx.globalAlpha = 1;
      }
      ctx.beginPath();
      if (r < 2.2) {
        // Small particles as squares: at 1.5 px they read as dots and cost a fraction of an arc.
        const d = 2 * r;
        for (let k = 0; k < n; k++) {
          const x = pos[2 * k];
          if (x !== x) continue; // NaN: no path
          ctx.rect(x - r, pos[2 * k + 1] - r, d, d);
        }
      } else {
        for (let k = 0; k < n; k++) {
          const x = pos[2 * k];
          const y = pos[2 * k + 1];
          if (x !== x) continue;
          ctx.moveTo(x + r, y);
          ctx.arc(x, y, r, 0, TAU);
        }
      }
      ctx.fillStyle = layer.color;
      ctx.fill();
    }
  }
}
