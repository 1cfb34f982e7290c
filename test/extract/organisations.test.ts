/**
 * Organisation rules of issue 4, one table each: [sentence, expected `type:text` mentions in order]. Sentences are
 * written for the tests, with names invented here, not taken from any evaluation corpus.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const pairs = (text: string): string[] => extract({ id: 't', text }).mentions.map((m) => `${m.type}:${m.text}`);
const table = (name: string, rows: Array<[string, string[]]>): void => {
  describe(name, () => {
    it.each(rows)('%s', (sentence, expected) => expect(pairs(sentence)).toEqual(expected));
  });
};

table('organisations: a word only ever written after "the", doing nothing, is no organisation', [
  ['Pilgrims arrive for the Umrah. Crowds at the Umrah grow each year.', []],
  ['He was the centre of the Weltgeist. Elements of the Weltgeist were recreated.', []],
  // False positives to avoid: a name that speaks, owns, is written bare elsewhere, or opens a longer name.
  ['Readers of the Zorbex wrote in. Staff at the Zorbex\'s office replied.', ['organization:Zorbex', 'organization:Zorbex']],
  ['Ravens won the Zentro Man of the Match award. Owls won the Zentro Man of the Match award too.', ['organization:Zentro', 'organization:Zentro']],
  ['A revival of the Left\nWe saw strikes. The Left grew.', []],
]);

table('organisations: a head word inside a quoted title', [
  ['An interview with \'Europe\'s Finest News Source\' followed.', []],
  ['We ran "No Celebrity Gossip News Today" last year.', []],
  // False positives to avoid: a quoted name that ends with its head, a name after the quote.
  ['He joined "Harbour News" and later the Harbour Times.', ['organization:Harbour News', 'organization:Harbour Times']],
]);

table('organisations: a country\'s Government, a Municipality of a town', [
  ['Image: UK Government. Requests came from the Municipality of Vallecrosia.', ['country:UK', 'organization:Government', 'organization:Municipality of Vallecrosia']],
  // False positives to avoid: a lone head word, a place before a lower-case "municipality".
  ['The Government said so. The Vallecrosia municipality is small.', []],
]);

table('organisations: numbered things and scores', [
  ['Passengers of Flight 77 waited at Terminal 2.', []],
  // False positive to avoid: a team before a score.
  ['Fans saw Leeds United beat Arsenal 2-1. Arsenal manager Mikel Arteta was pleased.', ['organization:Leeds United', 'organization:Arsenal', 'organization:Arsenal', 'person:Mikel Arteta']],
]);

table('organisations: legal forms of two letters are written in capitals', [
  ['Shares in Vorlind AG rose, said Ahmed Ag Mellouk.', ['organization:Vorlind AG', 'person:Ahmed Ag Mellouk']],
]);

table('organisations: sites named for their use and programmes are no organisations', [
  ['Parcels leave the Westmoor Distribution Center daily. She joined the Brightline Fellows Program last year. The Tessaly Project ended.', []],
  // False positives to avoid: a programme that is a body, a centre with an "of"/"for" part, a medical centre.
  ['The World Food Programme and the Centre for Coastal Studies helped. The Oriel Medical Center treated him.', [
    'organization:World Food Programme', 'organization:Centre for Coastal Studies', 'organization:Oriel Medical Center',
  ]],
  // A founder named inside a programme's name is still named.
  ['Prints came from the Edith Moreland Photographic Legacy Program.', ['person:Edith Moreland']],
]);

table('organisations: a portfolio before a state body\'s head', [
  ['The Justice Ministry said so. Justice Amara Obi ruled.', ['organization:Justice Ministry', 'person:Amara Obi']],
]);

table('organisations: the words before a head, written alone, are the short name', [
  ['Trelawny Freight Ltd bought a ship. Analysts expect Trelawny to grow.', ['organization:Trelawny Freight Ltd', 'organization:Trelawny']],
  ['Ashby Croft Bank was fined. Ashby Croft, founded in 1880, said it would appeal.', ['organization:Ashby Croft Bank', 'organization:Ashby Croft']],
  // False positives to avoid: a city in a place's slot, a founder named in a foundation's name, an adjective.
  ['Ningbo Airlines flies from Ningbo and Wuxi to Japan.', ['organization:Ningbo Airlines', 'country:Japan']],
  ['The Edith Moreland Foundation gave money. Moreland said she was proud.', ['organization:Edith Moreland Foundation', 'person:Edith Moreland', 'person:Moreland']],
  ['The Baltic Union met. Baltic ports were shut.', ['organization:Baltic Union']],
]);

table('organisations: a possessive inside an institution\'s name', [
  ['Doctors at St Ives\'s Hospital and the Millers\' Union agreed.', ['organization:St Ives\'s Hospital', 'organization:Millers\' Union']],
  // False positive to avoid: a company's possession after its name.
  ['Keldermann\'s board met.', ['organization:Keldermann']],
]);

table('organisations: listed after an article, with an organisation', [
  ['They govern with the Greens and the Farmers\' League.', ['organization:Greens', 'organization:Farmers\' League']],
  // False positive to avoid: a head word left alone in a list.
  ['Both the Avon Police Department and the District approved.', ['organization:Avon Police Department']],
]);

table('organisations: titles, clubs abroad and places that look like names', [
  ['Its weekly podcast, The Quiet Hour, ended. Fans of Sporting Veldmar cheered. Real wages rose.', ['organization:Sporting Veldmar']],
  ['The summit in Austin ended.', []],
]);

table('organisations: the stem of the document\'s product names is the product line', [
  ['Orchard unveils new Lume\nOrchard Computer unveiled the iLume and the LumeBook. Buyers went back to the Lume, and Lume software sold well. Lume sales rose.', [
    'organization:Orchard', 'organization:Orchard Computer',
  ]],
  // False positive to avoid: a maker known by its full name keeps its short name beside its products'.
  ['Vantor Systems sells the VantorBook. Buyers like it, Vantor said.', ['organization:Vantor Systems', 'organization:Vantor']],
]);

table('organisations: fields listed in a body\'s "of" part, legal forms in mixed case, polytechnics', [
  ['The Ministry of Economy, Trade and Industry approved it. The Department of Health, Education, and Welfare closed.', [
    'organization:Ministry of Economy, Trade and Industry', 'organization:Department of Health, Education, and Welfare',
  ]],
  ['Ortega & Figli SpA bought Kestrel Holdings Bhd. Engineers from Kisumu Polytechnic approved.', [
    'organization:Ortega & Figli SpA', 'organization:Kestrel Holdings Bhd', 'organization:Kisumu Polytechnic',
  ]],
  // False positives to avoid: organisations listed after one, a town named Spa.
  ['The Institute of Technology, Harvard and Yale agreed. Tourists bathed in Spa.', [
    'organization:Institute of Technology', 'organization:Harvard', 'organization:Yale',
  ]],
]);

table('organisations: names joined by an ampersand are a firm\'s', [
  ['Analysts at Harwick & Lowe expect rates to rise, and Tamsin & Oakes fell.', ['organization:Harwick & Lowe', 'organization:Tamsin & Oakes']],
  // False positives to avoid: countries joined by "&", a credit to two people, people joined by "and".
  ['Trade between the US & Canada grew. Video: Ferrow & Dask.\nAnalysts Ian Harwick and Tom Lowe agreed.', [
    'country:US', 'country:Canada', 'person:Ian Harwick', 'person:Tom Lowe',
  ]],
]);

table('organisations: sites named after bodies, laws and awards', [
  ['Workers at the Bramley Assembly Plant walked out. The Water Quality Bill and the Brennan Doctrine passed. She won the Marlow Medal.', []],
  // False positives to avoid: a body whose head is no site, a given name opening a person's name.
  ['Doctors at the Avon University Hospital agreed. Former president Bill Hadley spoke.', ['organization:Avon University Hospital', 'person:Bill Hadley']],
]);
