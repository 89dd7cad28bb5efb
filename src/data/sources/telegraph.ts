// Sources for src/data/latency.ts: how long the 1858 and 1866 Atlantic cables and a ship took to carry a
// message, and the speed of light in optical fibre (fact sheet, section 1; the fibre speed is physics).
import type { Source } from '../sources';

export const sources: Source[] = [
  {
    id: 'queen-message-98-words-16h',
    title: "Queen Victoria's 1858 message to President Buchanan: 98 words, about 16 hours to send",
    publisher: 'Accounts of the 1858 message: mastermariners.org.au; retronewser',
    date: '16 Aug 1858',
    confidence: 'secondary',
    note: 'Accounts differ: 16.5 hours (Henry Ford Museum), more than 17 hours (steampunkaddie), 95 words in 67 minutes (Potamian & Walsh, 1909).',
  },
  {
    id: 'henry-ford-galvanometer-16-5h',
    title: 'Henry Ford Museum galvanometer caption: the Queen’s message took 16.5 hours',
    publisher: 'The Henry Ford (museum caption)',
    via: 'youngqueenvictoria.co.uk',
    confidence: 'secondary',
  },
  {
    id: 'steampunkaddie-17h',
    title: 'The Queen’s message took more than 17 hours; about 0.1 words per minute',
    publisher: 'steampunkaddie (blog)',
    confidence: 'secondary',
  },
  {
    id: 'makers-of-electricity-1909',
    title: 'Makers of Electricity: the Queen’s message of 95 words in 67 minutes',
    publisher: 'Brother Potamian and James J. Walsh (Fordham University Press)',
    date: '1909',
    confidence: 'verified',
    note: 'An older account that disagrees with the ~16-hour figure; possibly the time on the line alone.',
  },
  {
    id: 'ship-crossing-10-days',
    title: 'Before the cable, a ship took about 10 days to carry a message across the Atlantic',
    publisher: 'retronewser; admiraltymuseumblog',
    confidence: 'secondary',
  },
  {
    id: 'atlantic-1866-speed',
    title: 'The 1866 Atlantic cable carried about 7.4–8 words per minute',
    publisher: 'House Divided project, Dickinson College (citing Hearn, Circuits in the Sea); nearshoreradio',
    date: '1866',
    confidence: 'verified',
  },
  {
    id: 'light-in-fibre',
    title: 'Light in optical fibre travels at about 200,000 km/s (about 5 microseconds per km)',
    publisher: 'Physical constant: speed of light in vacuum (SI definition, BIPM) divided by the refractive index of silica fibre',
    url: 'https://www.bipm.org/en/publications/si-brochure',
    confidence: 'derived',
    note: 'c = 299,792.458 km/s exactly; a typical single-mode fibre core has a group index of about 1.47, giving about 204,000 km/s, ' + 'rounded here to 200,000 km/s. Repeaters, routing and switching add time that this leaves out.',
  },
  {
    id: 'answer-time-assumption',
    title: 'Assumption: a model writes a 98-word answer (about 130 tokens) at 50 tokens per second',
    publisher: 'Tokens Abroad (our assumption)',
    confidence: 'unverified',
    note:
      'Illustrative only. Roughly 1.3 tokens per English word is a common rule of thumb; real answer times depend on the model, ' + 'the provider, the load and how long the answer is, and the time before the first token is not included.',
  },
];
