// The opening map's note on one request's journey: light's floor for the round trip under the Pacific and the time
// to write the answer, filled into the page language's sentence. Pure; the server fills it once per language
// (src/i18n/figureStrings.ts), so the map island gets the finished sentence.
import { answerAssumption, lightInFibreKmPerS } from '../data/latency';
import { fill } from '../i18n/fill';
import { answerSeconds, fibreRoundTripSeconds, formatDuration } from './latency';
import { oregonShanghaiKm } from './pacificPath';

/** `template` has {cable} and {answer}: "One request: at least 68 ms there and back under the Pacific, …". */
export function fillJourney(template: string, lang: string): string {
  // Light's floor over the Oregon–Shanghai great circle: a cable system's full length counts its branches too.
  return fill(template, {
    cable: formatDuration(fibreRoundTripSeconds(oregonShanghaiKm(), lightInFibreKmPerS.value), lang, 'short'),
    answer: formatDuration(answerSeconds(answerAssumption.tokens, answerAssumption.tokensPerSecond), lang, 'long'),
  });
}
