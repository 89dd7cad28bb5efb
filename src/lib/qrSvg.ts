// A QR code as SVG path data, made at build time (the students' link on /present/): qrcode-generator encodes the
// text, this module turns its dark modules into one path of unit squares with the standard four-module quiet
// zone. Pure: no DOM, no network; the component puts the path in an <svg> with a text alternative.
import qrcode from 'qrcode-generator';

export interface QrPath {
  /** Side of the square viewBox in modules, quiet zone included. */
  size: number;
  /** Path data: one "M x y h1 v1 h-1 z" square per dark module. */
  d: string;
  /** Modules per side without the quiet zone (21 for version 1, +4 per version). */
  modules: number;
}

const QUIET = 4;

/** Encodes `text` (byte mode, error correction M, smallest version that fits). */
export function qrPath(text: string): QrPath {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  const parts: string[] = [];
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) if (qr.isDark(r, c)) parts.push(`M${c + QUIET} ${r + QUIET}h1v1h-1z`);
  }
  return { size: n + 2 * QUIET, d: parts.join(''), modules: n };
}
