// Sources for the 1858 and 1866 Atlantic cables that no other data module owns: ships, cable
// lengths, the route as Cyrus Field measured it, why the 1858 cable failed, the 1866 tariff, and the
// framing of the chapter on obstacles. Confidence tags follow the fact sheet (facts.md, section 1).
// The telegraph timing facts (words, hours, words per minute) live with src/data/latency.ts.
import type { Source } from '../sources';

export const sources: Source[] = [
  {
    id: 'sciam-atlantic-cable-aug-1858',
    title: 'The Atlantic telegraph: the 1857 attempt, the fleet and the cable aboard each ship',
    publisher: 'Scientific American, vol. 13 no. 50 (scan reproduced by afripics)',
    date: 'Aug 1858',
    confidence: 'verified',
    note: 'Gives about 1,100 nautical miles of cable aboard each of Niagara and Agamemnon, and the 1857 break.',
  },
  {
    id: 'chambers-atlantic-telegraph',
    title: '"Atlantic Telegraph": how the 1857-58 cable was made',
    publisher: "Chambers's Encyclopaedia (text reproduced by gluedideas.com)",
    date: '19th century',
    confidence: 'verified',
    note: 'Conductor of seven copper wires, gutta-percha insulation, iron-wire armour; about one ton per mile; 2,500 statute miles made.',
  },
  {
    id: 'field-dispatch-aug-1858',
    title: "Cyrus W. Field's dispatch from Trinity Bay on the completed lay",
    publisher: 'Rensselaer Gazette (printing the dispatch of 5 Aug 1858)',
    date: '11 Aug 1858',
    confidence: 'verified',
    note: 'Distance between the telegraph houses given as 1,698 nautical miles (1,950 statute miles); more than two-thirds of the route deeper than two miles.',
  },
  {
    id: 'heroes-of-the-telegraph',
    title: 'Heroes of the Telegraph (chapter on Cyrus Field and the 1858 expedition)',
    publisher: 'John Munro, 1883 (Wikisource)',
    date: '1883',
    url: 'https://en.wikisource.org/wiki/Heroes_of_the_Telegraph',
    confidence: 'verified',
    note: 'Mid-ocean splice on 29 Jul 1858; Niagara lands at Bull Arm, Trinity Bay, Agamemnon at Valentia, both on 5 Aug 1858.',
  },
  {
    id: 'hunt-imperial-science',
    title: 'Imperial Science: Cable Telegraphy and Electrical Physics in the Victorian British Empire, ch. 2',
    publisher: 'Bruce J. Hunt, Cambridge University Press',
    date: '2021',
    confidence: 'verified',
    note: 'The 1858 cable "failed in September 1858 after only a month of fitful service".',
  },
  {
    id: 'history-com-1858-cable',
    title: 'The first transatlantic telegraph cable and why it failed (interview with historian Cassie Newland)',
    publisher: 'history.com',
    confidence: 'verified',
    url: 'https://www.history.com/',
    note: 'Worked for about three weeks. Damage from a year of storage, handling and splicing meant it would probably have failed early anyway.',
  },
  {
    id: 'whitehouse-high-voltage',
    title: "Wildman Whitehouse's induction coils and the breakdown of the 1858 cable's insulation",
    publisher: 'Digi-Key eMedia article; Wikipedia text mirrored at questionai.com; de Cogan (1985) via atlantic-cable.com',
    confidence: 'verified',
    note: 'The voltage, about 2,000 V, is an estimate.',
  },
  {
    id: 'messages-before-failure-1858',
    title: 'How many messages the 1858 cable carried before it failed',
    publisher: 'hamhistory.org (732 messages); thisdayintechhistory (400 messages)',
    confidence: 'unverified',
    note: 'The two accounts conflict; neither count could be checked against a primary source. The exact date of the last signal is also unverified.',
  },
  {
    id: 'celebrations-1858',
    title: 'Celebrations of the 1858 cable in New York: gun salute and fireworks that burned the City Hall cupola',
    publisher: 'yupedia.blog; covecollective.org',
    confidence: 'secondary',
  },
  {
    id: 'great-eastern-1866',
    title: "The Great Eastern completes the 1866 cable at Heart's Content",
    publisher: 'New York Times, 30 Jul 1866 (reproduced at phones.quickfound.net); melaniekingbooks',
    date: '30 Jul 1866',
    confidence: 'verified',
    note: 'Run of 1,669 nautical miles with 1,864 nautical miles of cable paid out; shore end at Foilhommerum Bay, Valentia.',
  },
  {
    id: 'cable-1865-recovered',
    title: 'The lost 1865 cable is grappled, spliced and completed (8 Sep 1866)',
    publisher: 'House Divided project, Dickinson College, citing Hearn, Circuits in the Sea',
    url: 'https://hd.housedivided.dickinson.edu/',
    confidence: 'verified',
  },
  {
    id: 'cable-tariff-1866',
    title: 'Price of a transatlantic telegram in 1866',
    publisher: 'nearshoreradio ($10 a word, ten-word minimum); diary of Lady Lucy Cavendish, 11 Sep 1866 (£1 a word)',
    date: '1866',
    confidence: 'verified',
    note: 'Two accounts, in two currencies; both are quoted.',
  },
  {
    id: 'cable-stations-closed',
    title: "Closure of the Heart's Content (1965) and Valentia (1966) cable stations",
    publisher: 'SaltWire; Valentia Island article (mirror)',
    confidence: 'verified',
  },
];

// Context figures for the mining and token chapters that no chart module stores (see contextFacts
// in src/data/history.ts).
sources.push(
  {
    id: 'hashrate-june-2021-drop',
    title: 'Bitcoin hashrate fell 38% in June 2021, roughly China’s share before the ban',
    publisher: 'CCAF data, reported by GoBankingRates',
    date: '2021',
    confidence: 'verified',
  },
  {
    id: 'wet-season-hydro-price',
    title: 'Wet-season hydropower for miners in Sichuan as cheap as ¥0.08 per kWh (about US$0.01)',
    publisher: 'cointrellis (secondary)',
    confidence: 'secondary',
    note: 'A single secondary source; treat as an order of magnitude.',
  },
  {
    id: 'openrouter-model-count',
    title: 'OpenRouter lists more than 400 models',
    publisher: 'agentifact (summary of futunn.com)',
    date: 'Feb 2026',
    confidence: 'secondary',
  },
  {
    id: 'openrouter-chinese-share-late-2024',
    title: 'Chinese open-weight models were under 1.2% of OpenRouter weekly tokens in late 2024',
    publisher: 'feedbagel; CryptoBriefing (secondary, citing the a16z × OpenRouter study)',
    date: 'late 2024',
    confidence: 'secondary',
  },
);
