// Sources for what official statistics record when a service such as computing is sold across a border
// (the article says tokens cross borders without customs and appear in no trade statistics).
import type { Source } from '../sources';

export const sources: Source[] = [
  {
    id: 'digital-trade-handbook-2023',
    title: 'Handbook on Measuring Digital Trade, second edition: digitally delivered services and why official statistics still capture them only partly',
    publisher: 'IMF, OECD, UNCTAD and WTO',
    url: 'https://unctad.org/publication/handbook-measuring-digital-trade',
    date: '2023',
    confidence: 'verified',
    note: 'The OECD says statistical evidence on the size of digital trade is still partial. No published figure isolates trade in AI tokens.',
  },
  {
    id: 'msits-2010-services-surveys',
    title: 'Manual on Statistics of International Trade in Services 2010: services trade is recorded in the balance of payments, mostly from enterprise surveys',
    publisher: 'United Nations Statistics Division and partner agencies',
    url: 'https://unstats.un.org/wiki/pages/viewpage.action?pageId=5310263',
    date: '2010',
    confidence: 'verified',
    note: 'Services cross no customs post, so they are not counted at a border; a bill for computing abroad falls, if anywhere, under computer services.',
  },
];
