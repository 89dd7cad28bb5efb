// The canvas flow layer: particles for every flow of the current scene, drawn on one canvas above the
// SVG map. Paths arrive projected (once per scene and size, by the map model); each frame moves the particles
// along them (src/lib/particles.ts) and draws all particles of one colour as one path with one fill().
// When it runs is decided by flowsShouldRun (flowRules.ts); its colours are the page's tokens, read from CSS.
// FlowLayer loads this module once the map is live: the first figure's JavaScript is the picture, not the motion.
import { layoutParticles, particleBox, pointAt, updateParticles, type ParticleSet } from '../../lib/particles';
import type { FlowPath } from '../../lib/flows';
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
  /** Trail behind each particle, px: which way a flow runs reads at a glance (and without telling hues apart). */
  tail?: number;
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
      return { r: 1.5, speed: 72 * k, spread: 1.4 * k, lane: 2.2 * k, tail: 7 * k };
    case 'power':
      return { r: 1.6, speed: 42 * k, spread: 1.8 * k, tail: 6 * k };
    case 'migration':
      return { r: 2, speed: 48 * k, spread: 3 * k, tail: 8 * k };
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
  private powerColor = '';
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
    this.powerColor = colors('power');
  }

  /** Colours changed (theme, forced colours): read them again and redraw. */
  setColors(colors: (kind: FlowKind) => string): void {
    this.colors = colors;
    this.powerColor = colors('power');
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

  /** The opening's one trip (null when the scene has none): its paths, and the time it started. */
  private journey: { there: FlowPath; back: FlowPath; start: number; lane: number; k: number } | null = null;

  setFlows(flows: ProjectedFlow[], width: number, journey = false): void {
    const there = flows.find((f) => f.kind === 'requests')?.paths[0];
    const back = flows.find((f) => f.kind === 'responses')?.paths[0];
    const k = Math.max(0.45, width / 860);
    this.journey = journey && there && back && there.length > 0 ? { there, back, start: this.t, lane: flowStyle('requests', width).lane ?? 0, k } : null;
    if (!this.journey) delete this.canvas.dataset.journey;
    this.layers = flows.map((f, i) => {
      const style = flowStyle(f.kind, width);
      return {
        kind: f.kind,
        set: layoutParticles(f.paths, f.particles, {
          speed: style.speed,
          duration: style.duration,
          spread: style.spread,
          lane: style.lane,
          tail: style.tail,
          seed: 7 + i,
        }),
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
   * store follows devicePixelRatio times any CSS zoom (the presenter enlarges the stage with zoom, and a canvas
   * sized in CSS px would be upscaled and blurred on the projector), capped at 2 to bound fill cost.
   */
  private fit(): void {
    // The opening's lit data centre reaches 12 px (scaled) past the end of its path.
    const pad = Math.max(0, ...this.layers.map((l) => l.pad), this.journey ? 14 * this.journey.k : 0);
    const box = particleBox(
      this.layers.flatMap((l) => l.set.paths),
      pad,
      this.view.width,
      this.view.height,
    ) ?? { x: 0, y: 0, w: 0, h: 0 };
    const zoom = (this.canvas as HTMLCanvasElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
    const dpr = Math.min((window.devicePixelRatio || 1) * zoom, 2);
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
    this.journey = null;
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
    // The opening: one request alone until it is back, then the streams fade in.
    let alpha = 1;
    if (this.journey) {
      const age = this.t - this.journey.start;
      if (age < JOURNEY.total) {
        this.drawJourney(ctx, age);
        return;
      }
      this.phase('many');
      alpha = Math.min(1, (age - JOURNEY.total) / JOURNEY.fadeIn);
    }
    ctx.globalAlpha = alpha;
    for (const layer of this.layers) {
      const n = updateParticles(layer.set, this.t);
      const pos = layer.set.pos;
      const r = layer.r;
      if (layer.glow) {
        ctx.globalAlpha = 0.22 * alpha;
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
        ctx.globalAlpha = alpha;
      }
      if (layer.set.tail > 0) {
        // Trails first, fainter, all in one stroke: a comet's tail behind each head.
        const tp = layer.set.tailPos;
        ctx.beginPath();
        for (let k = 0; k < n; k++) {
          const x = pos[2 * k];
          if (x !== x) continue;
          ctx.moveTo(tp[2 * k], tp[2 * k + 1]);
          ctx.lineTo(x, pos[2 * k + 1]);
        }
        ctx.globalAlpha = 0.45 * alpha;
        ctx.lineWidth = r * 1.3;
        ctx.strokeStyle = layer.color;
        ctx.stroke();
        ctx.globalAlpha = alpha;
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
    ctx.globalAlpha = 1;
  }

  /** The opening's stage, as data-journey on the canvas (for tests and the curious); written only when it changes. */
  private phase(p: 'out' | 'answering' | 'back' | 'many'): void {
    if (this.canvas.dataset.journey !== p) this.canvas.dataset.journey = p;
  }

  /** One frame of the opening's trip, `age` seconds in: out along the cable, the answer worked out, back. */
  private drawJourney(ctx: CanvasRenderingContext2D, age: number): void {
    const j = this.journey!;
    const { there, back, k } = j;
    const req = this.colors('requests');
    const res = this.colors('responses');
    const end = new Float32Array(2);
    pointAt(there, there.length, end, 0, j.lane);
    const ease = (u: number) => (u < 0.5 ? 2 * u * u : 1 - (-2 * u + 2) ** 2 / 2);
    const tOut = JOURNEY.out;
    const tWork = tOut + JOURNEY.work;
    // The way it came stays drawn, faint: where the request went.
    const sOut = there.length * ease(Math.min(1, age / tOut));
    traceTo(ctx, there, sOut, j.lane, req, 2 * k, 0.55);
    if (age < tOut) {
      this.phase('out');
      dot(ctx, there, sOut, j.lane, req, 3.5 * k);
      return;
    }
    // At the far end the data centre lights up: power burns to write the answer.
    const w = Math.min(1, (age - tOut) / JOURNEY.work);
    ctx.globalAlpha = age < tWork ? 0.35 + 0.35 * Math.sin(w * Math.PI * 3) ** 2 : 0.5;
    ctx.fillStyle = this.powerColor;
    ctx.beginPath();
    ctx.arc(end[0], end[1], (7 + 5 * (age < tWork ? w : 1)) * k, 0, TAU);
    ctx.fill();
    ctx.globalAlpha = 1;
    if (age < tWork) return this.phase('answering');
    this.phase('back');
    const sBack = back.length * ease(Math.min(1, (age - tWork) / JOURNEY.back));
    traceTo(ctx, back, sBack, j.lane, res, 2 * k, 0.7);
    dot(ctx, back, sBack, j.lane, res, 3.5 * k);
  }
}

/** The opening trip's timing, seconds: out, the answer being worked out, back, then the streams fade in. */
const JOURNEY = { out: 2.6, work: 1.6, back: 2.6, total: 7.4, fadeIn: 1.5 };

/** Strokes a path from its start to distance s (px), shifted by its lane. */
function traceTo(ctx: CanvasRenderingContext2D, p: FlowPath, s: number, lane: number, color: string, width: number, alpha: number): void {
  const pt = new Float32Array(2);
  ctx.beginPath();
  const steps = Math.max(2, Math.ceil(s / 6));
  for (let i = 0; i <= steps; i++) {
    pointAt(p, (s * i) / steps, pt, 0, lane);
    if (i === 0) ctx.moveTo(pt[0], pt[1]);
    else ctx.lineTo(pt[0], pt[1]);
  }
  ctx.globalAlpha = alpha;
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  ctx.lineCap = 'round';
  ctx.stroke();
  ctx.globalAlpha = 1;
}

/** The travelling request or answer: a dot with a soft halo. */
function dot(ctx: CanvasRenderingContext2D, p: FlowPath, s: number, lane: number, color: string, r: number): void {
  const pt = new Float32Array(2);
  pointAt(p, s, pt, 0, lane);
  ctx.fillStyle = color;
  ctx.globalAlpha = 0.25;
  ctx.beginPath();
  ctx.arc(pt[0], pt[1], r * 2.6, 0, TAU);
  ctx.fill();
  ctx.globalAlpha = 1;
  ctx.beginPath();
  ctx.arc(pt[0], pt[1], r, 0, TAU);
  ctx.fill();
}
