// Portuguese (Brazilian usage): every UI string of every component, by group, in the English shape (type Messages).
import type { Messages } from './index';
import { common } from './pt/common';
import { site } from './pt/site';
import { story } from './pt/story';
import { map } from './pt/map';
import { hashrate } from './pt/hashrate';
import { tokenShare } from './pt/tokenShare';
import { priceGap } from './pt/priceGap';
import { powerPrice } from './pt/powerPrice';
import { energy } from './pt/energy';
import { latency } from './pt/latency';
import { experts } from './pt/experts';
import { sources } from './pt/sources';
import { present } from './pt/present';
import { teach } from './pt/teach';
import { offline } from './pt/offline';
import { embed } from './pt/embed';
import { figures } from './pt/figures';
import { places } from './pt/places';

export const pt: Messages = {
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
