// Descrições das fontes em português do Brasil (ver src/lib/sourceText.ts): `title` é a nossa descrição do que a
// fonte é, `note` a ressalva. Títulos de obras, documentos e artigos ficam no original; editora, data e endereço
// continuam como estão em src/data/sources/*.ts. Termos conforme content/pt/glossary.md. Números são os mesmos do
// inglês, escritos como no Brasil (1.234,5; US$ 0,15).
import type { SourceTextTable } from '../../lib/sourceText';

export const sourceText: SourceTextTable = {
  // O artigo
  'article-token-going-abroad': {
    title: "“Token going abroad: selling China's electricity to the world” (“Tokens no exterior: vendendo a eletricidade da China ao mundo”)",
    note:
      'O ponto de partida desta reportagem, não a prova de seus números. Os números principais do artigo (eletricidade “40% mais barata”, preços “17 vezes” menores, ' +
      'inferência “36 vezes” mais barata, a data do bloqueio das credenciais, os 80,8% no SWE-bench) são conferidos, um a um, com outras fontes deste site.',
  },
  'space-race-framing': {
    title: 'Enquadramento: a corrida da IA descrita na linguagem do Sputnik e da Apollo',
    note: 'Uma comparação, não uma medida: nenhum número deste site depende dela.',
  },

  // Preços da eletricidade
  'eia-us-industrial-2023': {
    title: 'Preço médio da eletricidade industrial nos EUA, 2023',
    note: '8,06 centavos de dólar por kWh em 2023, ante 8,3 centavos em 2022.',
  },
  'eia-state-prices-2023': { title: 'Electric Power Annual 2023: preço médio por estado e por setor' },
  'china-briefing-industrial-power': {
    title: 'Tarifas de eletricidade industrial na China',
    note: 'Cerca de US$ 0,088 por kWh em 2024, ante US$ 0,084 em 2019. Um ano depois do número americano com que é comparado.',
  },
  'pandaily-ulanqab-tariff': { title: 'Tarifa de eletricidade para data centers em Ulanqab, na Mongólia Interior' },
  'china-daily-zhongwei-2020': { title: 'A “base de nuvem do oeste” de Zhongwei: tarifa de eletricidade para data centers' },
  'china-daily-hohhot-2015': { title: 'Tarifa padrão de eletricidade para data centers em Hohhot, na Mongólia Interior' },
  'cny-usd-conversion': {
    title: 'Tarifas em yuans convertidas para centavos de dólar a cerca de ¥ 7,2 por dólar',
    note: 'Uma única taxa aproximada é aplicada a tarifas de anos diferentes (de 2015 aos anos 2020); os valores convertidos são estimativas.',
  },

  // Chips, data centers e energia por token
  'h100-sxm-tdp': { title: 'NVIDIA H100 SXM5: potência térmica de projeto (TDP) de até 700 W (configurável)' },
  'nvidia-h100-pcie-brief': { title: 'Ficha técnica da GPU NVIDIA H100 PCIe (PB-11133-001): 350 W' },
  'raymond-james-h100-price': {
    title: 'Estimativa da Raymond James: uma H100 custa cerca de US$ 3.320 para fabricar e US$ 25.000 a 30.000 para comprar',
  },
  'h100-market-price-range': { title: 'Preços de mercado da H100: cerca de US$ 25.000 a 40.000 por GPU' },
  'h100-rental-price': {
    title: 'Aluguel de H100 em marketplaces de GPU a partir de cerca de US$ 1,80 a 1,90 por hora de GPU',
    note: 'Os preços dos marketplaces mudam depressa; é um retrato do momento, não um preço de tabela.',
  },
  'uptime-pue-2023': {
    title: 'Pesquisa global do Uptime Institute sobre data centers: PUE médio de 1,58 em 2023',
    note: 'Estável, em torno de 1,55 a 1,59, desde cerca de 2020.',
  },
  'google-fleet-pue': { title: 'PUE de cerca de 1,1 do conjunto de data centers do Google' },
  'china-daily-pue-2020': { title: 'PUE médio dos data centers chineses: cerca de 1,8 por volta de 2020' },
  'zhongwei-pue': {
    title: 'Aglomerado de data centers de Zhongwei (Ningxia): PUE de cerca de 1,1',
    note: 'A mesma reportagem do China Daily que dá a tarifa de Zhongwei: PUE de cerca de 1,1 na base de nuvem, ante uma média nacional de cerca de 1,8.',
  },
  'ml-energy-leaderboard-v3': {
    title: 'ML.ENERGY Leaderboard v3.0: Llama 3.1 8B em uma H100 (vLLM, lote de 64) a 0,12 J por token',
    note: 'A versão 2.0 (setembro de 2024) mediu 0,20 J por token na mesma configuração. Só a energia da GPU.',
  },
  'samsi-words-to-watts-2023': {
    title: 'Samsi et al., “From Words to Watts”: LLaMA-65B em V100/A100 a cerca de 3 a 4 J por token de saída',
    note: 'Inferência em várias GPUs, sem otimização; não é comparável ao serviço moderno em lotes.',
  },
  'google-gemini-prompt-energy-2025': {
    title: 'Prompt de texto mediano nos apps do Gemini: 0,24 Wh (toda a infraestrutura de serviço)',
    note: 'O número de tokens por prompt não foi divulgado, então não dá para converter em joules por token.',
  },
  'epoch-gpt4o-query-2025': {
    title: 'Estimativa da Epoch AI: cerca de 0,3 Wh por consulta típica ao GPT-4o (supondo uma H100)',
    note: 'Uma estimativa, não uma medição; bem mais alta para entradas longas (~2,5 Wh com 10 mil tokens de entrada).',
  },
  'openai-chatgpt-query-energy': {
    title: 'OpenAI (Sam Altman, declaração informal): uma consulta média ao ChatGPT gasta cerca de 0,34 Wh',
    note: 'Declaração informal, sem método nem número de tokens.',
  },
  'energy-per-token-formula': {
    title: 'Energia por token = potência da GPU × PUE ÷ tokens por segundo; 1 kWh por milhão de tokens = 3,6 J por token',
  },
  'gpu-depreciation-assumption': {
    title: 'Premissa: uma H100 comprada por US$ 27.500 é depreciada em 4 anos de uso ininterrupto',
    note:
      'US$ 27.500 é o meio da estimativa de US$ 25.000 a 30.000 da Raymond James; a vida útil de 4 anos e o uso 24/7 são premissas nossas, ' +
      'e o servidor, a rede e o prédio em volta da GPU não entram na conta.',
  },
  'calc-throughput-assumption': {
    title: 'Premissa: a calculadora começa em 1.000 tokens por segundo por GPU',
    note:
      'Um valor inicial redondo para um servidor com bons lotes, não uma medição. As medições publicadas (listadas com a calculadora) vão de um décimo de joule ' +
      'a vários joules por token, o que, a essa potência, significa de algumas centenas a vários milhares de tokens por segundo.',
  },

  // Lugares: cabos, polos de data centers e energia na China
  'telegeography-cable-map-2021': {
    title: 'Dados do Submarine Cable Map: comprimentos, datas de entrada em operação e pontos de aterrissagem do TPE e do NCP',
    note:
      'Dados sob licença CC BY-NC-SA 3.0. Só comprimentos, datas e coordenadas dos pontos de aterrissagem são usados, como fatos; as rotas deste site são ' +
      'segmentos estilizados de círculo máximo entre os pontos de aterrissagem, desenhados por nós, não a geometria da TeleGeography.',
  },
  'ncp-fcc-summary': {
    title: 'New Cross Pacific: licença de aterrissagem da FCC, operação em etapas a partir de fevereiro de 2018, cerca de 13.000 km',
    note: 'A TeleGeography dá 13.618 km e maio de 2018; o resumo baseado na FCC fala em cerca de 13.000 km e operação plena em janeiro de 2019.',
  },
  'hillsboro-tpe-hub': {
    title: 'Hillsboro, no Oregon, apontada como polo no interior para os cabos do Pacífico',
    note: 'O papel é relatado; as coordenadas (cerca de 45,52 N, 122,99 O) são aproximadas.',
  },
  'atlantic-cable-landings-approx': {
    title: 'Pontos de aterrissagem dos cabos atlânticos de 1858 e 1866 (Knightstown, Foilhommerum Bay, Bull Arm)',
    note: 'Os lugares são documentados; as coordenadas são aproximadas, com margem de alguns quilômetros.',
  },
  'hearts-content-station': { title: "Estação de cabo de Heart's Content, na Terra Nova: localização" },
  'pacific-great-circle-derived': {
    title: 'Distância em círculo máximo de Nedonna Beach, no Oregon, a Chongming, em Xangai: cerca de 9.200 km',
    note:
      'O caminho mais curto sobre o globo entre os dois pontos de aterrissagem. O cabo em si tem cerca do dobro (17.968 km), porque tem ramais para o Japão, ' +
      'a Coreia e Taiwan e acompanha o fundo do mar; a luz pela rota real leva proporcionalmente mais tempo.',
  },
  'cable-1858-route-derived': {
    title: 'A rota de 1858 desenhada como o círculo máximo Knightstown - Bull Arm, em oito passos',
    note:
      'Um recurso de desenho, não um levantamento: o ponto 7 coincide com o diário de bordo do Niagara de 3 de agosto de 1858 (49,17 N, 49,23 O) com diferença de ' +
      'cerca de 0,2 grau. A emenda no meio do oceano, tradicionalmente perto de 52 N 32-33 O, não está verificada.',
  },
  'cn-city-coordinates': {
    title: 'Coordenadas das sedes de condados e dos centros de cidades chinesas (duas casas decimais)',
    note: 'Sem licença declarada; coordenadas são fatos e podem ter um desvio GCJ-02 de algumas centenas de metros, invisível na escala do mapa.',
  },
  'east-data-west-computing-2022': {
    title: '“Dados no Leste, Computação no Oeste”: aprovados 8 polos nacionais de computação e 10 aglomerados de data centers',
    note: 'No mapa, cada aglomerado está no centro da cidade ou do condado que o representa; algumas áreas iniciais não estão verificadas.',
  },
  'scmp-ai-lab-headquarters': {
    title: 'Onde ficam os fabricantes de modelos: MiniMax (Xangai), Moonshot (Pequim), DeepSeek (Hangzhou)',
    note: 'A sede da Zhipu em Pequim não é confirmada pelas fontes lidas; o centro da cidade representa cada empresa.',
  },
  'world-city-centres-approx': {
    title: 'Coordenadas dos centros das cidades de desenvolvedores e dos destinos dos mineradores (arredondadas)',
    note: 'Arredondadas a cerca de um décimo de grau; os pontos por país do êxodo da mineração em 2021 são posições simbólicas dentro de cada país, não locais de mineração.',
  },
  'three-gorges-dam': {
    title: 'Usina de Três Gargantas: 22.500 MW (32 x 700 MW mais 2 x 50 MW), todas as unidades em operação desde 4 de julho de 2012',
    note: 'Só foi lido um verbete de enciclopédia, não os números do próprio operador, por isso o crédito cita a enciclopédia.',
  },
  'baihetan-hydro': {
    title: 'Hidrelétrica de Baihetan: 16 unidades de 1.000 MW, as primeiras desde 28 de junho de 2021',
    note: 'Capacidade verificada; a posição no mapa (cerca de 27,22 N, 102,90 L) é aproximada.',
  },
  'xiluodu-hydro': { title: 'Hidrelétrica de Xiluodu: 18 x 770 MW, concluída em 2014' },
  'wudongde-hydro': {
    title: 'Hidrelétrica de Wudongde: 12 unidades, 38,9 TWh por ano',
    note: 'Geração anual verificada; a capacidade (10,2 GW) e a posição no mapa (cerca de 26,3 N, 102,6 L) não estão verificadas.',
  },
  'kubuqi-desert-base': {
    title: 'Base de energia no deserto de Kubuqi, em Ordos: 16 GW previstos (8 GW solar, 4 GW eólica, 4 GW carvão), energia para Pequim-Tianjin-Hebei',
  },
  'jiuquan-wind-base': { title: 'Base eólica de Jiuquan, em Gansu: 5,36 GW em operação em 2012' },
  'xinjiang-new-energy-2023': {
    title: 'Capacidade eólica e solar de Xinjiang: 40,7 GW em janeiro de 2023',
    note: 'Número da província inteira; o mapa o marca em Urumqi.',
  },
  'changji-guquan-uhvdc': {
    title: 'Linha de ultra-alta tensão em corrente contínua Changji-Guquan, ±1.100 kV: 12 GW, de Xinjiang a Xuancheng (Anhui)',
    note:
      'Comprimento dado como 3.293 km ou 3.324 km. O mapa traça a linha reta entre as cidades das pontas; a rota real passa por Gansu, Ningxia, Shaanxi e Henan. ' +
      'A posição da estação conversora de Changji não está verificada.',
  },
  'sea-lane-waypoints': {
    title:
      'Pontos de passagem por rotas marítimas para desenhar os trajetos dos pedidos (baía de Bengala, estreito de Malaca, mar do Sul da China, Atlântico ocidental)',
    note:
      'Só pontos de desenho, para que as rotas da Índia, do Sudeste Asiático e do Brasil sigam pelo mar ao longo dos corredores usuais de cabos em vez de cortar ' +
      'por terra; não são a geometria de cabos nem estações de aterrissagem.',
  },
  'natural-earth-admin1': {
    title: 'Estados e províncias (Admin-1): as fronteiras provinciais da China',
    note: 'Muito simplificadas para o mapa (scripts/china-provinces.mjs): um esquema das fronteiras, não um levantamento.',
  },

  // Os cabos atlânticos, 1858 e 1866
  'sciam-atlantic-cable-aug-1858': {
    title: 'O telégrafo atlântico: a tentativa de 1857, a frota e o cabo a bordo de cada navio',
    note: 'Dá cerca de 1.100 milhas náuticas de cabo a bordo de cada um, Niagara e Agamemnon, e a ruptura de 1857.',
  },
  'chambers-atlantic-telegraph': {
    title: '“Atlantic Telegraph”: como o cabo de 1857-58 foi fabricado',
    note: 'Condutor de sete fios de cobre, isolamento de guta-percha, armadura de fios de ferro; cerca de uma tonelada por milha; 2.500 milhas terrestres fabricadas.',
  },
  'field-dispatch-aug-1858': {
    title: 'O despacho de Cyrus W. Field, da baía da Trindade, sobre o lançamento concluído',
    note: 'Distância entre as estações telegráficas dada como 1.698 milhas náuticas (1.950 milhas terrestres); mais de dois terços da rota a mais de duas milhas de profundidade.',
  },
  'heroes-of-the-telegraph': {
    title: 'Heroes of the Telegraph (capítulo sobre Cyrus Field e a expedição de 1858)',
    note: 'Emenda no meio do oceano em 29 de julho de 1858; o Niagara chega a Bull Arm, na baía da Trindade, e o Agamemnon a Valentia, ambos em 5 de agosto de 1858.',
  },
  'hunt-imperial-science': {
    title: 'Imperial Science: Cable Telegraphy and Electrical Physics in the Victorian British Empire, cap. 2',
    note: 'O cabo de 1858 “failed in September 1858 after only a month of fitful service” (falhou em setembro daquele ano, depois de só um mês de serviço intermitente).',
  },
  'history-com-1858-cable': {
    title: 'O primeiro cabo telegráfico transatlântico e por que ele falhou (entrevista com a historiadora Cassie Newland)',
    note: 'Funcionou por cerca de três semanas. Os danos de um ano de armazenamento, manuseio e emendas indicam que ele provavelmente falharia cedo de qualquer forma.',
  },
  'whitehouse-high-voltage': {
    title: 'As bobinas de indução de Wildman Whitehouse e a ruptura do isolamento do cabo de 1858',
    note: 'A tensão, de cerca de 2.000 V, é uma estimativa.',
  },
  'messages-before-failure-1858': {
    title: 'Quantas mensagens o cabo de 1858 transmitiu antes de falhar',
    note: 'Os dois relatos se contradizem; nenhuma das contagens pôde ser conferida com uma fonte primária. A data exata do último sinal também não está verificada.',
  },
  'celebrations-1858': {
    title: 'As comemorações do cabo de 1858 em Nova York: salva de tiros e fogos de artifício que incendiaram a cúpula da prefeitura',
  },
  'great-eastern-1866': {
    title: "O Great Eastern conclui o cabo de 1866 em Heart's Content",
    note: 'Percurso de 1.669 milhas náuticas, com 1.864 milhas náuticas de cabo lançadas; a ponta em terra fica em Foilhommerum Bay, Valentia.',
  },
  'cable-1865-recovered': { title: 'O cabo perdido de 1865 é içado, emendado e concluído (8 de setembro de 1866)' },
  'cable-tariff-1866': {
    title: 'O preço de um telegrama transatlântico em 1866',
    note: 'Dois relatos, em duas moedas; os dois são citados.',
  },
  'cable-stations-closed': { title: "O fechamento das estações de cabo de Heart's Content (1965) e Valentia (1966)" },

  // Mineração de bitcoin na China
  'hashrate-june-2021-drop': {
    title: 'A taxa de hash do bitcoin caiu 38% em junho de 2021, mais ou menos a fatia da China antes da proibição',
  },
  'wet-season-hydro-price': {
    title: 'Hidreletricidade da estação chuvosa para mineradores em Sichuan a apenas ¥ 0,08 por kWh (cerca de US$ 0,01)',
    note: 'Uma única fonte secundária; tome como ordem de grandeza.',
  },
  'openrouter-model-count': { title: 'O OpenRouter lista mais de 400 modelos' },
  'openrouter-chinese-share-late-2024': {
    title: 'Os modelos chineses de pesos abertos eram menos de 1,2% dos tokens semanais do OpenRouter no fim de 2024',
  },
  'openai-tokens-rule-of-thumb': {
    title: 'Regra prática para texto em inglês: um token tem cerca de quatro caracteres, então 100 tokens dão cerca de 75 palavras',
    note: 'Uma regra prática para os tokenizadores da OpenAI e o inglês; outros modelos e outras línguas dividem o texto de outro jeito.',
  },
  'inner-mongolia-compute-2025': {
    title: 'Mongólia Interior: 126.000 PFLOPS de capacidade de computação em 2025, energia verde em 84,57% no 1º trimestre de 2025',
    note: 'Um número regional, de toda a Mongólia Interior, não de um data center ou de um fabricante de modelos.',
  },
  'huadian-electricity-share-2026': {
    title: 'Cerca de metade do custo operacional da computação vem da eletricidade',
    note: 'Só o custo operacional: a compra dos chips não entra. A China Telecom citou cerca de 30% na Mongólia Interior e 45-55% ao sul do Yangtzé (China Daily, 2016).',
  },
  'cbeci-methodology': {
    title: 'Cambridge Bitcoin Electricity Consumption Index (CBECI): metodologia do mapa da mineração',
    note:
      'Fatias mensais por país de setembro de 2019 a janeiro de 2022, pela geolocalização de IP dos mineradores em pools parceiros (BTC.com, Poolin, ViaBTC, depois Foundry), ' +
      'que cobriam cerca de 35-37% da taxa de hash no início e cerca de 44% na atualização de agosto de 2021. VPNs e proxies distorcem o quadro. Licença dos dados: não verificada.',
  },
  'cbeci-sep-2019-apr-2021': { title: 'Fatias por país no CBECI em setembro de 2019 e abril de 2021' },
  'cbeci-first-release-2020': {
    title: 'Mapa da mineração do CBECI, primeira edição: médias por país e por província de setembro de 2019 a abril de 2020',
  },
  'cbeci-may-2021': { title: 'Fatias por país no CBECI em maio de 2021' },
  'cbeci-update-aug-2021': {
    title: 'Atualização do mapa da mineração do CBECI com dados até agosto de 2021 (China em 0% em julho e agosto de 2021)',
    note: 'A Rússia em agosto de 2021 aparece com 11,0% em algumas reportagens e 11,23% em outras; os dois valores são mostrados.',
  },
  'cbeci-sep-2021-rebound': {
    title: 'A fatia da China volta a 22,3% em setembro de 2021 (mineração clandestina, em parte via proxies no exterior)',
  },
  'cbeci-jan-2022': {
    title: 'Edição de 17 de maio de 2022 do mapa da mineração do CBECI (dados até janeiro de 2022)',
    note: 'Também é a fonte da mínima da taxa de hash da rede, 57,47 EH/s, em 27 de junho de 2021.',
  },
  'ccaf-sichuan-wet-season-2020': {
    title: 'A fatia de Sichuan na taxa de hash da China ao longo da estação chuvosa de 2020',
    note: 'Fatias da taxa de hash da China, não da taxa de hash mundial.',
  },
  'inner-mongolia-mining-exit-2021': { title: 'A Mongólia Interior age para acabar com a mineração de criptomoedas' },
  'fsdc-crackdown-may-2021': {
    title: 'O Comitê de Estabilidade e Desenvolvimento Financeiro do Conselho de Estado (51ª reunião) promete reprimir a mineração e o comércio de bitcoin',
    note: 'A reunião está verificada; o dia exato (21 de maio), não, por isso o site diz “maio de 2021”.',
  },
  'xinjiang-qinghai-mining-ban-2021': {
    title: 'Xinjiang manda fechar parte dos mineradores; Qinghai proíbe a mineração',
  },
  'yunnan-mining-crackdown-2021': { title: 'Yunnan reprime a mineração de bitcoin' },
  'sichuan-mining-shutdown-2021': {
    title:
      'A Comissão de Desenvolvimento e Reforma e o Departamento de Energia de Sichuan mandam fechar 26 projetos suspeitos de mineração até 20 de junho de 2021',
  },
  'china-crypto-ban-sep-2021': {
    title:
      'O Banco Popular da China e outros órgãos declaram ilegais os negócios com criptomoedas; a NDRC e 10 departamentos (FGYX [2021] nº 1283) põem a mineração na lista a eliminar',
  },
  'hydro-overcapacity-2016': { title: 'Excesso de capacidade hidrelétrica em Sichuan e Yunnan: 45,6 TWh em 2016' },
  'hashrate-china-2015-2016': {
    title: 'Mais de 70% da taxa de hash SHA-256 estimada como vinda da China em 2015-16 (antes dos dados do CBECI)',
  },
  'hashrate-absolute-jan-2022': {
    title: 'Taxa de hash absoluta, janeiro de 2022: EUA 71 EH/s, China 39,6 EH/s, Cazaquistão 24,8 EH/s',
  },
  'hashrate-wet-season-end-2020': {
    title: 'Cerca de 20-22 EH/s saíram da rede por volta de 25 e 26 de outubro de 2020, no fim da estação chuvosa',
  },

  // Modelos, preços, benchmarks e agentes
  'minimax-m25-launch': {
    title: 'Lançamento do MiniMax M2.5: preços de tabela (Standard e Lightning), parâmetros, SWE-bench Verified',
    note:
      'A pontuação no SWE-bench Verified (80,2%) é informada pelo fabricante. O total de parâmetros aparece como 229 bilhões ou 230 bilhões, conforme a página. ' +
      'Alguns gateways de API listam o M2.5 a US$ 0,30 na entrada / US$ 1,20 na saída.',
  },
  'kimi-k25-specs': {
    title: 'Kimi K2.5: preço de tabela e tamanho da mistura de especialistas',
    note: 'Não foi possível confirmar uma pontuação no SWE-bench Verified para o K2.5.',
  },
  'glm-5-specs': { title: 'GLM-5: preço de tabela, tamanho da mistura de especialistas, SWE-bench Verified' },
  'deepseek-v3-specs': {
    title: 'DeepSeek-V3: parâmetros, preços promocionais e padrão da API',
    note: 'O preço promocional (US$ 0,14 na entrada / US$ 0,28 na saída) valeu até 8 de fevereiro de 2025; depois o preço passou a US$ 0,27 na entrada / US$ 1,10 na saída (¥ 2 / ¥ 8).',
  },
  'deepseek-v32-specs': { title: 'DeepSeek-V3.2: preço de tabela depois do corte de setembro de 2025, SWE-bench Verified' },
  'claude-opus-45-specs': { title: 'Claude Opus 4.5: preço de tabela e SWE-bench Verified' },
  'claude-opus-46-specs': { title: 'Claude Opus 4.6: preço de tabela e SWE-bench Verified' },
  'gpt-4o-pricing': {
    title: 'Preço de tabela da API do GPT-4o (a partir do gpt-4o-2024-08-06)',
    note: 'O preço de lançamento de US$ 5 / US$ 15 não está confirmado e não é usado aqui.',
  },
  'anthropic-oauth-block-jan-2026': {
    title: 'Logins com assinatura do Claude param de funcionar fora do Claude Code',
    note: 'Uma mudança no servidor, feita sem anúncio; as ferramentas recebiam o erro “only authorized for use with Claude Code”.',
  },
  'anthropic-terms-feb-2026': {
    title: 'Os Termos para Consumidores e uma nova página jurídica do Claude Code vetam tokens de assinatura em outras ferramentas',
    note: 'As datas relatadas variam conforme a fonte, de 17 a 20 de fevereiro de 2026.',
  },
  'anthropic-docs-cleanup': {
    title: 'A Anthropic diz que o texto de fevereiro foi uma arrumação da documentação',
    note: 'A Anthropic disse que contas não seriam canceladas; o uso pessoal com o Agent SDK continua permitido; as chaves de API não são afetadas.',
  },
  'openclaw-history': {
    title: 'OpenClaw: lançado como Clawdbot em novembro de 2025, rebatizado de Moltbot em 27 de janeiro de 2026 e de OpenClaw poucos dias depois',
    note: 'Seu criador, Peter Steinberger, anunciou em 14 de fevereiro de 2026 que iria para a OpenAI.',
  },
  'google-antigravity-openclaw-2026': {
    title: 'O Google suspende o acesso ao Antigravity e ao Gemini de usuários que ligaram suas assinaturas ao OpenClaw',
    note:
      'As reportagens concordam que as suspensões começaram por volta de meados de fevereiro de 2026 e foram justificadas como violação dos termos de serviço ' +
      '(credenciais de assinatura alimentando um produto que não é do Google). Os relatos de perda de contas inteiras do Google, Gmail incluído, vêm de usuários; ' +
      'o líder de produto do Google disse que serviços fora do Antigravity não deveriam ser afetados. Nenhuma declaração oficial do Google foi lida.',
  },
  'chinese-price-war-claim': {
    title: 'Dezenas de laboratórios chineses cobram por seus modelos menos que um lucro razoável, como os fabricantes fizeram com as exportações',
    note: 'Não se encontrou contagem dos laboratórios nem de suas margens. O que está documentado são cortes de preço isolados, como o da DeepSeek, de mais da metade, para o V3.2 em setembro de 2025.',
  },

  // Rankings e roteamento de tokens do OpenRouter
  'openrouter-rankings-methodology': {
    title: 'Metodologia dos rankings do OpenRouter e documentação da API rankings-daily',
    note:
      'Classifica os modelos pelos tokens de prompt + resposta (raciocínio incluído) que passam pelo OpenRouter. Pedidos privados excluídos; dias em UTC; ' +
      'tokens BYOK limitados a 2x os não BYOK por dia. Não mede usuários, gastos nem qualidade. Cada provedor conta com seu próprio tokenizador.',
  },
  'openrouter-data-api': {
    title: 'API de dados do OpenRouter: rankings-daily e exportações diárias',
    note: 'Dados sob licença CC BY 4.0. Atribuição sugerida: “Source: OpenRouter (openrouter.ai/rankings), as of {as_of}”.',
  },
  'openrouter-week-feb-2026-reported': {
    title:
      'Os 10 primeiros do OpenRouter na semana noticiada por volta de 24 de fevereiro de 2026: ~8,7 trilhões de tokens, 61% para modelos chineses, MiniMax M2.5 com 2,45 trilhões (+197% na semana)',
    note: 'A página de rankings do OpenRouter daquela semana não foi vista; os números vêm da cobertura jornalística.',
  },
  'openrouter-week-ranking-article': {
    title: 'A ordem dos modelos líderes naquela semana (MiniMax M2.5, depois Kimi K2.5 e GLM-5), segundo o artigo',
    note: 'Outro retrato semanal do fim de fevereiro (greenint.net) punha o Gemini 3 Flash e o DeepSeek V3.2 à frente do Kimi K2.5 e do GLM-5; a semana e a definição fazem diferença.',
  },
  'openrouter-feb-2026-crossover-weeks': {
    title: 'Modelos chineses contra americanos no OpenRouter, semanas de 9 a 15 e de 16 a 22 de fevereiro de 2026',
    note: 'Conta todos os modelos chineses contra todos os americanos, não só os 10 primeiros, então não é comparável aos ~8,7 trilhões dos 10 primeiros.',
  },
  'openrouter-late-feb-snapshot': {
    title:
      'Um retrato semanal do fim de fevereiro de 2026: M2.5 ~1,7 trilhão, Gemini 3 Flash ~997 bilhões, DeepSeek V3.2 ~798 bilhões, Kimi K2.5 e GLM-5 com mais de 600 bilhões cada',
  },
  'openrouter-sample-caveats': {
    title: 'Por que o OpenRouter é uma amostra autosselecionada (uso direto dos fabricantes, roteamento por privacidade, promoções gratuitas)',
  },
  'openrouter-provider-routing': {
    title:
      'Roteamento entre provedores: cada modelo pode ser servido por vários provedores; por padrão, os pedidos são distribuídos entre eles, com prioridade para o preço',
    note:
      'Os desenvolvedores podem ordenar, permitir ou ignorar provedores a cada pedido; planos empresariais podem manter os pedidos dentro da UE ou dos EUA. ' +
      'O OpenRouter publica contagens de tokens por modelo, não por provedor nem por país, por isso não é pública a parcela dos tokens de um modelo chinês computada na China.',
  },
  'minimax-openrouter-hosts': {
    title:
      'Provedores oferecidos no OpenRouter para os modelos da MiniMax além da própria MiniMax: Fireworks, NovitaAI, Google Vertex AI, AtlasCloud e Together',
    note:
      'Uma mensagem de commit de um desenvolvedor, não uma página do OpenRouter: lista os provedores para os quais o projeto encaminha os modelos da MiniMax. ' +
      'Mostra que provedores fora da China servem esses modelos; não dá a parcela do tráfego.',
  },

  // O tempo do telégrafo
  'queen-message-98-words-16h': {
    title: 'A mensagem da rainha Vitória ao presidente Buchanan em 1858: 98 palavras, cerca de 16 horas para transmitir',
    note: 'Os relatos divergem: 16,5 horas (Henry Ford Museum), mais de 17 horas (steampunkaddie), 95 palavras em 67 minutos (Potamian e Walsh, 1909).',
  },
  'henry-ford-galvanometer-16-5h': { title: 'Legenda do galvanômetro no Henry Ford Museum: a mensagem da rainha levou 16,5 horas' },
  'steampunkaddie-17h': { title: 'A mensagem da rainha levou mais de 17 horas; cerca de 0,1 palavra por minuto' },
  'makers-of-electricity-1909': {
    title: 'Makers of Electricity: a mensagem da rainha, de 95 palavras, em 67 minutos',
    note: 'Um relato mais antigo, que discorda do número de ~16 horas; talvez seja só o tempo na linha.',
  },
  'ship-crossing-10-days': { title: 'Antes do cabo, um navio levava cerca de 10 dias para atravessar o Atlântico com uma mensagem' },
  'atlantic-1866-speed': { title: 'O cabo atlântico de 1866 transmitia cerca de 7,4 a 8 palavras por minuto' },
  'light-in-fibre': {
    title: 'A luz na fibra óptica viaja a cerca de 200.000 km/s (cerca de 5 microssegundos por km)',
    note:
      'c = 299.792,458 km/s exatos; o núcleo de uma fibra monomodo típica tem índice de grupo de cerca de 1,47, o que dá cerca de 204.000 km/s, arredondados aqui ' +
      'para 200.000 km/s. Repetidores, roteamento e comutação acrescentam um tempo que fica de fora.',
  },
  'answer-time-assumption': {
    title: 'Premissa: um modelo escreve uma resposta de 98 palavras (cerca de 130 tokens) a 50 tokens por segundo',
    note:
      'Só ilustrativo. Cerca de 1,3 token por palavra em inglês é uma regra prática comum; o tempo real de resposta depende do modelo, do provedor, da carga ' +
      'e do tamanho da resposta, e o tempo até o primeiro token não está incluído.',
  },

  // Estatísticas de comércio
  'digital-trade-handbook-2023': {
    title:
      'Handbook on Measuring Digital Trade, segunda edição: os serviços entregues digitalmente e por que as estatísticas oficiais ainda os captam só em parte',
    note: 'A OCDE diz que as evidências estatísticas sobre o tamanho do comércio digital ainda são parciais. Nenhum número publicado isola o comércio de tokens de IA.',
  },
  'msits-2010-services-surveys': {
    title:
      'Manual on Statistics of International Trade in Services 2010: o comércio de serviços é registrado no balanço de pagamentos, sobretudo a partir de pesquisas com empresas',
    note: 'Serviços não passam por alfândega, por isso não são contados numa fronteira; uma conta de computação no exterior entra, se entrar em algum lugar, em serviços de informática.',
  },
};
