// Portuguese UI strings of the energy group (see src/i18n/index.ts): the energy-per-token calculator.
// Numbers are never written here: every {placeholder} is filled with a value from src/data, formatted by Intl.
import type { Messages } from '../index';

export const energy: Messages['energy'] = {
  title: 'Quanta eletricidade há num token?',
  /** The one-line reading under the title, by scene id. */
  scenes: {
    'energy-calculator': {
      reading: 'Energia por token = potência da GPU × PUE ÷ tokens por segundo. Mude os dados para ver a energia e a conta de luz.',
    },
    'energy-gpu-hour': {
      reading: 'Uma hora de GPU é o desgaste do chip mais a eletricidade que ele consome. Mude os dados para ver o que custa mais.',
    },
  },
  /** Shown in the server HTML until the calculator has loaded (and for good if its code never does). */
  fixedView: 'Visão fixa: o exemplo resolvido. Os controles funcionam quando a calculadora terminar de carregar.',

  /** The results' labels carry the units, so a value never wraps (and the row never changes height). */
  outputs: {
    jPerToken: 'Energia por token (J)',
    kwhPerMillion: 'Por milhão de tokens (kWh)',
    usdPerMillion: 'Custo da eletricidade por milhão de tokens',
  },
  /** The one polite announcement after the reader stops changing a setting. */
  announce: 'Energia por token: {j} J; por milhão de tokens, {kwh} kWh e {usd} de eletricidade.',

  settingsLabel: 'Dados da calculadora',
  /** The GPU-hour step (and, on phones, the calculator step) opens on its answer alone; this shows the rest, and back. */
  openFull: 'Abrir a calculadora completa',
  closeFull: 'Voltar ao resumo',
  formula: '{watts} W × {pue} ÷ {tps} tokens/s = {result}',
  formulaResult: '{j} J por token',
  presetsLabel: 'Configurações prontas',
  presets: {
    'small-batched': {
      label: 'Modelo pequeno, com bons lotes',
      why:
        'Uma H100 a {watts} W produzindo {tps} tokens por segundo gasta cerca de {gpuJ} J por token na GPU, o que a ML.ENERGY mediu ' +
        'para o Llama 3.1 8B com lotes de 64 ({measured} J). PUE {pue} é um prédio de hiperescala (o Google informa cerca de {googlePue}).',
    },
    'large-moe': {
      label: 'Modelo grande de mistura de especialistas',
      why:
        'Um modelo grande com lotes modestos cai na faixa de {range} J por token que a ficha técnica dá para ele: aqui, {tps} tokens ' +
        'por segundo por GPU. PUE {pue} é o teto fixado para os polos de computação do leste da China; {cents} centavos por kWh é ' +
        'mais ou menos a tarifa para data centers de Zhongwei ({yuan}).',
    },
    'one-at-a-time': {
      label: 'Um pedido por vez',
      why:
        'Atender um pedido por vez (lote de 1) deixa a maior parte da GPU ociosa, mas ainda consumindo energia: {tps} tokens por segundo dão ' +
        'cerca de {j} J por token. PUE {pue} é a média do setor segundo a pesquisa do Uptime. Mantemos o limite máximo de {watts} W; ' +
        'uma GPU com lote de 1 consome menos, então este é o lado alto.',
    },
  },
  workedExample:
    'Exemplo resolvido: uma H100 no seu limite de {watts} W, num prédio com PUE {pue} (perto da média do setor, {pueAverage}), ' +
    '{tps} tokens por segundo, {cents} centavos por kWh (mais ou menos a média industrial dos EUA).',
  ownSettings: 'Seus próprios dados.',

  fields: {
    watts: { label: 'Potência da GPU (W)', hint: 'H100 SXM até {sxm} W; PCIe {pcie} W', valueText: '{value} W' },
    pue: { label: 'PUE', hint: 'Sobrecarga do prédio: {none} = nenhuma; média do setor {average}', valueText: '{value}' },
    tokensPerSecond: {
      label: 'Tokens por segundo por GPU',
      hint: 'Agrupar muitos pedidos em lotes aumenta este número',
      valueText: '{value} tokens por segundo',
    },
    centsPerKwh: {
      label: 'Preço da eletricidade (centavos de dólar por kWh)',
      hint: 'Média industrial dos EUA {us}¢; Zhongwei cerca de {zhongwei}¢',
      valueText: '{value} centavos de dólar por kWh',
    },
  },
  /** Before each field's hint: its allowed range. */
  fieldRange: '{range}.',
  slider: '{label}, controle deslizante',
  sliderLog: '{label}, controle deslizante (logarítmico)',

  copy: 'Copiar link',
  copied: 'Link copiado. Ele abre a calculadora com estes dados.',
  copyBlocked: 'O navegador bloqueou a cópia; copie o link abaixo.',
  copyFallback: 'Link para estes dados',

  scale: {
    heading: 'Seus dados ao lado de medições publicadas',
    aria: 'Escala logarítmica de joules por token. Seus dados: {j} J. {measurements}',
    ariaMeasurement: '{label}: {value} J ({setting}).',
    you: 'Seus dados: {j} J',
    value: '{value} J',
    approx: '~{value}',
    note: 'Joules por token, escala logarítmica: cada passo é dez vezes mais.',
  },
  queries: {
    heading: 'Por consulta típica (contagem de tokens não publicada, então não dá para comparar por token):',
    value: '{value} Wh',
  },
  /** The settings behind each published measurement, by measurement id (src/data/energy.ts). */
  measurementSettings: {
    'ml-energy': 'Llama 3.1 8B numa H100, lote de 64 (energia da GPU)',
    samsi: 'LLaMA-65B em V100/A100, sem otimização',
    google: 'prompt de texto mediano no Gemini Apps, 2025',
    epoch: 'consulta típica ao GPT-4o, estimativa, 2025',
    openai: 'consulta média ao ChatGPT, informal, 2025',
  },

  gpu: {
    heading: 'Uma hora de GPU: o chip ou a energia?',
    aria: 'Uma hora de GPU: depreciação do hardware {dep}, eletricidade {elec}, {share} do total. Alugar uma H100 custa {rent} por hora.',
    rent: 'aluguel',
    depreciation: 'Depreciação do hardware {usd}',
    depreciationNote:
      'suposição: uma H100 comprada por {price} (meio da estimativa de {range} da Raymond James) e usada dia e noite por ' +
      '{years} anos. O servidor e o prédio em volta dela não entram na conta.',
    electricity: 'Eletricidade {usd}',
    electricityNote: '{watts} W × {pue} = {kwh} kWh a {cents}¢.',
    rental: 'Aluguel de uma hora inteira de H100 num marketplace: {range}.',
    verdictChip: 'A eletricidade é {share} desta hora de GPU: o chip custa mais que a energia.',
    verdictPower: 'A eletricidade é {share} desta hora de GPU: com estes dados, a energia custa mais que o chip.',
  },
  week: {
    heading: 'Uma semana de modelos chineses no OpenRouter',
    body:
      'Os modelos chineses ficaram com {share} de cerca de {total} tokens entre os 10 primeiros do OpenRouter naquela semana: cerca de {chinese} tokens. ' +
      'Com os seus dados, isso dá {energy} na semana, {mw} MW constantes, a um custo de cerca de {usd} em eletricidade.',
    energy: '{value} MWh',
    caveat:
      'A contagem mistura tokens de entrada, que o modelo lê em bloco, com os tokens que ele escreve; a calculadora trata todos igual, ' +
      'então leia o resultado como uma ordem de grandeza.',
    when: 'Semana divulgada por volta de {date}',
  },

  sourceLabel: 'Fonte:',
  source:
    'Especificações e preços da H100 (NVIDIA, Raymond James via TechSpot/Barron’s, marketplaces); PUE do Uptime Institute, ' +
    'do Google e do China Daily; medições da ML.ENERGY, de Samsi et al., do Google, da Epoch AI e da OpenAI; rankings do OpenRouter segundo ' +
    'WorkOS e Futu; tarifas da EIA e do China Daily. Os cálculos e o período de depreciação são nossos.',
  allSources: 'Todas as fontes',

  table: {
    summary: 'Tabela de dados',
    caption: 'Calculadora de energia: dados, resultados e valores de referência',
    quantity: 'Grandeza',
    value: 'Valor',
    source: 'Fonte',
    input: 'Dado informado',
    ours: 'Conta nossa',
    reported: 'OpenRouter, segundo reportagens; conta nossa',
    depreciationSource: 'Suposição: {price} em {years} anos, 24 horas por dia',
    rows: {
      watts: 'Potência da GPU (seu dado)',
      pue: 'PUE (seu dado)',
      tokensPerSecond: 'Tokens por segundo por GPU (seu dado)',
      centsPerKwh: 'Preço da eletricidade (seu dado)',
      jPerToken: 'Energia por token',
      kwhPerMillion: 'Energia por milhão de tokens',
      usdPerMillion: 'Custo da eletricidade por milhão de tokens',
      weekTokens: 'Tokens dos modelos chineses, 10 primeiros do OpenRouter, uma semana',
      weekEnergy: 'A energia deles com os seus dados',
      weekCost: 'O custo da eletricidade deles com os seus dados',
      gpuDepreciation: 'Hora de GPU: depreciação do hardware',
      gpuElectricity: 'Hora de GPU: eletricidade',
      rental: 'Aluguel da H100, por hora de GPU',
      price: 'Preço da H100 (Raymond James)',
      marketPrice: 'Faixa de preço de mercado da H100',
      measurement: '{label}: {setting}',
      pue_reference: 'PUE: {label}',
      price_reference: 'Preço: {label}',
    },
    values: {
      watts: '{value} W',
      centsPerKwh: '{value} centavos de dólar por kWh',
      joules: '{value} J',
      kwh: '{value} kWh',
      weekTokens: '{tokens} ({share} de cerca de {total})',
      weekEnergy: '{mwh} MWh por semana (média de {mw} MW)',
      weekCost: '{usd} por semana',
      gpuElectricity: '{usd} ({kwh} kWh)',
      jPerToken: '{value} J por token',
      whPerQuery: '{value} Wh por consulta',
      about: 'cerca de {value}',
    },
  },
  /** Names of the reference points, by id (src/data/energy.ts pueReferences and priceReferences). */
  pueReferences: {
    google: 'Frota do Google',
    zhongwei: 'Zhongwei, Ningxia',
    uptime: 'Média do setor (pesquisa do Uptime), {year}',
    'china-2020': 'China, média nacional, {year}',
  },
  priceReferences: {
    'us-industrial': 'Média industrial dos EUA, {year}',
    zhongwei: 'Tarifa para data centers de Zhongwei ({yuan} a cerca de {rate} por dólar)',
  },
  measurementNames: {
    'ml-energy': 'ML.ENERGY v3.0',
    samsi: 'Samsi et al. (2023)',
    google: 'Google',
    epoch: 'Epoch AI',
    openai: 'OpenAI',
  },
};
