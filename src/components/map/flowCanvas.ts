// The canvas flow layer: particles for every flow of the current scene, drawn on one canvas above the
// SVG map. Paths arrive projected (once per scene and size); each frame moves the particles along them
// (src/lib/flows.ts) and draws all particles of one colour as one path with one fill().
// The owner decides when it runs (on screen, tab visible, not paused, motion allowed).
import { layoutParticles, updateParticles, type ParticleSet } from '../../lib/flows';
import { flowStyle, type ProjectedFlow } from '../../lib/mapModel';
import type { FlowKind } from '../../scenes/types';

interface Layer {
  kind: FlowKind;
  set: ParticleSet;
  color: string;
  r: number;
  glow: boolean;
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

  /**
   * HiDPI-aware size: the backing store follows devicePixelRatio (capped at 2 to bound fill cost).
   * The canvas covers the whole figure (cssWidth x cssHeight); paths are in the SVG's viewBox units
   * (viewWidth x viewHeight), mapped the way the SVG maps them (preserveAspectRatio "xMidYMid meet").
   */
  resize(cssWidth: number, cssHeight: number, viewWidth = cssWidth, viewHeight = cssHeight): void {
    const dpr = Math.min(window.devicePixelRatio || 1, 2);
    const w = Math.round(cssWidth * dpr);
    const h = Math.round(cssHeight * dpr);
    if (this.canvas.width !== w || this.canvas.height !== h) {
      this.canvas.width = w;
      this.canvas.height = h;
    }
    this.canvas.style.width = `${cssWidth}px`;
    this.canvas.style.height = `${cssHeight}px`;
    const s = Math.min(cssWidth / viewWidth, cssHeight / viewHeight);
    const ox = (cssWidth - viewWidth * s) / 2;
    const oy = (cssHeight - viewHeight * s) / 2;
    this.ctx?.setTransform(dpr * s, 0, 0, dpr * s, dpr * ox, dpr * oy);
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
      };
    });
    this.draw();
  }

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
