// Portuguese strings of the /sources/ page: headings, table headers, source fields, confidence tags, the area
// titles of the source groups and the Methods prose (see src/i18n/index.ts). Numbers are filled in by the
// page from src/data ({placeholders}); none is typed here.
import type { Messages } from '../index';

export const sources: Messages['sources'] = {
  pageTitle: 'Fontes e métodos · Tokens Abroad',
  pageDescription:
    'Todas as fontes por trás de Tokens Abroad, quanto se confia em cada uma, cada número publicado na reportagem e os métodos e ressalvas por trás dos mapas e gráficos.',
  heading: 'Fontes e métodos',
  lede: 'Todo número da reportagem vem de uma fonte listada aqui. Cada fonte tem uma etiqueta de confiabilidade; cada número aparece exatamente como o texto o publica, com as fontes que o sustentam e as etapas que o usam. Onde o artigo do qual partimos e as evidências divergem, a reportagem diz isso.',
  tocTitle: 'Nesta página',
  tocMethods: 'Métodos e ressalvas',
  tocConfidence: 'O que significam as etiquetas de confiabilidade',
  tocFigures: 'Números do texto',
  tocSources: 'Todas as fontes',
  methodsHeading: 'Métodos e ressalvas',
  confidenceHeading: 'O que significam as etiquetas de confiabilidade',
  figuresHeading: 'Números do texto',
  figuresIntro:
    'Os números da reportagem são escritos como referências a esta lista e preenchidos quando o site é gerado, de modo que nenhum pode ser digitado sem fonte. Anos e datas são a exceção. Os números marcados com “cerca de” são estimativas ou arredondamentos. Em telas estreitas, a tabela rola para o lado.',
  sourcesHeading: 'Todas as fontes ({count})',
  sourcesIntro:
    'Agrupadas pela parte da reportagem que sustentam. Cada fonte indica seu editor, a organização ou o conjunto de dados por trás do número; quando o lemos no relatório ou na cópia de outra pessoa, “Lido em” diz onde. Os endereços aparecem como texto, para que possam ser conferidos ou copiados; algumas fontes são livros ou jornais sem endereço.',
  back: 'Voltar à reportagem',

  // The figures table
  tableCaption: 'Números do texto da reportagem ({count}), na ordem em que aparecem pela primeira vez',
  colFigure: 'Número',
  colValue: 'Como publicado',
  colSources: 'Fontes',
  usedIn: 'Usado em:',

  // One source's fields
  fieldPublisher: 'Editor',
  fieldVia: 'Lido em',
  fieldDate: 'Data',
  fieldConfidence: 'Confiabilidade',
  fieldNote: 'Nota',
  fieldAddress: 'Endereço',
  fieldCitedIn: 'Citado em',
  fieldId: 'Id',

  confidence: {
    verified: 'Verificado',
    secondary: 'Verificado numa fonte secundária',
    'from-article': 'Do artigo, não checado',
    unverified: 'Não verificado',
    derived: 'Derivado (conta nossa)',
  },
  confidenceMeaning: {
    verified: 'O número foi lido no próprio documento, conjunto de dados ou página do editor.',
    secondary:
      'O número foi lido numa fonte secundária identificada (uma notícia, um resumo ou uma cópia do original), não no original. Notícias sempre recebem esta etiqueta.',
    'from-article': 'O número vem do artigo, e não se encontrou checagem independente. O site o mostra apenas como a afirmação que está sendo checada.',
    unverified: 'Uma aproximação, uma suposição nossa ou uma afirmação que não pôde ser confirmada, como comentários em fóruns. O site a identifica como tal.',
    derived: 'Conta feita a partir de dados verificados; a fórmula aparece junto com o número.',
  },

  areas: {
    article: 'O artigo que esta reportagem checa',
    history: 'Os cabos do Atlântico, 1858 e 1866',
    telegraph: 'O tempo do telégrafo',
    mining: 'A mineração de bitcoin na China',
    openrouter: 'Rankings de tokens e roteamento no OpenRouter',
    models: 'Modelos, preços, notas em benchmarks e agentes',
    trade: 'Estatísticas de comércio',
    geo: 'Lugares: cabos, polos de data centers e energia na China',
    electricity: 'Preços da eletricidade',
    energy: 'Chips, data centers e energia por token',
  },

  // Methods and caveats
  sourceLink: 'Fonte',
  methodsArticleTitle: 'O artigo e as evidências',
  methodsArticle:
    'A reportagem parte de um artigo, “Token going abroad: selling China’s electricity to the world” (“Tokens no exterior: vendendo a eletricidade da China ao mundo”), de Black Lobster, publicado pelo TechFlow. Usamos o argumento dele, não os números: cada número foi pesquisado de novo. Onde o artigo e as evidências divergem (a diferença no preço da eletricidade, as razões de preço de {ratio17} e {ratio36}, a data da proibição de credenciais pela Anthropic e qual modelo Claude tirou qual nota no SWE-bench), o texto diz o que as evidências sustentam, e um quadro de checagem mostra as duas versões.',
  methodsComputedTitle: 'Onde a resposta é calculada',
  methodsComputed:
    'Os modelos chineses de pesos abertos também são servidos por empresas fora da China, e o OpenRouter manda cada pedido a um de vários provedores, por padrão sobretudo pelo preço. Seus rankings contam tokens por modelo, não por provedor nem por país, e não encontramos nenhuma divisão publicada; por isso, a fatia dos tokens “chineses” calculados com eletricidade chinesa é desconhecida. O mapa acompanha os pedidos respondidos pelos próprios servidores dos fabricantes dos modelos na China, o caso que o artigo descreve.',
  methodsShareTitle: 'Quanto de um token é eletricidade',
  methodsShare:
    'Com os valores iniciais da calculadora, a eletricidade é {share} do custo de uma hora de GPU; o resto é o preço do chip distribuído pela sua vida útil. Prédios, redes, pessoal e treinamento ficam de fora, e reduziriam ainda mais a fatia da eletricidade.',
  methodsPlacesTitle: 'Lugares aproximados',
  methodsPlaces:
    'Os marcadores foram posicionados para leitura na escala de um continente. Os aglomerados de data centers aparecem no centro de uma cidade ou condado que representa o aglomerado; as províncias mineradoras, em suas capitais; as estações telegráficas de 1858 e 1866, Bedford Springs e algumas barragens, em posições aproximadas. As coordenadas das cidades chinesas podem ter um desvio de algumas centenas de metros, por causa da projeção cartográfica usada pela fonte, invisível nesta escala. Nenhuma fonte liga um fabricante de modelos a um polo ou usina específicos; os fluxos de energia mostram as fontes de energia de cada região, não um contrato. Cada lugar indica sua fonte e diz quando é aproximado.',
  methodsRoutesTitle: 'Rotas e fluxos estilizados',
  methodsRoutes:
    'Os cabos do Pacífico são desenhados como segmentos de círculo máximo entre seus pontos de aterrissagem reais, com ramal no Japão; não são as rotas levantadas dos cabos nem foram copiados do mapa da TeleGeography (licença CC BY-NC-SA 3.0). A rota de 1858 é um círculo máximo entre as duas estações telegráficas. Os pontos em movimento de pedidos, respostas, energia e mineradores em mudança mostram direção e peso relativo, não tráfego medido: ninguém publica quantos pedidos de IA atravessam cada cabo.',
  methodsOpenRouterTitle: 'O OpenRouter é uma amostra, não o mercado',
  methodsOpenRouterWeek:
    'Os números da semana divulgada por volta de {date} vêm do noticiário; a página do OpenRouter daquela semana não foi vista. Os totais semanais de todos os modelos chineses e de todos os americanos vêm de outras reportagens e não batem com os números dos dez primeiros (são menores que a fatia chinesa dos dez primeiros), então devem cobrir semanas diferentes ou contar de outro jeito; a reportagem os mantém separados.',
  methodsMiningTitle: 'As fatias da mineração de bitcoin',
  methodsMiningCcaf:
    'As fatias vêm do Cambridge Bitcoin Electricity Consumption Index, publicado pelo Cambridge Centre for Alternative Finance (CCAF), da Judge Business School da Universidade de Cambridge. Aparecem com uma casa decimal no texto e no mapa, a precisão possível para uma estimativa feita a partir dos endereços dos pools de mineração.',
  methodsRateTitle: 'Taxa de câmbio',
  methodsRate:
    'Os preços em yuans são convertidos em dólares a {rate} por dólar, uma taxa aproximada; os valores convertidos são conta nossa e marcados como derivados. As tarifas chinesas são de anos diferentes, então a comparação é indicativa.',
  methodsEnergyTitle: 'Energia e custo de um token',
  methodsEnergy:
    'A calculadora multiplica a potência da GPU pela sobrecarga do data center (PUE) e divide pelos tokens por segundo. A vazão inicial, {tps} tokens por segundo, é suposição nossa, não uma medição; as configurações prontas foram escolhidas para coincidir com medições publicadas, listadas com seus dados. A divisão de uma hora de GPU distribui um preço de compra de {price} por {years} de uso dia e noite: uma suposição, apresentada como tal.',
  methodsTradeTitle: 'Estatísticas de comércio',
  methodsTrade:
    'Serviços não passam pela alfândega. Os países registram o comércio de serviços no balanço de pagamentos, sobretudo a partir de pesquisas com empresas, e o manual do FMI, da OCDE, da UNCTAD e da OMC sobre comércio digital diz que essas estatísticas ainda são parciais. Não encontramos nenhum número publicado sobre o comércio de tokens de IA.',
  methodsOpenRouterCaveats: {
    'routed-only': 'Conta só os tokens enviados pelo OpenRouter (prompts, respostas e raciocínio); os pedidos privados ficam de fora.',
    tokenizers: 'Cada modelo conta com o próprio tokenizador, por isso os tokens não são estritamente comparáveis entre modelos.',
    'not-users': 'Mede tokens, não usuários, gastos nem qualidade.',
    'byok-cap': 'Nos modelos usados sobretudo com a chave do próprio cliente, os tokens diários em BYOK são limitados ao dobro dos tokens sem BYOK.',
    'self-selected':
      'Os usuários formam uma amostra autosselecionada: muitos grandes usuários de modelos americanos vão direto aos fabricantes, alguns usam modelos chineses pelo OpenRouter por privacidade, e promoções gratuitas distorcem o ranking.',
  },
  methodsCbeci:
    'O CBECI localiza os mineradores pelo endereço IP em alguns pools de mineração parceiros ({pools} de toda a taxa de hash); VPNs distorcem o resultado. Nos gráficos, os meses sem valor publicado ficam em branco.',
};
