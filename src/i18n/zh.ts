// Simplified Chinese: every UI string of every component, by group, in the shape of the English (type Messages).
import type { Messages } from './index';
import { common } from './zh/common';
import { site } from './zh/site';
import { story } from './zh/story';
import { map } from './zh/map';
import { hashrate } from './zh/hashrate';
import { tokenShare } from './zh/tokenShare';
import { priceGap } from './zh/priceGap';
import { powerPrice } from './zh/powerPrice';
import { energy } from './zh/energy';
import { latency } from './zh/latency';
import { experts } from './zh/experts';
import { sources } from './zh/sources';
import { present } from './zh/present';
import { teach } from './zh/teach';
import { offline } from './zh/offline';
import { embed } from './zh/embed';
import { figures } from './zh/figures';
import { places } from './zh/places';

export const zh: Messages = {
  common,
  site,
  story,
  map,
  hashrate,
  tokenShare,
  priceGap,
  powerPrice,
  energy,
  latency,
  experts,
  sources,
  present,
  teach,
  offline,
  embed,
  figures,
  places,
};
