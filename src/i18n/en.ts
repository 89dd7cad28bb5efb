// English: every UI string of every component, by group. Other locales copy this shape (type Messages).
import { common } from './en/common';
import { site } from './en/site';
import { story } from './en/story';
import { map } from './en/map';
import { hashrate } from './en/hashrate';
import { tokenShare } from './en/tokenShare';
import { priceGap } from './en/priceGap';
import { powerPrice } from './en/powerPrice';
import { energy } from './en/energy';
import { latency } from './en/latency';
import { experts } from './en/experts';
import { sources } from './en/sources';
import { present } from './en/present';
import { teach } from './en/teach';
import { offline } from './en/offline';
import { embed } from './en/embed';
import { figures } from './en/figures';
import { places } from './en/places';

export const en = {
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
} as const;
