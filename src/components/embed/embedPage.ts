// The embed page's script: applies the URL flags, defines the page's steps for the step store, starts the URL
// driver (an embed does not scroll, so the driver sets the step itself), keeps the graphic's contract, the
// caption and the links in step, wires Pause, and reports the page height to the parent in every protocol.
// Every text it writes comes from the JSON the build put in the page, as textContent or an attribute, never as
// markup; every flag goes through parseEmbedParams (unknown values fall back to the defaults).
import { defineSteps, subscribeActiveStep, type ActiveStep } from '../../lib/stepStore';
import { embedInLanguage, parseEmbedParams } from '../../lib/embedParams';
import { LANGS } from '../../lib/locales';
import { createResizeChild } from '../../lib/embedResize';
import { startUrlDriver } from '../../drivers/url';
import { startPauseControl } from '../story/pauseControl';
import type { FigureId } from '../../scenes/types';

interface StepData {
  id: string;
  scene: string;
  figure: FigureId;
  title: string;
  alt: string;
  source: string;
  urls: { story: string; png: string; svg: string };
}

function readSteps(root: HTMLElement): StepData[] {
  try {
    const list: unknown = JSON.parse(root.querySelector('[data-embed-steps]')?.textContent ?? '[]');
    return Array.isArray(list) ? (list as StepData[]) : [];
  } catch {
    return [];
  }
}

function showStatic(graphic: HTMLElement, step: StepData) {
  graphic.querySelector('.embed-static')?.remove();
  const img = document.createElement('img');
  img.className = 'embed-static';
  img.src = step.urls.svg;
  img.alt = step.alt;
  img.width = 1200;
  img.height = 675;
  graphic.prepend(img);
}

function startResize(childId: string | null, secret: string | null) {
  if (window.parent === window) return;
  const child = createResizeChild({
    post: (m) => window.parent.postMessage(m, '*'),
    measure: () => document.documentElement.getBoundingClientRect().height,
    childId,
    secret,
  });
  child.send();
  window.addEventListener('load', () => child.send());
  window.addEventListener('message', (e) => {
    if (e.source === window.parent) child.receive(e.data);
  });
  // Every change of the content's size (a view toggle, a wider frame, fonts arriving), at most once a frame.
  let queued = false;
  new ResizeObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      child.send();
    });
  }).observe(document.documentElement);
}

export function startEmbedPage(): void {
  const root = document.querySelector<HTMLElement>('[data-embed]');
  const graphic = root?.querySelector<HTMLElement>('[data-graphic]');
  if (!root || !graphic) return;
  const params = parseEmbedParams(location.search, location.hash, LANGS);
  // ?lang=pt on an English embed (or any other pair): the same embed, prerendered in that language.
  const moved = embedInLanguage(location, import.meta.env.BASE_URL, params.lang);
  if (moved) {
    location.replace(moved);
    return;
  }
  const html = document.documentElement;
  if (params.theme !== 'auto') html.dataset.theme = params.theme;
  if (params.plain) html.dataset.embedPlain = '';
  const steps = readSteps(root);
  const byId = new Map(steps.map((s) => [s.id, s]));
  const write = (a: Pick<ActiveStep, 'id'>) => {
    const s = byId.get(a.id);
    if (!s) return;
    graphic.dataset.activeStep = s.id;
    graphic.dataset.activeScene = s.scene;
    graphic.dataset.activeFigure = s.figure;
    const set = (sel: string, text: string) => {
      const el = root.querySelector(sel);
      if (el) el.textContent = text;
    };
    set('[data-embed-title]', s.title);
    set('[data-embed-desc]', s.alt);
    set('[data-embed-source]', s.source);
    root.querySelector('[data-embed-link="png"]')?.setAttribute('href', s.urls.png);
    const back = root.querySelector('[data-embed-link="story"]');
    back?.setAttribute('href', s.urls.story);
    if (params.static) showStatic(graphic, s);
  };
  if (params.static) {
    html.dataset.embedStatic = '';
    if (steps[0]) showStatic(graphic, steps[0]);
  }
  defineSteps(steps.map((s) => ({ id: s.id, scene: s.scene, figure: s.figure })));
  subscribeActiveStep(write);
  startUrlDriver();
  startPauseControl(graphic.querySelector<HTMLButtonElement>('[data-pause]'));
  startResize(params.childId, params.secret);
  html.dataset.embedReady = 'true';
}
