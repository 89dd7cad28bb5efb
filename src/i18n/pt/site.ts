// Portuguese UI strings of the site shell: header, skip link, page titles, the 404 page (see src/i18n/index.ts).
import type { Messages } from '../index';

export const site: Messages['site'] = {
  name: 'Tokens Abroad',
  navLabel: 'Navegação do site',
  navSources: 'Fontes e métodos',
  languageNav: 'Idioma',
  skipToStory: 'Pular para a reportagem',
  storyTitle: 'Tokens Abroad: como a China exporta eletricidade, um token de IA por vez',
  storyDescription:
    'Uma reportagem interativa: um pedido feito em São Francisco, respondido por um modelo chinês, queima eletricidade chinesa. A energia nunca sai da rede elétrica da China; seu valor atravessa o Pacífico, token por token.',
  notFoundTitle: 'Página não encontrada · Tokens Abroad',
  notFoundDescription: 'Esta página não existe. A reportagem e suas fontes estão a um clique.',
  notFoundHeading: 'Esta página não existe',
  notFoundText: 'O endereço pode estar errado, ou a página pode ter mudado de lugar. Nada se perdeu:',
  notFoundStory: 'Ler a reportagem desde o começo',
  notFoundSources: 'Ver todas as fontes e como os números foram checados',
};
