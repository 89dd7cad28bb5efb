// The addresses of one embed and its downloads, from the site's base URL (absolute, ending in "/"), a figure id
// and a step id; ids are encoded, so a hostile id cannot change the path. Pure; used by the Embed dialog and the
// builder, and matches the pages under src/pages/embed/ and the files of src/static-figures/.
export interface EmbedUrls {
  embed: string;
  png: string;
  png2x: string;
  svg: string;
  csv: string;
  sources: string;
  oembed: string;
}

export function embedUrls(siteBase: string, figure: string, step: string | null): EmbedUrls {
  const root = siteBase.endsWith('/') ? siteBase : `${siteBase}/`;
  const f = encodeURIComponent(figure);
  const s = step ? encodeURIComponent(step) : '';
  const embed = `${root}embed/${f}/${s ? `${s}/` : ''}`;
  const fig = `${root}figures/${s}`;
  return {
    embed,
    png: s ? `${fig}.png` : '',
    png2x: s ? `${fig}@2x.png` : '',
    svg: s ? `${fig}.svg` : '',
    csv: `${root}embed/${f}/data.csv`,
    sources: `${root}embed/${f}/sources.csv`,
    oembed: `${embed}oembed.json`,
  };
}
