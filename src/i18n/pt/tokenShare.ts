// Portuguese UI strings of the tokenShare group (see src/i18n/index.ts): the token-share chart
// (src/components/charts/token-share/). Every {placeholder} is a number or name the chart formats from
// src/data/openrouter.ts; views are keyed by the scene state's `view`.
import type { Messages } from '../index';

export const tokenShare: Messages['tokenShare'] = {
  title: 'De quem eram os modelos que responderam: tokens no OpenRouter, fevereiro de 2026',
  controls: 'Mostrar',
  views: {
    week: {
      button: 'Semana dos 10 mais',
      reading:
        'Na semana divulgada por volta de {date}, os {size} primeiros modelos do OpenRouter processaram cerca de {total} trilhões de tokens; os modelos chineses ficaram com {share}. Só o {leader} teve {leaderTokens} trilhões, alta de {growth} sobre a semana anterior.',
      aria: 'Gráfico de barras dos tokens de uma semana entre os {size} primeiros modelos do OpenRouter: a fatia chinesa e os tokens do {leader}.',
    },
    crossover: {
      button: 'Semanas de fevereiro',
      reading:
        'Somando todos os modelos chineses e todos os americanos, os chineses passaram os americanos na semana de {week1} ({cn1} contra {us1} trilhões de tokens) e abriram mais vantagem na semana seguinte ({cn2} contra {us2}).',
      aria: 'Gráfico de barras dos tokens de todos os modelos chineses e de todos os americanos no OpenRouter em duas semanas de fevereiro de 2026.',
    },
  },
  week: {
    title: 'Os {size} primeiros modelos, semana divulgada por volta de {date}',
    wholeBar: 'Barra inteira = ~{total} trilhões de tokens (divulgado)',
    chinese: 'Modelos chineses {share}',
    others: 'Outros {share}',
    derived: '≈{tokens} tri (derivado: {share} × {total} tri)',
    leaderAlone: 'Só o {leader}, mesma escala',
    leaderValue: '{tokens} tri · {growth} sobre a semana anterior',
    leaders: 'Líderes da semana (na ordem em que o artigo os cita)',
    leadersShort: 'Líderes da semana (ordem do artigo)',
    leader: '{model} · {maker}',
    countNotPublished: 'contagem não publicada',
    ranksNotPublished: '#{ranks}: não publicados um a um',
    inTop: 'Os modelos chineses ocupavam {n} dos {of} primeiros lugares.',
  },
  crossover: {
    title: 'Todos os modelos chineses contra todos os americanos, tokens por semana',
    titleShort: 'Todos os modelos: chineses x americanos',
    note: 'Trilhões de tokens; uma contagem mais ampla que a da semana dos {size} primeiros',
    noteShort: 'Trilhões de tokens por semana; uma contagem mais ampla que a da semana dos {size} primeiros',
    firstLed: 'primeira semana com os chineses na frente',
    weekRemark: '{week} · {remark}',
    chinese: 'Chineses',
    us: 'Americanos',
  },
  noteLead: 'O que isto conta:',
  /** The caveats the chart shows, by id in src/data/openrouter.ts (rankingCaveats). */
  caveats: {
    'routed-only': 'Conta só os tokens enviados pelo OpenRouter (prompts, respostas e raciocínio); os pedidos privados ficam de fora.',
    tokenizers: 'Cada modelo conta com o próprio tokenizador, por isso os tokens não são estritamente comparáveis entre modelos.',
    'self-selected':
      'Os usuários formam uma amostra autosselecionada: muitos grandes usuários de modelos americanos vão direto aos fabricantes, alguns usam modelos chineses pelo OpenRouter por privacidade, e promoções gratuitas distorcem o ranking.',
  },
  source:
    'Rankings do OpenRouter (openrouter.ai/rankings, CC BY 4.0). Semana dos 10 mais segundo WorkOS, Futu e CryptoBriefing (fontes secundárias; ordem dos líderes como o artigo a dá); semanas de fevereiro segundo chinaaidaily, greenint e wpnews.',
  table: {
    summary: 'Dados: os valores publicados',
    weekCaption: '{week}: os {size} primeiros modelos do OpenRouter',
    item: 'Item',
    value: 'Valor',
    confidence: 'Confiabilidade',
    sourceId: 'Id da fonte',
    top10Tokens: 'Tokens processados pelos {size} primeiros',
    chineseShare: 'Fatia dos modelos chineses',
    chineseTokens: 'Tokens dos modelos chineses ({share} × {total} tri)',
    chineseInTop: 'Modelos chineses entre os {of} primeiros',
    leaderRow: '#{rank} {model} ({maker})',
    leaderValue: '{tokens} tri, {growth} na semana',
    ranksRow: '#{ranks}',
    notPublishedIndividually: 'não publicados um a um',
    snapshot: 'Outro retrato do fim de fevereiro: {model}',
    approx: '~{value}',
    derivedValue: '≈{value}',
    secondary: 'secundária',
    derived: 'derivado',
    secondaryRank: 'secundária (posição: do artigo)',
    rankOnly: 'posição tirada do artigo',
    otherWeek: 'verificado (outra semana)',
    crossoverCaption: 'Todos os modelos chineses contra todos os americanos no OpenRouter, trilhões de tokens por semana',
    week: 'Semana',
    chinese: 'Modelos chineses',
    us: 'Modelos americanos',
    weekLabel: 'Semana divulgada por volta de {date}',
  },
  makers: {
    minimax: 'MiniMax',
    moonshot: 'Moonshot AI',
    zhipu: 'Zhipu / Z.ai',
  },
};
