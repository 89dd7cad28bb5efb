// Currency and unit conversion for electricity prices. Pure; the rate is always passed in so the
// one approximate rate (src/data/electricity.ts) is visible at every call site.
import type { PriceUnit } from '../data/electricity';

/** Yuan to US dollars at `cnyPerUsd` yuan per dollar. */
export function cnyToUsd(cny: number, cnyPerUsd: number): number {
  if (!(cnyPerUsd > 0)) throw new Error(`exchange rate must be positive, got ${cnyPerUsd}`);
  return cny / cnyPerUsd;
}

/** Any supported price unit to US cents per kWh. */
export function toUsCentsPerKwh(value: number, unit: PriceUnit, cnyPerUsd: number): number {
  switch (unit) {
    case 'usc-per-kwh':
      return value;
    case 'usd-per-kwh':
      return value * 100;
    case 'cny-per-kwh':
      return cnyToUsd(value, cnyPerUsd) * 100;
  }
}

/** True when the value had to go through the exchange rate (so it is derived, not published). */
export function isConverted(unit: PriceUnit): boolean {
  return unit === 'cny-per-kwh';
}
