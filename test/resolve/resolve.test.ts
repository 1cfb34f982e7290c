import { describe, expect, it } from 'vitest';
import { entityKey, resolve } from '../../src/resolve/index.js';
import { analyses, grouping, normalise, type DocSpec } from './fixture.js';

/** `[what, documents, expected grouping]`: every resolved mention as `<doc index>:<surface>`. */
type GroupingCase = [string, DocSpec[], string[][]];

const withinDocument: GroupingCase[] = [
  [
    'a surname refers back to the full name, possessive included',
    [{ text: 'Russian President Vladimir Putin met envoys. Putin said little. Putin’s aides agreed.', mentions: [['Vladimir Putin', 'person'], ['Putin', 'person'], ['Putin’s', 'person']] }],
    [['0:Putin', '0:Putin’s', '0:Vladimir Putin']],
  ],
  [
    'a Korean surname, written first, refers back to the full name',
    [{ text: 'President Yoon Suk Yeol spoke. Yoon later left. Kim Jong Un replied. Kim was angry.', mentions: [['Yoon Suk Yeol', 'person'], ['Yoon', 'person'], ['Kim Jong Un', 'person'], ['Kim', 'person']] }],
    [['0:Kim', '0:Kim Jong Un'], ['0:Yoon', '0:Yoon Suk Yeol']],
  ],
  [
    'titles in the span do not change who is meant',
    [{ text: 'US National Security Council spokesman John Kirby spoke. Kirby said more.', mentions: [['spokesman John Kirby', 'person'], ['Kirby', 'person']] }],
    [['0:Kirby', '0:spokesman John Kirby']],
  ],
  [
    'a surname that is also a title stays a surname',
    [{ text: 'Stephen King met John Major and Dean Baquet. King and Major and Baquet spoke.', mentions: [['Stephen King', 'person'], ['John Major', 'person'], ['Dean Baquet', 'person'], ['King', 'person'], ['Major', 'person'], ['Baquet', 'person']] }],
    [['0:King', '0:Stephen King'], ['0:John Major', '0:Major'], ['0:Baquet', '0:Dean Baquet']],
  ],
  [
    'the tail of a role phrase caught in the span is not a name',
    [
      { text: 'Minister of Foreign Affairs Sergey Lavrov spoke.', mentions: [['Affairs Sergey Lavrov', 'person']] },
      { text: 'Sergey Lavrov left.', mentions: [['Sergey Lavrov', 'person']] },
    ],
    [['0:Affairs Sergey Lavrov', '1:Sergey Lavrov']],
  ],
  [
    'a name misspelt by one letter within an article is the same person',
    [
      {
        text: 'Kristin Wilkins and Kristen Wilkins. Wilkins spoke. K.C. Maurer agreed. Mauer left.',
        mentions: [['Kristin Wilkins', 'person'], ['Kristen Wilkins', 'person'], ['Wilkins', 'person'], ['K.C. Maurer', 'person'], ['Mauer', 'person']],
      },
    ],
    [['0:K.C. Maurer', '0:Mauer'], ['0:Kristen Wilkins', '0:Kristin Wilkins', '0:Wilkins']],
  ],
  [
    'an acronym refers back to the name it abbreviates, with or without "the"',
    [
      {
        text: 'The National Intelligence Service (NIS) said so. The NIS added more. Later the NIS was silent.',
        mentions: [['National Intelligence Service', 'organization'], ['NIS', 'organization'], ['NIS', 'organization'], ['the NIS', 'organization']],
      },
    ],
    [['0:NIS', '0:National Intelligence Service', '0:the NIS']],
  ],
  [
    'a shorter organisation name refers back to the longer one',
    [{ text: 'The United States Air Force ordered tankers. The Air Force said so.', mentions: [['United States Air Force', 'organization'], ['Air Force', 'organization']] }],
    [['0:Air Force', '0:United States Air Force']],
  ],
  [
    'a role refers to the one person introduced with it, and never makes an entity of its own',
    [{ text: 'President Joe Biden spoke. The President left. The Prime Minister stayed.', mentions: [['President Joe Biden', 'person'], ['The President', 'person'], ['The Prime Minister', 'person']] }],
    [['0:President Joe Biden', '0:The President']],
  ],
  [
    'a given name written familiarly, and an organisation with two letters of a word swapped',
    [
      {
        text: 'Lawrence Oakes spoke. Larry Oakes agreed. The United Nations met. The Untied Nations adjourned. The United Nations left.',
        mentions: [['Lawrence Oakes', 'person'], ['Larry Oakes', 'person'], ['United Nations', 'organization'], ['Untied Nations', 'organization'], ['United Nations', 'organization']],
      },
    ],
    [['0:Larry Oakes', '0:Lawrence Oakes'], ['0:United Nations', '0:Untied Nations']],
  ],
  [
    'a surname two people share goes to the one named in full at least twice as often (the article\'s subject)',
    [
      {
        text: 'Sara Lind built a clock. Police held Sara Lind. Her father Erik Lind spoke. Lind was freed.',
        mentions: [['Sara Lind', 'person'], ['Sara Lind', 'person'], ['Erik Lind', 'person'], ['Lind', 'person']],
      },
    ],
    [['0:Lind', '0:Sara Lind'], ['0:Erik Lind']],
  ],
  [
    'a surname two people share, neither dominant, goes to the one named earlier in its paragraph',
    [{ text: 'Anna Berg opened a shop.\nOlof Berg runs the café. Berg said no.', mentions: [['Anna Berg', 'person'], ['Olof Berg', 'person'], ['Berg', 'person']] }],
    [['0:Anna Berg'], ['0:Berg', '0:Olof Berg']],
  ],
  [
    'a full name written once with a word after it, beside the same name used throughout, is that name',
    [
      {
        text: 'Lena Koch built it. Lena Koch Image shows her. Lena Koch smiled. Koch left.',
        mentions: [['Lena Koch', 'person'], ['Lena Koch Image', 'person'], ['Lena Koch', 'person'], ['Koch', 'person']],
      },
    ],
    [['0:Koch', '0:Lena Koch', '0:Lena Koch Image']],
  ],
  [
    'an organisation written once with words after it, beside the name used throughout, is that organisation',
    [
      {
        text: 'Zentro grew. Zentro Analytics tracks users. Zentro said so. The OKX T-shirt sold out. OKX agreed. OKX left.',
        mentions: [['Zentro', 'organization'], ['Zentro Analytics', 'organization'], ['Zentro', 'organization'], ['OKX T-shirt', 'organization'], ['OKX', 'organization'], ['OKX', 'organization']],
      },
    ],
    [['0:OKX', '0:OKX T-shirt'], ['0:Zentro', '0:Zentro Analytics']],
  ],
  [
    'an organisation named once on its own and once with words after it is one organisation',
    [{ text: 'The ZFA Nations Cup began. ZFA officials smiled.', mentions: [['ZFA Nations Cup', 'organization'], ['ZFA', 'organization']] }],
    [['0:ZFA', '0:ZFA Nations Cup']],
  ],
];

const acrossDocuments: GroupingCase[] = [
  [
    'spelling variants: hyphens, case, diacritics',
    [
      { text: 'Kim Jong Un and Yoon Suk Yeol met Simon Ličen.', mentions: [['Kim Jong Un', 'person'], ['Yoon Suk Yeol', 'person'], ['Simon Ličen', 'person']] },
      { text: 'Kim Jong-un and Yoon Suk-yeol met SIMON LICEN.', mentions: [['Kim Jong-un', 'person'], ['Yoon Suk-yeol', 'person'], ['SIMON LICEN', 'person']] },
    ],
    [
      ['0:Kim Jong Un', '1:Kim Jong-un'],
      ['0:Simon Ličen', '1:SIMON LICEN'],
      ['0:Yoon Suk Yeol', '1:Yoon Suk-yeol'],
    ],
  ],
  [
    'every name, demonym and capital of a country is the country',
    [
      { text: 'Seoul said South Korean troops stayed in South Korea.', mentions: [['Seoul', 'country', 'South Korea'], ['South Korean', 'country', 'South Korea'], ['South Korea', 'country']] },
      { text: 'The US and Washington and the United States and America agreed.', mentions: [['US', 'country'], ['Washington', 'country'], ['United States', 'country'], ['America', 'country', 'United States']] },
      { text: 'Pyongyang and the DPRK and North Korean officials.', mentions: [['Pyongyang', 'country'], ['DPRK', 'country'], ['North Korean', 'country']] },
    ],
    [
      ['0:Seoul', '0:South Korea', '0:South Korean'],
      ['1:America', '1:US', '1:United States', '1:Washington'],
      ['2:DPRK', '2:North Korean', '2:Pyongyang'],
    ],
  ],
  [
    'an acronym joins its expansion written in another article',
    [
      { text: 'The North Atlantic Treaty Organization met.', mentions: [['North Atlantic Treaty Organization', 'organization']] },
      { text: 'NATO said so.', mentions: [['NATO', 'organization']] },
    ],
    [['0:North Atlantic Treaty Organization', '1:NATO']],
  ],
  [
    'an acronym with its country in front joins the expansion it stands for',
    [
      { text: 'The United Kingdom’s Royal Air Force flew.', mentions: [['United Kingdom’s Royal Air Force', 'organization']] },
      { text: 'The UK RAF said so.', mentions: [['UK RAF', 'organization']] },
    ],
    [['0:United Kingdom’s Royal Air Force', '1:UK RAF']],
  ],
  [
    'an institution named in either word order, with the country in front',
    [
      { text: 'The US Defense Department said so.', mentions: [['US Defense Department', 'organization']] },
      { text: 'The US Department of Defense confirmed it.', mentions: [['US Department of Defense', 'organization']] },
      { text: 'The Department of Defense repeated it.', mentions: [['Department of Defense', 'organization']] },
    ],
    [['0:US Defense Department', '1:US Department of Defense', '2:Department of Defense']],
  ],
  [
    'the country of an institution before or after its name',
    [
      { text: 'The Russian Defence Ministry said so.', mentions: [['Russian Defence Ministry', 'organization']] },
      { text: 'The Ministry of Defense of Russia agreed.', mentions: [['Ministry of Defense of Russia', 'organization']] },
      { text: 'The Ministry of Defence of Ukraine did not.', mentions: [['Ministry of Defence of Ukraine', 'organization']] },
    ],
    [['0:Russian Defence Ministry', '1:Ministry of Defense of Russia'], ['2:Ministry of Defence of Ukraine']],
  ],
  [
    'a lone surname joins the one person of the corpus who bears it',
    [
      { text: 'Vladimir Putin spoke.', mentions: [['Vladimir Putin', 'person']] },
      { text: 'Putin denied it.', mentions: [['Putin', 'person']] },
    ],
    [['0:Vladimir Putin', '1:Putin']],
  ],
  [
    'a surname with its particles refers to the one person who bears it',
    [
      { text: 'Ursula von der Leyen spoke. Von der Leyen left.', mentions: [['Ursula von der Leyen', 'person'], ['Von der Leyen', 'person']] },
      { text: 'Later von der Leyen returned.', mentions: [['von der Leyen', 'person']] },
    ],
    [['0:Ursula von der Leyen', '0:Von der Leyen', '1:von der Leyen']],
  ],
  [
    'a first and last name joins the one longer name of the corpus they begin and end',
    [
      { text: 'Donald J. Trump spoke.', mentions: [['Donald J. Trump', 'person']] },
      { text: 'Donald Trump left. Trump waved.', mentions: [['Donald Trump', 'person'], ['Trump', 'person']] },
      { text: 'Trump returned.', mentions: [['Trump', 'person']] },
    ],
    [['0:Donald J. Trump', '1:Donald Trump', '1:Trump', '2:Trump']],
  ],
  [
    'a hyphenated surname on its own is a surname',
    [
      { text: 'Alexandria Ocasio-Cortez spoke.', mentions: [['Alexandria Ocasio-Cortez', 'person']] },
      { text: 'Ocasio-Cortez left.', mentions: [['Ocasio-Cortez', 'person']] },
    ],
    [['0:Alexandria Ocasio-Cortez', '1:Ocasio-Cortez']],
  ],
  [
    'small words inside an organisation name do not tell two names apart',
    [
      { text: 'Food Standards of Australia and New Zealand and the University of Texas at Arlington.', mentions: [['Food Standards of Australia and New Zealand', 'organization'], ['University of Texas at Arlington', 'organization']] },
      { text: 'Food Standards Australia New Zealand and the University of Texas Arlington.', mentions: [['Food Standards Australia New Zealand', 'organization'], ['University of Texas Arlington', 'organization']] },
    ],
    [['0:Food Standards of Australia and New Zealand', '1:Food Standards Australia New Zealand'], ['0:University of Texas at Arlington', '1:University of Texas Arlington']],
  ],
  [
    'legal forms and trade words are not part of a company name',
    [
      { text: 'Apple Inc. and Aer Lingus Group PLC.', mentions: [['Apple Inc.', 'organization'], ['Aer Lingus Group PLC', 'organization']] },
      { text: 'Apple Computer and Aer Lingus.', mentions: [['Apple Computer', 'organization'], ['Aer Lingus', 'organization']] },
      { text: 'Apple sold more.', mentions: [['Apple', 'organization']] },
    ],
    [['0:Aer Lingus Group PLC', '1:Aer Lingus'], ['0:Apple Inc.', '1:Apple Computer', '2:Apple']],
  ],
  [
    'a company name with words after it that never stand alone is the company that stands alone elsewhere',
    [
      { text: 'Zentro grew.', mentions: [['Zentro', 'organization']] },
      { text: 'Zentro shrank.', mentions: [['Zentro', 'organization']] },
      { text: 'Zentro Chrome crashed twice. Zentro Chrome was patched.', mentions: [['Zentro Chrome', 'organization'], ['Zentro Chrome', 'organization']] },
    ],
    [['0:Zentro', '1:Zentro', '2:Zentro Chrome']],
  ],
  [
    'so is an acronym with words after it when the acronym stands alone elsewhere',
    [
      { text: 'ZTX grew.', mentions: [['ZTX', 'organization']] },
      { text: 'ZTX shrank.', mentions: [['ZTX', 'organization']] },
      { text: 'ZTX North America bid.', mentions: [['ZTX North America', 'organization']] },
    ],
    [['0:ZTX', '1:ZTX', '2:ZTX North America']],
  ],
  [
    'a name cut short before the acronym that ends it is the acronym that stands alone elsewhere',
    [
      { text: 'ZTX grew.', mentions: [['ZTX', 'organization']] },
      { text: 'ZTX shrank.', mentions: [['ZTX', 'organization']] },
      { text: 'Orbital Space Company ZTX N.V. bid.', mentions: [['Space Company ZTX N.V.', 'organization']] },
    ],
    [['0:ZTX', '1:ZTX', '2:Space Company ZTX N.V.']],
  ],
  [
    'descriptors before a name are not part of it; a trade word after "of" is',
    [
      { text: 'The pro-Beijing DAB and aircraft maker Boeing and the Massachusetts Institute of Technology.', mentions: [['pro-Beijing DAB', 'organization'], ['aircraft maker Boeing', 'organization'], ['Massachusetts Institute of Technology', 'organization']] },
      { text: 'Pro-Beijing DAB and Boeing officials and MIT and Massachusetts Institute.', mentions: [['Pro-Beijing DAB', 'organization'], ['Boeing officials', 'organization'], ['MIT', 'organization'], ['Massachusetts Institute', 'organization']] },
    ],
    [['0:pro-Beijing DAB', '1:Pro-Beijing DAB'], ['0:aircraft maker Boeing', '1:Boeing officials'], ['0:Massachusetts Institute of Technology', '1:MIT'], ['1:Massachusetts Institute']],
  ],
  [
    'a company\'s division named by its line of business is the company, however often it is named',
    [
      { text: 'Zentro grew.', mentions: [['Zentro', 'organization']] },
      { text: 'Zentro shrank.', mentions: [['Zentro', 'organization']] },
      { text: 'Zentro Commercial Airplanes delivered. Zentro Defense, Space and Security bid.', mentions: [['Zentro Commercial Airplanes', 'organization'], ['Zentro Defense, Space and Security', 'organization']] },
      { text: 'Zentro Commercial Airplanes hired.', mentions: [['Zentro Commercial Airplanes', 'organization']] },
    ],
    [['0:Zentro', '1:Zentro', '2:Zentro Commercial Airplanes', '2:Zentro Defense, Space and Security', '3:Zentro Commercial Airplanes']],
  ],
  [
    'a company\'s long name with "Company" is its name without it',
    [
      { text: 'The Orbital Aeronautic and Space Company bid.', mentions: [['Orbital Aeronautic and Space Company', 'organization']] },
      { text: 'Orbital Aeronautic & Space NV lost.', mentions: [['Orbital Aeronautic & Space NV', 'organization']] },
    ],
    [['0:Orbital Aeronautic and Space Company', '1:Orbital Aeronautic & Space NV']],
  ],
];

/** Different entities that look alike: each must stay apart (a wrong merge costs more than a split). */
const mustNotMerge: GroupingCase[] = [
  [
    'two Millers: each surname attaches within its article, a lone one elsewhere to neither',
    [
      { text: 'Matthew Miller spoke. Miller added more.', mentions: [['Matthew Miller', 'person'], ['Miller', 'person']] },
      { text: 'Stephen Miller spoke. Miller added more.', mentions: [['Stephen Miller', 'person'], ['Miller', 'person']] },
      { text: 'Miller was not reached.', mentions: [['Miller', 'person']] },
    ],
    [['0:Matthew Miller', '0:Miller'], ['1:Miller', '1:Stephen Miller'], ['2:Miller']],
  ],
  [
    'a surname ambiguous where it stands is attached to nothing',
    [{ text: 'Matthew Miller and Stephen Miller met. Miller said no.', mentions: [['Matthew Miller', 'person'], ['Stephen Miller', 'person'], ['Miller', 'person']] }],
    [['0:Matthew Miller'], ['0:Stephen Miller']],
  ],
  [
    'the foreign ministries of two countries, and one of no known country',
    [
      { text: 'The Russian Foreign Ministry said so.', mentions: [['Russian', 'country', 'Russia'], ['Foreign Ministry', 'organization']] },
      { text: 'A North Korean Ministry of Foreign Affairs official spoke.', mentions: [['North Korean', 'country', 'North Korea'], ['Ministry of Foreign Affairs', 'organization']] },
      { text: 'The Foreign Ministry declined to comment.', mentions: [['Foreign Ministry', 'organization']] },
    ],
    [['0:Foreign Ministry'], ['0:Russian'], ['1:Ministry of Foreign Affairs'], ['1:North Korean'], ['2:Foreign Ministry']],
  ],
  [
    'an institution without its country joins only the one country\'s of that exact name',
    [
      { text: 'The United States Air Force and the Royal Air Force flew.', mentions: [['United States Air Force', 'organization'], ['Royal Air Force', 'organization']] },
      { text: 'The Air Force said so.', mentions: [['Air Force', 'organization']] },
      { text: 'The US National Security Council met.', mentions: [['US National Security Council', 'organization']] },
      { text: 'The Security Council voted.', mentions: [['Security Council', 'organization']] },
    ],
    [['0:United States Air Force', '1:Air Force'], ['0:Royal Air Force'], ['2:US National Security Council'], ['3:Security Council']],
  ],
  [
    'a capital in front of an institution is part of its name',
    [
      { text: 'The Moscow Police and the Kyiv Police.', mentions: [['Moscow Police', 'organization'], ['Kyiv Police', 'organization']] },
      { text: 'The Moscow Police said so.', mentions: [['Moscow Police', 'organization']] },
    ],
    [['0:Kyiv Police'], ['0:Moscow Police', '1:Moscow Police']],
  ],
  [
    'a company name that stands alone is not the longer name that starts with it',
    [
      { text: 'Apple sold phones.', mentions: [['Apple', 'organization']] },
      { text: 'Apple sold computers.', mentions: [['Apple', 'organization']] },
      { text: 'Apple Corps sued Apple.', mentions: [['Apple Corps', 'organization'], ['Apple', 'organization']] },
    ],
    [['0:Apple', '1:Apple', '2:Apple'], ['2:Apple Corps']],
  ],
  [
    'a body named after a company with a word of its own is not the company, nor a division of a company named once',
    [
      { text: 'Zentro grew.', mentions: [['Zentro', 'organization']] },
      { text: 'Zentro shrank.', mentions: [['Zentro', 'organization']] },
      { text: 'Zentro Capital lent. Zentro Foundation gave. Kestra Cloud and Kestra Mobile sold.', mentions: [['Zentro Capital', 'organization'], ['Zentro Foundation', 'organization'], ['Kestra Cloud', 'organization'], ['Kestra Mobile', 'organization']] },
    ],
    [['0:Zentro', '1:Zentro'], ['2:Kestra Cloud'], ['2:Kestra Mobile'], ['2:Zentro Capital'], ['2:Zentro Foundation']],
  ],
  [
    'a party named alone in one article is not the party of a country named in another',
    [
      { text: 'The Democratic Party won.', mentions: [['Democratic Party', 'organization']] },
      { text: 'The Democratic Party of Japan lost. The Democratic Party conceded.', mentions: [['Democratic Party of Japan', 'organization'], ['Democratic Party', 'organization']] },
    ],
    [['0:Democratic Party'], ['1:Democratic Party', '1:Democratic Party of Japan']],
  ],
  [
    'an acronym two names of the corpus could stand for joins neither',
    [
      { text: 'The Palestinian Authority spoke.', mentions: [['Palestinian Authority', 'organization']] },
      { text: 'The Press Association reported.', mentions: [['Press Association', 'organization']] },
      { text: 'The PA said so.', mentions: [['PA', 'organization']] },
    ],
    [['0:Palestinian Authority'], ['1:Press Association'], ['2:PA']],
  ],
  [
    'an acronym with its country in front that two names of the corpus could stand for joins neither',
    [
      { text: 'The Palestinian Authority spoke.', mentions: [['Palestinian Authority', 'organization']] },
      { text: 'The Press Association reported.', mentions: [['Press Association', 'organization']] },
      { text: 'The UK PA said so.', mentions: [['UK PA', 'organization']] },
    ],
    [['0:Palestinian Authority'], ['1:Press Association'], ['2:UK PA']],
  ],
  [
    'the same word as a person and as a country',
    [{ text: 'Jordan met Michael Jordan in Jordan.', mentions: [['Jordan', 'person'], ['Michael Jordan', 'person'], ['Jordan', 'country']] }],
    [['0:Jordan', '0:Michael Jordan'], ['0:Jordan']],
  ],
  [
    'two people who share a given name, and the given name alone',
    [{ text: 'Frank Rack and Frank Messina met. Frank left.', mentions: [['Frank Rack', 'person'], ['Frank Messina', 'person'], ['Frank', 'person']] }],
    [['0:Frank Messina'], ['0:Frank Rack']],
  ],
  [
    'short names one letter apart are different people',
    [{ text: 'Maria Lopez and Mario Lopez met. Jon Smith and Jan Smith too.', mentions: [['Maria Lopez', 'person'], ['Mario Lopez', 'person'], ['Jon Smith', 'person'], ['Jan Smith', 'person']] }],
    [['0:Maria Lopez'], ['0:Mario Lopez'], ['0:Jon Smith'], ['0:Jan Smith']],
  ],
  [
    'people whose names differ by more than spelling',
    [
      { text: 'George H. W. Bush spoke.', mentions: [['George H. W. Bush', 'person']] },
      { text: 'George W. Bush spoke.', mentions: [['George W. Bush', 'person']] },
    ],
    [['0:George H. W. Bush'], ['1:George W. Bush']],
  ],
  [
    'a first and last name that two longer names of the corpus begin and end',
    [
      { text: 'George H. W. Bush spoke.', mentions: [['George H. W. Bush', 'person']] },
      { text: 'George W. Bush spoke.', mentions: [['George W. Bush', 'person']] },
      { text: 'George Bush spoke.', mentions: [['George Bush', 'person']] },
    ],
    [['0:George H. W. Bush'], ['1:George W. Bush'], ['2:George Bush']],
  ],
  [
    'a father and son named in one article, and the name that could be either',
    [{ text: 'George H. W. Bush and George W. Bush met. George Bush spoke.', mentions: [['George H. W. Bush', 'person'], ['George W. Bush', 'person'], ['George Bush', 'person']] }],
    [['0:George H. W. Bush'], ['0:George W. Bush'], ['0:George Bush']],
  ],
  [
    'two people of one surname named equally often, and the surname in a paragraph that names neither',
    [{ text: 'Anna Berg met Olof Berg.\nBerg said no.', mentions: [['Anna Berg', 'person'], ['Olof Berg', 'person'], ['Berg', 'person']] }],
    [['0:Anna Berg'], ['0:Olof Berg']],
  ],
  [
    'two people of one surname each named twice: neither dominates',
    [
      {
        text: 'Anna Berg met Olof Berg. Anna Berg and Olof Berg left.\nBerg said no.',
        mentions: [['Anna Berg', 'person'], ['Olof Berg', 'person'], ['Anna Berg', 'person'], ['Olof Berg', 'person'], ['Berg', 'person']],
      },
    ],
    [['0:Anna Berg'], ['0:Olof Berg']],
  ],
  [
    'a longer name written once that ends like an organisation of its own, or names one elsewhere',
    [
      {
        text: 'Zentro grew. Zentro Foundation gave. Zentro Rockets flew. Zentro said so.',
        mentions: [['Zentro', 'organization'], ['Zentro Foundation', 'organization'], ['Zentro Rockets', 'organization'], ['Zentro', 'organization']],
      },
      { text: 'Zentro Rockets launched.', mentions: [['Zentro Rockets', 'organization']] },
      { text: 'Zentro Rockets landed.', mentions: [['Zentro Rockets', 'organization']] },
    ],
    [['0:Zentro'], ['0:Zentro Foundation'], ['0:Zentro Rockets', '1:Zentro Rockets', '2:Zentro Rockets']],
  ],
  [
    'a company name with words after it, when the name it starts with stands alone in one article only',
    [
      { text: 'Zentro grew.', mentions: [['Zentro', 'organization']] },
      { text: 'Zentro Chrome crashed.', mentions: [['Zentro Chrome', 'organization']] },
    ],
    [['0:Zentro'], ['1:Zentro Chrome']],
  ],
  [
    'two familiar forms of one given name are not each other, a name a letter away from a familiar form is not it',
    [{ text: 'Bill Oakes met Will Oakes and Nicole Parr met Nick Parr.', mentions: [['Bill Oakes', 'person'], ['Will Oakes', 'person'], ['Nicole Parr', 'person'], ['Nick Parr', 'person']] }],
    [['0:Bill Oakes'], ['0:Will Oakes'], ['0:Nicole Parr'], ['0:Nick Parr']],
  ],
  [
    'one-word organisation names a letter apart, and two names that differ by a whole word',
    [{ text: 'Zentrox sued Zentrix. Northern Rail and Southern Rail.', mentions: [['Zentrox', 'organization'], ['Zentrix', 'organization'], ['Northern Rail', 'organization'], ['Southern Rail', 'organization']] }],
    [['0:Zentrox'], ['0:Zentrix'], ['0:Northern Rail'], ['0:Southern Rail']],
  ],
  [
    'a name ending in an acronym that stands alone in one article only',
    [
      { text: 'ZTX grew.', mentions: [['ZTX', 'organization']] },
      { text: 'Space Company ZTX bid.', mentions: [['Space Company ZTX', 'organization']] },
    ],
    [['0:ZTX'], ['1:Space Company ZTX']],
  ],
  [
    'a word that ends one organisation\'s name does not take another name it begins',
    [
      {
        text: 'Hallam Norwood merged. Norwood sold jets. Norwood Aircraft was older.',
        mentions: [['Hallam Norwood', 'organization'], ['Norwood', 'organization'], ['Norwood Aircraft', 'organization']],
      },
    ],
    // "Norwood" could end the one name or begin the other: it stays on its own.
    [['0:Hallam Norwood'], ['0:Norwood'], ['0:Norwood Aircraft']],
  ],
  [
    'a full name with a word after it when the shorter name is a single word',
    [{ text: 'Paul spoke. Paul left. Paul Allen came.', mentions: [['Paul', 'person'], ['Paul', 'person'], ['Paul Allen', 'person']] }],
    [['0:Paul', '0:Paul Allen']],
  ],
];

describe('resolve: within a document', () => {
  it.each(withinDocument)('%s', (_what, docs, expected) => {
    expect(grouping(resolve(analyses(docs)))).toEqual(normalise(expected));
  });
});

describe('resolve: across documents', () => {
  it.each(acrossDocuments)('%s', (_what, docs, expected) => {
    expect(grouping(resolve(analyses(docs)))).toEqual(normalise(expected));
  });
});

describe('resolve: must not merge', () => {
  it.each(mustNotMerge)('%s', (_what, docs, expected) => {
    expect(grouping(resolve(analyses(docs)))).toEqual(normalise(expected));
  });
});

describe('resolve: the country before an institution', () => {
  const docs: DocSpec[] = [
    {
      text: 'It threatens Russia and North Korea,” State Department spokesman Matthew Miller said. South Korea’s National Intelligence Service agreed.',
      mentions: [['Russia', 'country'], ['North Korea', 'country'], ['State Department', 'organization'], ['South Korea', 'country'], ['National Intelligence Service', 'organization']],
    },
  ];
  const keys = (options: Parameters<typeof resolve>[1]) => resolve(analyses(docs), options).entities.map((e) => e.key).filter((key) => key.startsWith('organization:'));

  it('is the institution\'s country only when a space or a possessive separates them', () => {
    expect(keys({ text: () => docs[0]?.text })).toEqual([
      'organization:department-of-state--doc0-txt',
      'organization:south-korea-national-intelligence-service',
    ]);
  });

  it('without the text, a short gap is trusted', () => {
    expect(keys({})).toContain('organization:north-korea-department-of-state');
  });
});

describe('resolve: odd input', () => {
  it('resolves nothing to nothing', () => {
    expect(resolve([])).toEqual({ entities: [], mentions: [] });
    expect(resolve(analyses([{ text: 'No names here.', mentions: [] }]))).toEqual({ entities: [], mentions: [] });
  });

  it('drops spans with no name in them, keeps the rest', () => {
    const docs = analyses([{ text: 'The “—” and ’s and NATO and Nato.', mentions: [['“—”', 'organization'], ['’s', 'person'], ['NATO', 'organization'], ['Nato', 'organization']] }]);
    expect(grouping(resolve(docs))).toEqual([['0:NATO', '0:Nato']]);
  });

  it('reads the text when a canonical name is empty', () => {
    const docs = analyses([{ text: 'Seoul and South Korea.', mentions: [['Seoul', 'country', ''], ['South Korea', 'country']] }]);
    docs[0]?.mentions.forEach((mention) => (mention.canonical = ''));
    expect(grouping(resolve(docs))).toEqual([['0:Seoul', '0:South Korea']]);
  });
});

describe('resolve: keys, labels and aliases', () => {
  it.each([
    ['person', 'Vladimir Putin', 'person:vladimir-putin'],
    ['person', 'Kim Jong-un', 'person:kim-jong-un'],
    ['person', 'Simon Ličen', 'person:simon-licen'],
    ['country', 'United States', 'country:united-states'],
    ['organization', 'AT&T', 'organization:at-and-t'],
    ['organization', 'Правда', 'organization:правда'],
  ] as const)('entityKey(%s, %s) is %s', (type, name, key) => {
    expect(entityKey(type, name)).toBe(key);
  });

  const seeds = analyses([
    { text: 'Putin and Vladimir Putin and Putin.', mentions: [['Putin', 'person'], ['Vladimir Putin', 'person'], ['Putin', 'person']] },
    { text: 'Seoul, South Korea and the US.', mentions: [['Seoul', 'country', 'South Korea'], ['South Korea', 'country'], ['US', 'country', 'United States']] },
  ]);

  it('keys entities by their canonical name, labels them with the full name, aliases most frequent first', () => {
    const { entities } = resolve(seeds);
    expect(entities).toEqual([
      { key: 'country:south-korea', label: 'South Korea', type: 'country', aliases: ['Seoul', 'South Korea'] },
      { key: 'country:united-states', label: 'United States', type: 'country', aliases: ['US'] },
      { key: 'person:vladimir-putin', label: 'Vladimir Putin', type: 'person', aliases: ['Putin', 'Vladimir Putin'] },
    ]);
  });

  it.each([
    ['the name no other contains', ['Church of Scientology', 'Scientology', 'Scientology', 'Church'], 'Church of Scientology'],
    ['legal forms aside, the most frequent', ['Apple Inc.', 'Apple', 'Apple', 'Apple Computer'], 'Apple'],
    ['the longer of two equally frequent', ['Defense Department', 'Department of Defense'], 'Department of Defense'],
  ])('labels an organisation with %s', (_what, surfaces, label) => {
    const text = surfaces.join(' and ') + '.';
    const docs = analyses([{ text, mentions: surfaces.map((surface) => [surface, 'organization'] as [string, 'organization']) }]);
    const entities = resolve(docs).entities;
    expect(entities).toHaveLength(1);
    expect(entities[0]?.label).toBe(label);
  });

  it('labels a country with its common name even when the extractor gave none', () => {
    const docs = analyses([{ text: 'Seoul said so. Seoul agreed with Washington.', mentions: [['Seoul', 'country'], ['Seoul', 'country'], ['Washington', 'country']] }]);
    expect(resolve(docs).entities).toEqual([
      { key: 'country:south-korea', label: 'South Korea', type: 'country', aliases: ['Seoul'] },
      { key: 'country:united-states', label: 'United States', type: 'country', aliases: ['Washington'] },
    ]);
  });

  it.each([
    ['America', 'country', 'country:united-states'],
    ['Britain', 'country', 'country:united-kingdom'],
    ['Britons', 'country', 'country:united-kingdom'],
    ['Turkey', 'country', 'country:turkiye'],
    ['Britain’s Ministry of Defence', 'organization', 'organization:united-kingdom-ministry-of-defence'],
    // Must not: "America" inside a name is no sign of the United States.
    ['Bank of America', 'organization', 'organization:bank-of-america'],
    ['America Online', 'organization', 'organization:america-online'],
  ] as const)('reads the press name %s without the extractor\'s canonical as %s %s', (surface, type, key) => {
    expect(resolve(analyses([{ text: `${surface} said so.`, mentions: [[surface, type]] }])).entities.map((e) => e.key)).toEqual([key]);
  });

  it('gives the same keys whatever the order of the documents', () => {
    const forward = resolve(seeds);
    const backward = resolve([...seeds].reverse());
    const byMention = (r: typeof forward): string[] => r.mentions.map((m) => `${m.doc}:${m.start}:${m.entity}`).sort();
    expect(byMention(backward)).toEqual(byMention(forward));
    expect(backward.entities.map((e) => e.key).sort()).toEqual(forward.entities.map((e) => e.key).sort());
  });

  it('gives the same keys and groups whatever the order of the documents, on every table above', () => {
    const all = [...withinDocument, ...acrossDocuments, ...mustNotMerge].flatMap(([, docs]) => docs);
    const specs = all.map((spec, index) => ({ ...spec, id: `d${index}.txt` }));
    const outcome = (order: typeof specs) => {
      const resolution = resolve(analyses(order));
      return resolution.mentions.map((m) => `${m.doc}:${m.start}:${m.entity}`).sort();
    };
    const forward = outcome(specs);
    expect(outcome([...specs].reverse())).toEqual(forward);
    expect(outcome([...specs.filter((_, i) => i % 2), ...specs.filter((_, i) => !(i % 2))])).toEqual(forward);
  });

  it('lists every entity a mention points to, and only those', () => {
    const { entities, mentions } = resolve(seeds);
    expect(new Set(mentions.map((m) => m.entity))).toEqual(new Set(entities.map((e) => e.key)));
    for (const mention of mentions) expect(mention.doc).toMatch(/^doc\d\.txt$/);
  });

  it('does not change its input', () => {
    const input = analyses([{ text: 'Vladimir Putin and Putin.', mentions: [['Vladimir Putin', 'person'], ['Putin', 'person']] }]);
    const copy = structuredClone(input);
    resolve(input);
    expect(input).toEqual(copy);
  });
});
